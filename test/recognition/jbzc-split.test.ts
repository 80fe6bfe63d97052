import ExcelJS from "exceljs";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { a, Cell, cell, load, put, row, table } from "./build";

/**
 * The 基本支出明细表 with economic codes split over code columns (类 | 款, or the national template's
 * 类 | 款 | 项 with 项 empty), 经费合计 labels in the code or the name column: the totals are read and
 * checked as in the one-column layout.
 */
function sheet(codeCols: 2 | 3, labelIn: "code" | "name"): Cell[][] {
  const pad = (cells: Cell[]) => [...cells, ...Array<Cell>(codeCols - cells.length).fill(null)];
  const panel = (code: Cell[], name: string | null, amount: string): Cell[] => [
    ...pad(code),
    name,
    a(amount),
  ];
  const total = (label: string, amount: string): Cell[] =>
    labelIn === "code" ? panel([label], null, amount) : panel([], label, amount);
  const codeHead = ["类", "款", "项"].slice(0, codeCols);
  return [
    ["2024年度一般公共预算财政拨款基本支出决算明细表"],
    ["单位：万元"],
    [...pad(["人员经费"]), null, null, ...pad(["公用经费"]), null, null],
    [...pad(["科目编码"]), "科目名称", "决算数", ...pad(["科目编码"]), "科目名称", "决算数"],
    [...codeHead, null, null, ...codeHead, null, null],
    [...panel(["301"], "工资福利支出", "1,260.52"), ...panel(["302"], "商品和服务支出", "98.33")],
    [...panel(["301", "01"], "基本工资", "235.25"), ...panel(["302", "01"], "办公费", "7.17")],
    [...panel(["303"], "对个人和家庭的补助", "3.48"), ...panel(["310"], "资本性支出", "")],
    [...total("人员经费合计", "1,264.00"), ...total("公用经费合计", "98.33")],
  ];
}

describe("基本支出明细表 with economic codes split into code columns", () => {
  it.each([
    [2, "code"],
    [2, "name"],
    [3, "code"],
    [3, "name"],
  ] as const)("%i code columns, 经费合计 in the %s column", async (codeCols, labelIn) => {
    const book = new ExcelJS.Workbook();
    put(book.addWorksheet("公开06表"), { rows: sheet(codeCols, labelIn), merges: [] }, 1);
    const { tables, issues } = recognizeTables(await load(book));
    expect(issues).toEqual([]);
    const t = table(tables, "T_JBZC");
    const amount = String.fromCharCode(65 + codeCols + 1);
    const other = String.fromCharCode(65 + 2 * codeCols + 3);
    expect(t.rows.map((r) => `${r.panel}:${r.code ?? r.name}:${cell(r, "决算数")}`)).toEqual([
      `人员经费:301:1260.52@${amount}6`,
      `人员经费:30101:235.25@${amount}7`,
      `人员经费:303:3.48@${amount}8`,
      `人员经费:人员经费合计:1264.00@${amount}9`,
      `公用经费:302:98.33@${other}6`,
      `公用经费:30201:7.17@${other}7`,
      `公用经费:310:blank@${other}8`,
      `公用经费:公用经费合计:98.33@${other}9`,
    ]);
    expect(row(t, "人员经费合计").kind).toBe("total");
    expect(row(t, "公用经费合计", "公用经费").kind).toBe("total");
  });
});
