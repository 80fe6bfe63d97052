import ExcelJS from "exceljs";
import { rangeToA1 } from "../../src/engine/model";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { Block, cell, load, put, row, SEED, seedAmounts, table, tYBZC } from "./build";

/** A 一般公共预算财政拨款支出决算表 without any title: header and rows only. */
const UNTITLED: Block = {
  rows: [
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["合计", null, ...seedAmounts(SEED.ybzc, "合计", 3)],
    ["201", "一般公共服务支出", ...seedAmounts(SEED.ybzc, "201", 3)],
    ["2010301", "行政运行", ...seedAmounts(SEED.ybzc, "2010301", 3)],
  ],
  merges: [],
};

describe("user-assigned ranges", () => {
  it("recognises a table without a title inside the assigned range", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("自定义");
    put(ws, UNTITLED, 5, 2);
    ws.getCell("H5").value = "无关的批注";
    const wb = await load(book);
    expect(recognizeTables(wb).tables).toEqual([]);
    const { tables, issues } = recognizeTables(wb, {
      assignments: [{ key: "T_YBZC", sheet: "自定义", range: "B5:F8" }],
    });
    expect(issues).toEqual([]);
    const t = table(tables, "T_YBZC");
    expect(t).toMatchObject({ source: "assigned", title: "一般公共预算财政拨款支出决算表", sheet: "自定义" });
    expect(rangeToA1(t.range)).toBe("B5:F8");
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(["合计", "201", "2010301"]);
    expect(cell(row(t, "201"), "基本支出")).toBe("972.48@E7");
  });

  it("prefers the assigned range to a title match of the same table", async () => {
    const book = new ExcelJS.Workbook();
    put(book.addWorksheet("表5"), tYBZC(), 1);
    put(book.addWorksheet("修正"), UNTITLED, 1);
    const { tables, issues } = recognizeTables(await load(book), {
      assignments: [{ key: "T_YBZC", sheet: "修正", range: "A1:E4" }],
    });
    expect(issues).toEqual([]);
    expect(tables.map((t) => `${t.key}@${t.sheet}:${t.source}`)).toEqual(["T_YBZC@修正:assigned"]);
  });

  it("keeps a title found inside the assigned range", async () => {
    const book = new ExcelJS.Workbook();
    put(book.addWorksheet("表5"), tYBZC(), 1);
    const { tables } = recognizeTables(await load(book), {
      assignments: [{ key: "T_YBZC", sheet: "表5", range: "A1:G11" }],
    });
    const t = table(tables, "T_YBZC");
    expect(t.title).toBe("2024 年度一般公共预算财政拨款支出决算表");
    expect(t.source).toBe("assigned");
    // The range cuts the table after 2010302: rows beyond it are not read.
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(["合计", "201", "20103", "2010301", "2010302"]);
  });

  it("says why an assignment cannot be used", async () => {
    const book = new ExcelJS.Workbook();
    put(book.addWorksheet("表"), UNTITLED, 1);
    const { tables, issues } = recognizeTables(await load(book), {
      assignments: [
        { key: "T_ZC", sheet: "不存在", range: "A1:E4" },
        { key: "T_ZC", sheet: "表", range: "这不是区域" },
        { key: "T_SR", sheet: "表", range: "A2:E4" },
      ],
    });
    expect(tables).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([
      "指定给支出决算表的工作表“不存在”不存在。",
      "指定给支出决算表的区域“这不是区域”不是有效的单元格区域。",
      "工作表“表”中的收入决算表未找到表头（项目、科目编码或金额列），未能读取。",
    ]);
    expect(issues[2].cell).toEqual({ sheet: "表", address: "A2" });
  });
});
