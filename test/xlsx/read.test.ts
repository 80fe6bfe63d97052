import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { WorkbookReadError } from "../../src/hosts/xlsx/zip";

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("reads values, displayed texts, formulas' results, errors and merges", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("收入决算表");
    ws.getCell("A1").value = "2024年度收入决算表";
    ws.mergeCells("A1:C1");
    ws.getCell("B3").value = 2897.43;
    ws.getCell("B3").numFmt = "#,##0.00";
    ws.getCell("C3").value = { formula: "B3*2", result: 5794.86 };
    ws.getCell("C4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("B4").value = 1.005;
    ws.getCell("B4").numFmt = "0.00";
    const wb = await readXlsx(await bytesOf(book), "t.xlsx");
    const s = wb.sheets[0];
    expect(s.name).toBe("收入决算表");
    expect(s.values[2][1]).toBe(2897.43);
    expect(s.texts?.[2][1]).toBe("2,897.43");
    expect(s.texts?.[3][1]).toBe("1.01");
    expect(s.values[2][2]).toBe(5794.86);
    expect(s.values[3][2]).toBe("#REF!");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it("refuses bytes that are not a workbook with a Chinese reason", async () => {
    await expect(readXlsx(new TextEncoder().encode("hello, not a zip"))).rejects.toThrow(WorkbookReadError);
    await expect(readXlsx(new TextEncoder().encode("hello, not a zip"))).rejects.toThrow(/不是工作簿/);
  });
});
