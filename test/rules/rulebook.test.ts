import { Money } from "../../src/engine/decimal";
import { RULEBOOK, runRules } from "../../src/engine/rules";
import { TableInstance, TableKey } from "../../src/engine/tables/types";
import { Base, Edit, tablesOf } from "./fixtures";
import { SG_ROW } from "./seed-tables";

/**
 * Every rule of the rulebook: it holds on a consistent department (the corrected seed, or the fund /
 * “三公” fixtures for what the seed leaves blank), and one edited cell breaks it, naming that cell.
 */
interface Case {
  base: Base;
  edit: Edit;
  /** The finding's first cell (the total), where the edit is not on the total: table, row label, column. */
  total?: [TableKey, string, string];
  /** The severity of a broken rule, where it is not an error (三公 over budget is 需说明). */
  severity?: "warning";
}

const CASES: Record<string, Case> = {
  "SZZB.income.total": { base: "seed", edit: ["T_SZZB", "收入|本年收入合计", "金额", "2,900.00"] },
  "SZZB.expense.total": { base: "seed", edit: ["T_SZZB", "支出|教育支出", "金额", "5.00"] },
  "SZZB.income.grand": { base: "seed", edit: ["T_SZZB", "收入|年初结转和结余", "金额", "5.00"] },
  "SZZB.expense.grand": { base: "seed", edit: ["T_SZZB", "支出|结余分配", "金额", "5.00"] },
  "SZZB.grand.balance": { base: "seed", edit: ["T_SZZB", "支出|总计", "金额", "2,900.00"] },
  "SR.total.classes": { base: "seed", edit: ["T_SR", "合计", "本年收入合计", "2,900.00"] },
  "SR.code.children": { base: "seed", edit: ["T_SR", "2010301 行政运行", "财政拨款收入", "970.00"] },
  "ZC.total.classes": { base: "seed", edit: ["T_ZC", "208 社会保障和就业支出", "项目支出", "3.00"] },
  "ZC.code.children": { base: "seed", edit: ["T_ZC", "2101103 公务员医疗补助", "基本支出", "80.00"] },
  "YBZC.total.classes": { base: "seed", edit: ["T_YBZC", "合计", "项目支出", "1,500.00"] },
  "YBZC.code.children": { base: "seed", edit: ["T_YBZC", "2210202 提租补贴", "合计", "23.00"] },
  "JJ.total.classes": { base: "funds", edit: ["T_JJ", "合计", "本年收入", "55.00"] },
  "JJ.code.children": { base: "funds", edit: ["T_JJ", "2120801 征地和拆迁补偿支出", "项目支出", "41.00"] },
  "GZ.total.classes": { base: "funds", edit: ["T_GZ", "合计", "项目支出", "25.00"] },
  "GZ.code.children": {
    base: "funds",
    edit: ["T_GZ", "2230105 国有企业退休人员社会化管理补助支出", "本年收入", "2.00"],
  },
  "SR.row.total": { base: "seed", edit: ["T_SR", "2010302 一般行政管理事务", "事业收入", "1.00"] },
  "ZC.row.total": { base: "seed", edit: ["T_ZC", "2010301 行政运行", "经营支出", "1.00"] },
  "YBZC.row.total": { base: "seed", edit: ["T_YBZC", "2080501 行政单位离退休", "项目支出", "1.00"] },
  "JJ.row.expense": { base: "funds", edit: ["T_JJ", "2120801 征地和拆迁补偿支出", "基本支出", "6.00"] },
  "JJ.row.balance": {
    base: "funds",
    edit: ["T_JJ", "2120801 征地和拆迁补偿支出", "年末结转和结余", "16.00"],
  },
  "GZ.row.expense": { base: "funds", edit: ["T_GZ", "223 国有资本经营预算支出", "基本支出", "1.00"] },
  "GZ.row.balance": { base: "funds", edit: ["T_GZ", "223 国有资本经营预算支出", "年初结转和结余", "1.00"] },
  "CZZB.row.total": { base: "seed", edit: ["T_CZZB", "支出|社会保障和就业支出", "政府性基金预算", "1.00"] },
  "CZZB.income.total": { base: "seed", edit: ["T_CZZB", "收入|本年收入合计", "决算数", "2,900.00"] },
  "CZZB.expense.total": { base: "seed", edit: ["T_CZZB", "支出|教育支出", "一般公共预算", "5.00"] },
  "CZZB.opening.funds": { base: "funds", edit: ["T_CZZB", "收入|年初财政拨款结转和结余", "决算数", "12.00"] },
  "CZZB.income.grand": { base: "funds", edit: ["T_CZZB", "收入|总计", "决算数", "81.00"] },
  "CZZB.expense.grand": {
    base: "funds",
    edit: ["T_CZZB", "支出|年末财政拨款结转和结余", "政府性基金预算", "16.00"],
  },
  "CZZB.grand.balance": { base: "seed", edit: ["T_CZZB", "支出|总计", "合计", "2,900.00"] },
  "CZZB.fund.GP": {
    base: "seed",
    edit: ["T_CZZB", "收入|年初财政拨款结转和结余/一般公共预算财政拨款", "决算数", "3.00"],
  },
  "CZZB.fund.GF": { base: "funds", edit: ["T_CZZB", "收入|政府性基金预算财政拨款", "决算数", "51.00"] },
  "CZZB.fund.SC": { base: "funds", edit: ["T_CZZB", "支出|总计", "国有资本经营预算", "21.00"] },
  "JBZC.personnel.total": { base: "seed", edit: ["T_JBZC", "人员经费|人员经费合计", "决算数", ""] },
  "JBZC.public.total": { base: "seed", edit: ["T_JBZC", "公用经费|310 资本性支出", "决算数", "1.00"] },
  "JBZC.class.children": { base: "seed", edit: ["T_JBZC", "人员经费|30101 基本工资", "决算数", "235.00"] },
  "SG.total": { base: "sg", edit: ["T_SG", "“三公”经费", "决算数.合计", "9.00"] },
  "SG.vehicles": { base: "sg", edit: ["T_SG", "“三公”经费", "预算数.公务用车运行维护费", "7.00"] },
  "SZZB.SR.income": {
    base: "seed",
    edit: ["T_SR", "合计", "本年收入合计", "2,900.00"],
    total: ["T_SZZB", "收入|本年收入合计", "金额"],
  },
  "SZZB.SR.source": {
    base: "seed",
    edit: ["T_SR", "合计", "事业收入", "3.00"],
    total: ["T_SZZB", "收入|事业收入", "金额"],
  },
  "SZZB.ZC.expense": {
    base: "seed",
    edit: ["T_ZC", "合计", "本年支出合计", "2,900.00"],
    total: ["T_SZZB", "支出|本年支出合计", "金额"],
  },
  "SZZB.ZC.class": {
    base: "seed",
    edit: ["T_ZC", "210 卫生健康支出", "本年支出合计", "138.50"],
    total: ["T_SZZB", "支出|卫生健康支出", "金额"],
  },
  "SZZB.CZZB.GP": {
    base: "seed",
    edit: ["T_CZZB", "收入|一般公共预算财政拨款", "决算数", "2,800.00"],
    total: ["T_SZZB", "收入|一般公共预算财政拨款收入", "金额"],
  },
  "SZZB.CZZB.GF": { base: "seed", edit: ["T_SZZB", "收入|政府性基金预算财政拨款收入", "金额", "5.00"] },
  "SZZB.CZZB.SC": { base: "seed", edit: ["T_SZZB", "收入|国有资本经营预算财政拨款收入", "金额", "5.00"] },
  "SR.CZZB.fiscal": { base: "seed", edit: ["T_SR", "合计", "财政拨款收入", "2,800.00"] },
  "CZZB.YBZC.total": {
    base: "seed",
    edit: ["T_YBZC", "合计", "合计", "2,800.00"],
    total: ["T_CZZB", "支出|本年支出合计", "一般公共预算"],
  },
  "CZZB.YBZC.class": {
    base: "seed",
    edit: ["T_YBZC", "208 社会保障和就业支出", "合计", "100.00"],
    total: ["T_CZZB", "支出|社会保障和就业支出", "一般公共预算"],
  },
  "CZZB.JJ.total": {
    base: "funds",
    edit: ["T_JJ", "合计", "本年支出合计", "46.00"],
    total: ["T_CZZB", "支出|本年支出合计", "政府性基金预算"],
  },
  "CZZB.JJ.class": {
    base: "funds",
    edit: ["T_JJ", "212 城乡社区支出", "本年支出合计", "46.00"],
    total: ["T_CZZB", "支出|城乡社区支出", "政府性基金预算"],
  },
  "CZZB.JJ.income": {
    base: "funds",
    edit: ["T_JJ", "合计", "本年收入", "51.00"],
    total: ["T_CZZB", "收入|政府性基金预算财政拨款", "决算数"],
  },
  "CZZB.JJ.opening": {
    base: "funds",
    edit: ["T_JJ", "合计", "年初结转和结余", "11.00"],
    total: ["T_CZZB", "收入|年初财政拨款结转和结余/政府性基金预算财政拨款", "决算数"],
  },
  "CZZB.GZ.total": {
    base: "funds",
    edit: ["T_GZ", "合计", "本年支出合计", "21.00"],
    total: ["T_CZZB", "支出|本年支出合计", "国有资本经营预算"],
  },
  "CZZB.GZ.class": {
    base: "funds",
    edit: ["T_GZ", "223 国有资本经营预算支出", "本年支出合计", "21.00"],
    total: ["T_CZZB", "支出|国有资本经营预算支出", "国有资本经营预算"],
  },
  "CZZB.GZ.income": {
    base: "funds",
    edit: ["T_GZ", "合计", "本年收入", "21.00"],
    total: ["T_CZZB", "收入|国有资本经营预算财政拨款", "决算数"],
  },
  "CZZB.GZ.opening": {
    base: "funds",
    edit: ["T_GZ", "合计", "年初结转和结余", "1.00"],
    total: ["T_CZZB", "收入|年初财政拨款结转和结余/国有资本经营预算财政拨款", "决算数"],
  },
  "YBZC.JBZC.basic": {
    base: "seed",
    edit: ["T_JBZC", "公用经费|公用经费合计", "决算数", "90.00"],
    total: ["T_YBZC", "合计", "基本支出"],
  },
  "YBZC.JBZC.classes": {
    base: "seed",
    edit: ["T_JBZC", "人员经费|303 对个人和家庭的补助", "决算数", "5.00"],
    total: ["T_YBZC", "合计", "基本支出"],
  },
  "YBZC.ZC.basic": {
    base: "seed",
    edit: ["T_ZC", "2080501 行政单位离退休", "基本支出", "1.00"],
    total: ["T_YBZC", "2080501 行政单位离退休", "基本支出"],
  },
  "YBZC.ZC.project": { base: "seed", edit: ["T_YBZC", "2010302 一般行政管理事务", "项目支出", "1,600.00"] },
  "SG.over-budget": {
    base: "sg",
    edit: ["T_SG", SG_ROW, "决算数.公务接待费", "4.20"],
    total: ["T_SG", SG_ROW, "决算数.公务接待费"],
    severity: "warning",
  },
  "JBZC.SG.abroad": {
    base: "sgBasic",
    edit: ["T_JBZC", "公用经费|30212 因公出国（境）费用", "决算数", "0.80"],
  },
  "JBZC.SG.purchase": { base: "sgBasic", edit: ["T_JBZC", "公用经费|31013 公务用车购置", "决算数", "20.00"] },
  "JBZC.SG.running": {
    base: "sgBasic",
    edit: ["T_JBZC", "公用经费|30231 公务用车运行维护费", "决算数", "5.20"],
  },
  // As in a real report: 30217 = 8.31 while the “三公” table's 公务接待费 = 0.30.
  "JBZC.SG.hospitality": {
    base: "sgBasic",
    edit: ["T_SG", SG_ROW, "决算数.公务接待费", "0.30"],
    total: ["T_JBZC", "公用经费|30217 公务接待费", "决算数"],
  },
};

