import ExcelJS from "exceljs";
import { MergeCounter } from "../../src/hosts/xlsx/merges";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEFAULT_LIMITS } from "../../src/hosts/xlsx/zip";

async function merged(...ranges: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("合并");
  ws.getCell("A1").value = "2024年度收入支出决算总表";
  for (const r of ranges) ws.mergeCells(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("MergeCounter", () => {
  it("counts merged cells, even of a merge cut in two between chunks", () => {
    const xml = new TextEncoder().encode(
      '<mergeCells count="2"><mergeCell ref="A1:XFD1"/><mergeCell ref="B3:C1048576"/></mergeCells>',
    );
    for (const cut of [0, 30, 45, 60, 70, xml.length]) {
      const counter = new MergeCounter();
      counter.feed(xml.subarray(0, cut));
      counter.feed(xml.subarray(cut));
      expect([cut, counter.cells, counter.largest]).toEqual([cut, 16384 + 2 * 1048574, "B3:C1048576"]);
    }
  });
});

describe("readXlsx on huge merged areas", () => {
  it("refuses a sheet whose merges cover too many cells before exceljs expands them, naming the merge", async () => {
    const limits = { ...DEFAULT_LIMITS, maxMergedCells: 1000 };
    await expect(readXlsx(await merged("A1:A5000"), "整列.xlsx", limits)).rejects.toThrow(
      /合并单元格过多（部件 xl\/worksheets\/sheet1\.xml 的合并区域共 5000 个单元格，最大的是 A1:A5000/,
    );
  });

  it("sets the default limit below one whole-column merge (1,048,576 cells)", async () => {
    expect(DEFAULT_LIMITS.maxMergedCells).toBeLessThan(1048576);
  });

  it("still reads a title merged across a whole row", async () => {
    const wb = await readXlsx(await merged("A1:XFD1"), "整行.xlsx");
    expect(wb.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 16383 }]);
  });
});
