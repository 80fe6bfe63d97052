import { emitter } from "../../src/engine/catalogue";
import { Money } from "../../src/engine/decimal";
import { Finding } from "../../src/engine/findings";
import { checkPreviousYear } from "../../src/engine/previous";
import { TableInstance } from "../../src/engine/tables/types";
import { Edit, tablesOf } from "../rules/fixtures";

/**
 * Cross-year checks on the funds fixture (T_CZZB, T_JJ, T_GZ with 年初 10.00 in 政府性基金) and the
 * filled 三公 fixture: last year's copy is made to close at this year's opening, then broken one cell at a time.
 */
const LAST_FILE = "部门A-2023.xlsx";

/** Last year's report whose 年末 is this year's 年初: the check has nothing to say. */
const CLOSING_AT_OPENING: Edit[] = [
  ["T_CZZB", "支出|年末财政拨款结转和结余", "合计", "10.00"],
  ["T_CZZB", "支出|年末财政拨款结转和结余", "政府性基金预算", "10.00"],
  ...["合计", "212 城乡社区支出", "21208 国有土地使用权出让收入安排的支出", "2120801 征地和拆迁补偿支出"].map(
    (row): Edit => ["T_JJ", row, "年末结转和结余", "10.00"],
  ),
];

function check(now: TableInstance[], last: TableInstance[], lang: "zh" | "en" = "zh"): Finding[] {
  return checkPreviousYear(now, { file: LAST_FILE, tables: last }, emitter(lang), new Money(0));
}

const rules = (findings: Finding[]) => findings.map((f) => f.rule);

describe("年初结转和结余 = last year's 年末结转和结余", () => {
  it("holds: no finding", () => {
    expect(check(tablesOf("funds"), tablesOf("funds", CLOSING_AT_OPENING))).toEqual([]);
  });

  it("收入支出决算总表: last year's 年末 against this year's blank 年初", () => {
    const last = tablesOf("seed", [["T_SZZB", "支出|年末结转和结余", "金额", "5.00"]]);
    const [f] = check(tablesOf("seed"), last);
    expect(f).toMatchObject({ rule: "PREV.SZZB.carry", severity: "error", expected: "5.00", actual: "0.00" });
    expect(f.cells.map((c) => c.file)).toEqual([undefined, LAST_FILE]);
  });

  it("one fund off: the 财政拨款总表 total and fund, citing both workbooks' cells", () => {
    const last = tablesOf("funds", [
      ...CLOSING_AT_OPENING,
      ["T_CZZB", "支出|年末财政拨款结转和结余", "合计", "12.00"],
      ["T_CZZB", "支出|年末财政拨款结转和结余", "政府性基金预算", "12.00"],
    ]);
    const found = check(tablesOf("funds"), last).filter((f) => f.rule === "PREV.CZZB.carry");
    expect(found).toHaveLength(2);
    const [total, fund] = found;
    expect(total).toMatchObject({
      severity: "error",
      expected: "12.00",
      actual: "10.00",
      difference: "-2.00",
    });
    expect(fund.message).toContain(
      "（政府性基金预算财政拨款）年初结转和结余 10.00 ≠ 上年（部门A-2023.xlsx）年末结转和结余 12.00",
    );
    expect(fund.cells[0].file).toBeUndefined();
    expect(fund.cells[1]).toMatchObject({ file: LAST_FILE, sheet: "财政拨款收入支出决算总表" });
  });

  it("the fund tables row by row, and a 尾差 as rounding", () => {
    const last = tablesOf("funds", [
      ...CLOSING_AT_OPENING,
      ["T_JJ", "2120801 征地和拆迁补偿支出", "年末结转和结余", "10.01"],
    ]);
    const [f] = check(tablesOf("funds"), last);
    expect(f).toMatchObject({ rule: "PREV.fund.carry", severity: "rounding", table: "T_JJ" });
    expect(f.message).toContain("政府性基金预算财政拨款收入支出决算表 2120801");
  });

  it("a row last year did not have carries nothing over", () => {
    const last = tablesOf("funds", CLOSING_AT_OPENING).map((t) =>
      t.key === "T_JJ" ? { ...t, rows: t.rows.filter((r) => r.code !== "2120801") } : t,
    );
    const found = check(tablesOf("funds"), last);
    expect(found.map((f) => [f.rule, f.expected, f.cells.length])).toEqual([["PREV.fund.carry", "0.00", 1]]);
  });
});

describe("codes that vanished or were renamed", () => {
  it("a 款 with money last year and none this year is a warning; renaming the same code too", () => {
    const now = tablesOf("seed").map((t) =>
      t.key === "T_ZC" ? { ...t, rows: t.rows.filter((r) => !r.code?.startsWith("221")) } : t,
    );
    const found = check(now, tablesOf("seed"));
    expect(rules(found)).toEqual(["PREV.codes.vanished", "PREV.codes.vanished"]);
    expect(found[0].message).toContain("上年有 221 住房保障支出（类）");
    expect(found[0].cells[0].file).toBe(LAST_FILE);

    const renamed = tablesOf("seed").map((t) =>
      t.key === "T_ZC"
        ? { ...t, rows: t.rows.map((r) => (r.code === "201" ? { ...r, name: "一般公共服务" } : r)) }
        : t,
    );
    const [r] = check(tablesOf("seed"), renamed);
    expect(r).toMatchObject({ rule: "PREV.codes.renamed", severity: "warning" });
    expect(check(tablesOf("seed"), tablesOf("seed"))).toEqual([]);
  });
});

describe("三公 against last year", () => {
  it("an item above last year's is said (info); equal or lower is not", () => {
    const last = tablesOf("sg", [["T_SG", "“三公”经费", "决算数.公务接待费", "3.00"]]);
    const found = check(tablesOf("sg"), last, "en");
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ["PREV.SG.rise", "info", "3.00", "3.50"],
    ]);
    expect(check(tablesOf("sg"), tablesOf("sg"))).toEqual([]);
  });
});
