import ExcelJS from "exceljs";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { a, Cell, load, put, table } from "./build";

/** A 支出决算表 with a worked example below it after one blank row (as samples/functions.xlsx has). */
function rows(below: Cell[][]): Cell[][] {
  return [
    ["2024年度支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "本年支出合计"],
    [null, "合计", a("105.46")],
    ["208", "社会保障和就业支出", a("105.46")],
    ["20805", "行政事业单位养老支出", a("105.46")],
    [],
    ...below,
  ];
}

async function recognise(cells: Cell[][]) {
  const book = new ExcelJS.Workbook();
  put(book.addWorksheet("支出决算表"), { rows: cells, merges: [] }, 1);
  return recognizeTables(await load(book));
}

describe("where a table's data ends", () => {
  it("before a new block's header row after a blank row, whose rows are not taken as the table's", async () => {
    const { tables, issues } = await recognise(
      rows([
        ["类", "名称", "末级汇总", "占比（合计 100%）"],
        ["208", "社会保障和就业支出", a("105.46"), a("1")],
      ]),
    );
    expect(issues).toEqual([]);
    expect(table(tables, "T_ZC").rows.map((r) => r.code ?? r.name)).toEqual(["合计", "208", "20805"]);
  });

  it("not at a row of amounts after a blank row: a table with a gap goes on", async () => {
    const { tables } = await recognise(rows([["221", "住房保障支出", a("0.00")]]));
    expect(table(tables, "T_ZC").rows.map((r) => r.code ?? r.name)).toEqual(["合计", "208", "20805", "221"]);
  });
});
