import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { dateText } from "../../src/hosts/xlsx/dateText";
import { xlsxPackage } from "./package-fixtures";

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

/** The text a cell holding `value` shows under the format code (or built-in id) given, as read from a package. */
async function under(format: string | number, value: number | string): Promise<string> {
  const custom = typeof format === "string";
  const code = String(format).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const styles =
    (custom ? `<numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts>` : "") +
    // A cell-style xf and a differential format's numFmt: neither is a cell's number format.
    '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>' +
    `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${custom ? 164 : format}" applyNumberFormat="1"/></cellXfs>` +
    '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs>';
  const cell =
    typeof value === "number"
      ? `<c r="A1" s="1"><v>${value}</v></c>`
      : `<c r="A1" s="1" t="inlineStr"><is><t>${value}</t></is></c>`;
  const bytes = xlsxPackage({ sheets: { 格式: `<sheetData><row r="1">${cell}</row></sheetData>` }, styles });
  return (await readXlsx(bytes)).sheets[0].texts?.[0][0] ?? "";
}

describe("number formats as Excel shows them (numfmt)", () => {
  it.each<[string, string | number, number | string, string]>([
    ["a zero section", '#,##0.00;(#,##0.00);"-"', 0, "-"],
    ["the negative section of the same", '#,##0.00;(#,##0.00);"-"', -5, "(5.00)"],
    ["an empty zero section", "0.00;-0.00;;@", 0, ""],
    ["thousands scaling", "#,##0,", 1234567, "1,235"],
    ["millions scaling with a literal", '#,##0.00,,"百万"', 123456789, "123.46百万"],
    ["literal text", '#,##0.00"万元"', 12.5, "12.50万元"],
    ["[DBNum2] shown in Arabic digits", "[DBNum2][$-804]General", 123, "123"],
    ["[DBNum2] with grouping", "[DBNum2]#,##0.00", 1234.5, "1,234.50"],
    ["a fraction", "# ?/?", 1.25, "1 1/4"],
    ["the built-in bracket negative (id 39)", 39, -1234.5, "(1,234.50)"],
    ["accounting, padding dropped", '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', 1234.5, "1,234.50"],
    ["accounting zero", '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', 0, "-"],
    ["a percentage", "0.0%", 0.125, "12.5%"],
    ["rounding half up at two decimals", "0.00", 1.005, "1.01"],
    ["General at 15 digits, not squeezed to 1.23457E+11", "General", 123456789012, "123456789012"],
    ["General without binary noise", "General", 1260.5300000000002, "1260.53"],
    ["a text format on a number", "@", 1.5, "1.5"],
    ["a text format with a literal", '"编码："@', "201", "编码：201"],
    ["a Chinese date", 'yyyy"年"m"月"d"日"', 45657, "2024年12月31日"],
    ["the built-in short date (id 14) as a Chinese Excel shows it", 14, 45657, "2024/12/31"],
    ["the built-in Chinese date (id 31)", 31, 45657, "2024年12月31日"],
    ["a weekday", "dddd", 45657, "星期二"],
    ["上午/下午", '上午/下午h"时"mm"分"', 45657.6, "下午2时24分"],
  ])("%s", async (_, format, value, text) => {
    expect(await under(format, value)).toBe(text);
  });

  it("keeps the raw number while showing the format", async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0,"/></numFmts><cellXfs count="2"><xf/><xf numFmtId="164"/></cellXfs>';
    const sheet = '<sheetData><row r="1"><c r="A1" s="1"><v>1234567</v></c></row></sheetData>';
    const s = (await readXlsx(xlsxPackage({ sheets: { 万元: sheet }, styles }))).sheets[0];
    expect([s.values[0][0], s.texts?.[0][0]]).toEqual([1234567, "1,235"]);
  });

  it("reads a date cell's value as its ISO date, in the 1904 system too", async () => {
    const styles = '<cellXfs count="2"><xf/><xf numFmtId="31"/></cellXfs>';
    const cell = (serial: number) =>
      `<sheetData><row r="1"><c r="A1" s="1"><v>${serial}</v></c></row></sheetData>`;
    const s1900 = (await readXlsx(xlsxPackage({ sheets: { 日期: cell(45657) }, styles }))).sheets[0];
    const s1904 = (
      await readXlsx(xlsxPackage({ sheets: { 日期: cell(44195) }, styles, workbookPr: 'date1904="1"' }))
    ).sheets[0];
    for (const s of [s1900, s1904])
      expect([s.values[0][0], s.texts?.[0][0]]).toEqual(["2024-12-31", "2024年12月31日"]);
  });
});
