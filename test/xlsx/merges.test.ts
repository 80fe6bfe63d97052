import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEFAULT_LIMITS, WorkbookReadError } from "../../src/hosts/xlsx/zip";
import { xlsxPackage } from "./package-fixtures";

const TITLE =
  '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>2024年度收入支出决算总表</t></is></c></row></sheetData>';

/** A sheet holding a title and the given <mergeCell> elements, written as given. */
const sheet = (...mergeCells: string[]) =>
  xlsxPackage({ sheets: { 合并: `${TITLE}<mergeCells>${mergeCells.join("")}</mergeCells>` } });

async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<WorkbookReadError> {
  try {
    await readXlsx(bytes, "x.xlsx", limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("read");
}

describe("merged areas read as XML", () => {
  it.each([
    ["double quotes", '<mergeCell ref="A1:D2"/>'],
    ["single quotes", "<mergeCell ref='A1:D2'/>"],
    ["another attribute first, spaces around =", '<mergeCell xml:space="default" ref = "A1:D2" />'],
    ["character references", '<mergeCell ref="&#65;1:&#x44;2"/>'],
    ["lower-case addresses", "<mergeCell ref='a1:d2'/>"],
    ["absolute addresses", '<mergeCell ref="$A$1:$D$2"/>'],
    ["a namespace prefix", '<x:mergeCell xmlns:x="urn:x" ref="A1:D2"/>'],
  ])("%s", async (_, xml) => {
    const s = (await readXlsx(sheet(xml))).sheets[0];
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 3 }]);
    expect(s.values).toEqual([
      ["2024年度收入支出决算总表", null, null, null],
      [null, null, null, null],
    ]);
  });

  it("refuses a merge over the whole sheet in any spelling, before building anything", async () => {
    for (const xml of [
      "<mergeCell ref='A1:XFD1048576'/>",
      '<mergeCell foo="1" ref="&#65;1:XFD1048576"/>',
      "<mergeCell ref='a1:xfd1048576'/>",
    ]) {
      const e = await refusal(sheet(xml));
      expect(e.reason).toBe("too-large");
      expect(e.message).toBe(
        "合并单元格过多（合并区域已达 17179869184 个单元格，上限 300000 个；最大的是工作表“合并”的 A1:XFD1048576），" +
          "请在 Excel 中取消整行或整列的合并后再打开",
      );
    }
  });

  it("counts merged cells over the whole workbook, not per sheet", async () => {
    const limits = { ...DEFAULT_LIMITS, maxMergedCells: 1000 };
    const two = xlsxPackage({
      sheets: {
        甲: `${TITLE}<mergeCells><mergeCell ref="A1:A600"/></mergeCells>`,
        乙: `${TITLE}<mergeCells><mergeCell ref="B1:B600"/></mergeCells>`,
      },
    });
    expect((await refusal(two, limits)).message).toMatch(
      /^合并单元格过多（合并区域已达 1200 个单元格，上限 1000 个；最大的是工作表“甲”的 A1:A600）/,
    );
    const one = xlsxPackage({
      sheets: { 甲: `${TITLE}<mergeCells><mergeCell ref="A1:A600"/></mergeCells>` },
    });
    expect((await readXlsx(one, "x", limits)).sheets[0].merges).toHaveLength(1);
  });

  it("refuses a merge that is not a range", async () => {
    const e = await refusal(sheet('<mergeCell ref="A1:ZZZZ9"/>'));
    expect([e.reason, e.message]).toEqual([
      "corrupt",
      "工作簿已损坏（工作表“合并”的合并区域“A1:ZZZZ9”不是有效的区域）",
    ]);
  });

  it("reads 30,000 two-cell merges as a list (no comparison of each with every other)", async () => {
    const merges = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`);
    const s = (await readXlsx(sheet(...merges))).sheets[0];
    expect(s.merges).toHaveLength(30_000);
    expect(s.merges[29_999]).toEqual({ top: 30_000, left: 0, bottom: 30_000, right: 1 });
    expect(s.values).toHaveLength(30_001);
  });

  it("sets the default limit below one whole-column merge (1,048,576 cells)", () => {
    expect(DEFAULT_LIMITS.maxMergedCells).toBeLessThan(1048576);
  });

  it("still reads a title merged across a whole row, written by exceljs", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("整行");
    ws.getCell("A1").value = "2024年度收入支出决算总表";
    ws.getCell("B1").value = "covered";
    ws.mergeCells("A1:XFD1");
    const wb = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), "整行.xlsx");
    expect(wb.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 16383 }]);
    expect(wb.sheets[0].values[0].slice(0, 3)).toEqual(["2024年度收入支出决算总表", null, null]);
  });
});
