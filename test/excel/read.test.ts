import { createExcelHost } from "../../src/hosts/excel";
import { MIN_CELL_BUDGET, planBlocks, readWorkbookIn } from "../../src/hosts/excel/read";
import { REVIEW_HEADERS, REVIEW_SHEET } from "../../src/hosts/excel/review";
import { FakeBook } from "./fake-excel";

/** A sheet shaped like a published table: title, unit line, header, coded rows with amounts. */
function tableRows(n: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    [`2024年度支出决算表${n}`, null, null, null],
    [null, null, null, "单位：万元"],
    ["功能分类科目编码", "科目名称", "本年支出合计", "基本支出"],
  ];
  for (let i = 0; i < 20; i++)
    rows.push([`20103${String(i).padStart(2, "0")}`, `项目${i}`, 100.5 + i, 50.25]);
  return rows;
}

function bookWith(sheets: number): FakeBook {
  const book = new FakeBook();
  for (let i = 0; i < sheets; i++) book.addSheet(`表${i + 1}`, tableRows(i + 1), { row: 1, col: 1 });
  return book;
}

describe("readWorkbook", () => {
  it.each([1, 3, 40])("reads %i sheets in at most 3 syncs", async (n) => {
    const book = bookWith(n);
    const wb = await createExcelHost(book.run).readWorkbook();
    expect(book.syncCount).toBeLessThanOrEqual(3);
    expect(wb.sheets.map((s) => s.name)).toEqual(book.sheets.map((s) => s.name));
    const last = wb.sheets[n - 1];
    expect(last.origin).toEqual({ row: 1, col: 1 });
    expect(last.values[0][0]).toBe(`2024年度支出决算表${n}`);
    expect(last.values[3]).toEqual(["2010300", "项目0", 100.5, 50.25]);
  });

  it("keeps numbers as numbers, errors as their text, empty cells as null, and the shown text", async () => {
    const book = new FakeBook();
    book.addSheet("收入决算表", [
      ["合计", 1234.5, "#REF!"],
      ["小计", null, true],
    ]);
    book.cell("收入决算表", "B1").text = "1,234.50";
    const wb = await createExcelHost(book.run).readWorkbook();
    const sheet = wb.sheets[0];
    expect(sheet.values).toEqual([
      ["合计", 1234.5, "#REF!"],
      ["小计", null, true],
    ]);
    expect(sheet.texts?.[0]).toEqual(["合计", "1,234.50", "#REF!"]);
    expect(wb.name).toBe("book.xlsx");
  });

  it("reads merged areas as ranges, also on sheets whose names need quoting", async () => {
    const book = new FakeBook();
    const sheet = book.addSheet("a, b's", tableRows(1));
    sheet.merges = ["A1:D1", "B2:C2"];
    const wb = await createExcelHost(book.run).readWorkbook();
    expect(wb.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
  });

  it("reads no merges where ExcelApi 1.13 is missing, and still reads the values", async () => {
    const book = new FakeBook();
    book.addSheet("表", tableRows(1)).merges = ["A1:D1"];
    const wb = await createExcelHost(book.run, (v) => v !== "1.13").readWorkbook();
    expect(wb.sheets[0].merges).toEqual([]);
    expect(wb.sheets[0].values[0][0]).toBe("2024年度支出决算表1");
  });

  it("keeps empty sheets and skips the review sheet it wrote, even renamed, in 3 syncs", async () => {
    const book = bookWith(1);
    book.addSheet("空表");
    await createExcelHost(book.run).exportReview([]);
    book.sheet(REVIEW_SHEET)!.name = "审核";
    book.syncCount = 0;
    const wb = await createExcelHost(book.run).readWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual(["表1", "空表"]);
    expect(wb.sheets[1].values).toEqual([]);
    expect(book.syncCount).toBe(3);
  });

  it("skips a review sheet written before ids were kept, by its header row", async () => {
    const book = bookWith(1);
    book.addSheet(REVIEW_SHEET, [REVIEW_HEADERS, [1, "ZC.row.total"]]);
    // One written before the 备注 column: its nine headers.
    book.addSheet("旧审核结果", [REVIEW_HEADERS.slice(0, 9), [1, "ZC.row.total"]]);
    const wb = await createExcelHost(book.run).readWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual(["表1"]);
  });

  it("reads a sheet of the user's named 审核结果 like any other", async () => {
    const book = bookWith(1);
    book.addSheet(REVIEW_SHEET, tableRows(2));
    const wb = await createExcelHost(book.run).readWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual(["表1", REVIEW_SHEET]);
    expect(wb.sheets[1].values[0][0]).toBe("2024年度支出决算表2");
  });

  it("splits large used ranges into row blocks, one sync per cell budget, and loses nothing", async () => {
    const book = bookWith(3); // 23 rows × 4 columns = 92 cells a sheet
    const run = book.run;
    const budget = 40;
    const wb = await run((context) => readWorkbookIn(context, { budget }));
    const cells = 3 * 92;
    expect(book.syncCount).toBeLessThanOrEqual(2 + Math.ceil(cells / budget) + 1);
    expect(book.syncCount).toBeGreaterThan(3);
    const whole = await createExcelHost(bookWith(3).run).readWorkbook();
    expect(wb).toEqual(whole);
  });

  it("reads again in smaller blocks when Excel finds a response too large", async () => {
    const rows = Array.from({ length: 750 }, (_, i) => [`长文本说明${i}`.repeat(5), i, i * 2]);
    const book = new FakeBook();
    book.addSheet("自评表", rows);
    book.maxLoadedCellsPerSync = MIN_CELL_BUDGET;
    const wb = await book.run((context) => readWorkbookIn(context, { budget: 10_000 }));
    expect(wb.sheets[0].values).toHaveLength(750);
    expect(wb.sheets[0].values[749]).toEqual([`长文本说明749`.repeat(5), 749, 1498]);
    // the sheet list, the used ranges, the refused request, then 2,250 cells in blocks of 2,000
    expect(book.syncCount).toBe(2 + 1 + 2);

    const tiny = new FakeBook();
    tiny.addSheet("自评表", rows);
    tiny.maxLoadedCellsPerSync = 100;
    await expect(createExcelHost(tiny.run).readWorkbook()).rejects.toMatchObject({ key: "errTooLarge" });
  });
});

describe("planBlocks", () => {
  it("packs small sheets into one batch", () => {
    expect(
      planBlocks(
        [
          { rows: 10, cols: 5 },
          { rows: 0, cols: 0 },
          { rows: 4, cols: 5 },
        ],
        100,
      ),
    ).toEqual([
      [
        { sheet: 0, row: 0, rows: 10 },
        { sheet: 2, row: 0, rows: 4 },
      ],
    ]);
  });

  it("fills each batch to the budget and splits a sheet across batches", () => {
    const batches = planBlocks([{ rows: 25, cols: 4 }], 40);
    expect(batches).toEqual([
      [{ sheet: 0, row: 0, rows: 10 }],
      [{ sheet: 0, row: 10, rows: 10 }],
      [{ sheet: 0, row: 20, rows: 5 }],
    ]);
    for (const b of batches) expect(b.reduce((n, x) => n + x.rows * 4, 0)).toBeLessThanOrEqual(40);
  });

  it("gives a row wider than the budget a batch of its own", () => {
    expect(planBlocks([{ rows: 2, cols: 50 }], 40)).toEqual([
      [{ sheet: 0, row: 0, rows: 1 }],
      [{ sheet: 0, row: 1, rows: 1 }],
    ]);
  });
});
