import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { dateText } from "../../src/hosts/xlsx/dateText";

/** The texts of the first sheet, after writing `cells` as value and number format. */
async function shown(cells: [string, ExcelJS.CellValue, string?][]): Promise<Record<string, string>> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("显示");
  for (const [address, value, numFmt] of cells) {
    ws.getCell(address).value = value;
    if (numFmt) ws.getCell(address).numFmt = numFmt;
  }
  const sheet = (await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()))).sheets[0];
  const out: Record<string, string> = {};
  for (const [address] of cells) {
    const { row, col } = ws.getCell(address).fullAddress;
    out[address] = sheet.texts?.[row - 1][col - 1] ?? "";
  }
  return out;
}

const day = new Date(Date.UTC(2024, 11, 31));

describe("cells shown as Excel shows them", () => {
  it("dates under their format, the built-in short date as a Chinese Excel shows it", async () => {
    expect(
      await shown([
        ["A1", day, 'yyyy"年"m"月"d"日"'],
        ["A2", day, "yyyy/m/d"],
        ["A3", day],
        ["A4", day, "yyyy-mm-dd"],
        ["A5", { formula: "DATE(2024,12,31)", result: day }, "yyyy年m月"],
      ]),
    ).toEqual({
      A1: "2024年12月31日",
      A2: "2024/12/31",
      A3: "2024/12/31",
      A4: "2024-12-31",
      A5: "2024年12月",
    });
  });

  it("tells minutes from months", () => {
    expect(dateText(new Date(Date.UTC(2024, 0, 5, 9, 7, 3)), "yyyy/mm/dd hh:mm:ss")).toBe(
      "2024/01/05 09:07:03",
    );
    expect(dateText(new Date(Date.UTC(2024, 0, 5, 9, 7, 3)), "h:mm")).toBe("9:07");
  });

  it("negative numbers by the format's negative section, brackets and all", async () => {
    expect(
      await shown([
        ["B1", -1234.5, "#,##0.00;[Red]\\(#,##0.00\\)"],
        ["B2", -1234.5, "#,##0.00;[Red]-#,##0.00"],
        ["B3", -1234.5, "#,##0.00_);(#,##0.00)"],
        ["B4", -0.125, "0.0%;(0.0%)"],
        ["B5", 1234.5, "#,##0.00;(#,##0.00)"],
        ["B6", -1234.5, "#,##0.00"],
      ]),
    ).toEqual({
      B1: "(1,234.50)",
      B2: "-1,234.50",
      B3: "(1,234.50)",
      B4: "(12.5%)",
      B5: "1,234.50",
      B6: "-1,234.50",
    });
  });

  it("booleans as TRUE and FALSE", async () => {
    expect(
      await shown([
        ["C1", true],
        ["C2", false],
      ]),
    ).toEqual({ C1: "TRUE", C2: "FALSE" });
  });
});