/** The cell a spec label and column id name ("支出|总计", "2010301 行政运行"). */
function cellAt(tables: TableInstance[], [key, label, col]: [TableKey, string, string]) {
  const [panel, text] = label.includes("|") ? label.split("|") : [undefined, label];
  const row = tables
    .find((t) => t.key === key)
    ?.rows.find((r) => r.panel === panel && (r.code ? `${r.code} ${r.name}` : r.name) === text);
  const cell = row?.cells[col];
  return cell && { sheet: cell.sheet, address: cell.address };
}

test("every rule of the rulebook has a case, and ids are unique", () => {
  const ids = RULEBOOK.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
});

describe.each(Object.entries(CASES))("%s", (rule, { base, edit, total, severity }) => {
  test("holds on consistent tables", () => {
    expect(runRules(tablesOf(base)).filter((f) => f.rule === rule)).toEqual([]);
  });

  test("breaks when one cell is changed, naming the cells", () => {
    const tables = tablesOf(base, [edit]);
    const hits = runRules(tables).filter((f) => f.rule === rule);
    expect(hits).toHaveLength(1);
    const [f] = hits;
    expect(f.severity).toBe(severity ?? "error");
    const edited = cellAt(tables, [edit[0], edit[1], edit[2]]);
    expect(f.cells).toContainEqual(edited);
    if (total) expect(f.cells[0]).toEqual(cellAt(tables, total));
    expect(f.table).toBe(total ? total[0] : edit[0]);
    expect(f.expected).toMatch(/^-?\d+\.\d{2}$/);
    expect(f.actual).toMatch(/^-?\d+\.\d{2}$/);
    expect(f.difference).toBe(new Money(f.actual as string).minus(f.expected as string).toFixed(2));
    expect(f.message).toMatch(/≠|大于/);
  });
});
