import ExcelJS from "exceljs";
import { RawValue, Sheet } from "../../src/engine/model";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { load, put, table, tZC } from "./build";

/** A sheet straight in the model (no file): for sizes an .xlsx round trip would make slow to test. */
function sheet(name: string, values: RawValue[][]): Sheet {
  return { name, origin: { row: 0, col: 0 }, values, merges: [] };
}

/** A function-coded table with `n` code rows (类, 款, 项 in turn), amounts as numbers. */
function bigZC(n: number, title = "2024年度支出决算表", total = "本年支出合计"): RawValue[][] {
  const rows: RawValue[][] = [
    [title],
    ["单位：万元"],
    ["科目编码", "科目名称", total, "基本支出", "项目支出"],
    ["合计", null, 1, 1, 0],
  ];
  for (let i = 0; rows.length < n + 4; i++) {
    const lei = String(201 + (i % 30));
    const kuan = lei + String(i % 100).padStart(2, "0");
    rows.push([lei, "类名", 3, 2, 1], [kuan, "款名", 3, 2, 1], [kuan + "01", "项名", 3, 2, 1]);
  }
  return rows.slice(0, n + 4);
}

describe("bad input never crashes recognition", () => {
  it("finds nothing and says nothing in an empty workbook or an empty sheet", async () => {
    expect(recognizeTables({ sheets: [] })).toEqual({ tables: [], issues: [] });
    const book = new ExcelJS.Workbook();
    book.addWorksheet("空");
    expect(recognizeTables(await load(book))).toEqual({ tables: [], issues: [] });
  });

  it("reads a sheet of #REF! as nothing, and #REF! amounts as invalid cells with their addresses", async () => {
    const book = new ExcelJS.Workbook();
    const refs = book.addWorksheet("错误");
    for (let r = 1; r <= 50; r++) for (let c = 1; c <= 10; c++) refs.getCell(r, c).value = { error: "#REF!" };
    const ws = book.addWorksheet("支出");
    put(ws, tZC(), 1);
    for (let r = 7; r <= 25; r++) ws.getCell(r, 5).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    const { tables, issues } = recognizeTables(await load(book));
    expect(tables.map((t) => t.key)).toEqual(["T_ZC"]);
    expect(issues).toHaveLength(19);
    expect(issues[0]).toEqual({
      message: "工作表“支出”E7：单元格为错误值 #REF!",
      cell: { sheet: "支出", address: "E7" },
    });
    expect(table(tables, "T_ZC").rows[0].cells["基本支出"].value?.toString()).toBe("1362.34");
  });

  it("reads a merged header without data as an empty table, and merges over nothing as nothing", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("表头");
    put(ws, { rows: tZC().rows.slice(0, 6), merges: tZC().merges }, 1);
    const blank = book.addWorksheet("合并");
    blank.mergeCells("A1:H3");
    blank.mergeCells("B5:B9");
    const { tables, issues } = recognizeTables(await load(book));
    expect(issues).toEqual([]);
    expect(table(tables, "T_ZC")).toMatchObject({ rows: [], notes: [], range: { top: 0, bottom: 5 } });
  });

  it("scans 100,000 rows of noise quickly, with or without a title above them", () => {
    const noise: RawValue[][] = [];
    for (let i = 0; i < 100000; i++) {
      noise.push([`表格${i}`, i * 1.5, `决算${i}`, i % 7 ? null : "#REF!", "支出决算表是什么", `${i},${i}`]);
    }
    const plain = recognizeTables({ sheets: [sheet("噪声", noise)] });
    const titled = recognizeTables({ sheets: [sheet("噪声", [["2024年度支出决算表"], ...noise])] });
    expect(plain).toEqual({ tables: [], issues: [] });
    expect(titled.tables).toEqual([]);
    expect(titled.issues).toEqual([
      {
        message: "工作表“噪声”中的支出决算表未找到表头（项目、科目编码或金额列），未能读取。",
        cell: { sheet: "噪声", address: "A1" },
      },
    ]);
  });

  it("handles a sheet of 20,000 titles without a table in linear time", () => {
    const titles: RawValue[][] = Array.from({ length: 20000 }, (_, i) => [`${i}年度支出决算表`]);
    const { tables, issues } = recognizeTables({ sheets: [sheet("标题", titles)] });
    expect(tables).toEqual([]);
    expect(issues).toHaveLength(1);
  });

  it("reads a title followed by a header and 100,000 rows of noise without hanging", () => {
    const rows = bigZC(10);
    for (let i = 0; i < 100000; i++) rows.push([`杂${i}`, "说明文字", i, "x", null]);
    const { tables } = recognizeTables({ sheets: [sheet("长", rows)] });
    expect(
      table(tables, "T_ZC")
        .rows.slice(0, 11)
        .every((r) => r.kind !== "item"),
    ).toBe(true);
  });
});

describe("large tables", () => {
  it("reads 2,000 code rows per table, every row kept", () => {
    const { tables, issues } = recognizeTables({
      sheets: [
        sheet("a", bigZC(2000)),
        sheet("b", bigZC(2000, "2024年度一般公共预算财政拨款支出决算表", "小计")),
      ],
    });
    expect(issues).toEqual([]);
    expect(table(tables, "T_ZC").rows).toHaveLength(2001);
    expect(table(tables, "T_YBZC").rows).toHaveLength(2001);
  });
});
