import { Money } from "../../src/engine/decimal";
import { runRules } from "../../src/engine/rules";
import { formatAmount } from "../../src/engine/decimal";
import { buildTable, editSpec, TableSpec } from "../helpers/tables";
import { FUND_SPECS, tablesOf } from "./fixtures";
import { seedSpecs, seedTables } from "./seed-tables";

const only = (rule: string, findings: ReturnType<typeof runRules>) => findings.filter((f) => f.rule === rule);

describe("the seed as published", () => {
  const findings = runRules(seedTables());

  test("卫生健康支出 137.97 vs 137.96 and 住房保障支出 146.43 vs 146.44 are rounding differences between tables", () => {
    const szzb = only("SZZB.ZC.class", findings);
    expect(szzb.map((f) => [f.actual, f.expected, f.difference, f.severity])).toEqual([
      ["137.97", "137.96", "0.01", "rounding"],
      ["146.43", "146.44", "-0.01", "rounding"],
    ]);
    expect(szzb[0].message).toBe(
      "收入支出决算总表 卫生健康支出 137.97 ≠ 支出决算表 210 卫生健康支出“本年支出合计” 137.96" +
        "（相差 0.01，属尾差，在四舍五入误差范围内，但同一数在两处应一致，仍建议修正）",
    );
    expect(only("CZZB.YBZC.class", findings).map((f) => f.actual)).toEqual(["137.97", "146.43"]);
  });

  test("基本支出 1,362.34 vs the detail table's 1,362.33, naming the total and every 类 cell", () => {
    const [f] = only("YBZC.JBZC.classes", findings);
    expect(f).toMatchObject({
      severity: "rounding",
      expected: "1362.33",
      actual: "1362.34",
      difference: "0.01",
    });
    expect(f.message).toContain(
      "一般公共预算财政拨款支出决算表 合计行“基本支出” 1,362.34 ≠ 基本支出明细表 各类之和 1,362.33",
    );
    const sheets = f.cells.map((c) => `${c.sheet}!${c.address}`);
    // total first, then 301, 303, 302 and the blank 310: a blank part is named too.
    expect(sheets).toEqual([
      "一般公共预算财政拨款支出决算表!C5",
      "一般公共预算财政拨款基本支出决算明细表!B5",
      "一般公共预算财政拨款基本支出决算明细表!B18",
      "一般公共预算财政拨款基本支出决算明细表!D21",
      "一般公共预算财政拨款基本支出决算明细表!D34",
    ]);
  });

  test("the empty 人员经费合计 cell is an error: a blank total whose parts are not zero", () => {
    const [f] = only("JBZC.personnel.total", findings);
    expect(f).toMatchObject({ severity: "error", expected: "1264.00", actual: "0.00", table: "T_JBZC" });
    expect(f.cells[0]).toEqual({ sheet: "一般公共预算财政拨款基本支出决算明细表", address: "B36" });
    expect(f.message).toContain("人员经费合计 （空白） ≠ 301 + 303 之和 1,264.00");
    expect(only("YBZC.JBZC.basic", findings)[0].severity).toBe("error");
  });

  test("the corrected seed gives no error and no rounding finding", () => {
    const bad = runRules(seedTables(true)).filter((f) => f.severity === "error" || f.severity === "rounding");
    expect(bad).toEqual([]);
  });
});

describe("verdicts and rounding slack", () => {
  test("exact: no finding; within the parts' intervals: rounding; beyond: error", () => {
    const at = (text: string) =>
      only("ZC.total.classes", runRules(tablesOf("seed", [["T_ZC", "合计", "本年支出合计", text]])));
    expect(at("2,897.43")).toEqual([]);
    // 4 classes: the parts' sum spans ±0.02, the total ±0.005.
    expect(at("2,897.45")[0].severity).toBe("rounding");
    expect(at("2,897.45")[0].message).toContain("尾差");
    expect(at("2,897.46")[0].severity).toBe("error");
  });

  test("roundingSlack widens every interval by that many 0.01", () => {
    const tables = tablesOf("seed", [["T_ZC", "合计", "本年支出合计", "2,897.47"]]);
    expect(only("ZC.total.classes", runRules(tables))[0].severity).toBe("error");
    expect(only("ZC.total.classes", runRules(tables, { roundingSlack: 2 }))[0].severity).toBe("rounding");
  });

  test("an amount in 元 is compared at its own precision", () => {
    const spec: TableSpec = {
      columns: ["合计", "基本支出", "项目支出"],
      unit: "元",
      rows: [["合计", "1,000.00", "600.00", "400.01"]],
    };
    const [f] = only("YBZC.row.total", runRules([buildTable("T_YBZC", spec)]));
    expect(f).toMatchObject({ expected: "0.100001", actual: "0.100000", difference: "-0.000001" });
  });
});

describe("options", () => {
  const published = seedTables();

  test("disabledGroups switches a group off and leaves the others", () => {
    const between = runRules(published, { disabledGroups: ["between"] });
    expect(between.some((f) => f.rule === "SZZB.ZC.class")).toBe(false);
    expect(between.some((f) => f.rule === "JBZC.personnel.total")).toBe(true);
    const within = runRules(published, { disabledGroups: ["within"] });
    expect(within.some((f) => f.rule === "JBZC.personnel.total")).toBe(false);
    expect(within.some((f) => f.rule === "SZZB.ZC.class")).toBe(true);
    expect(runRules(published, { disabledGroups: ["within", "between", "codes", "completeness"] })).toEqual(
      [],
    );
  });

  test("English messages", () => {
    const [f] = only("SZZB.ZC.class", runRules(published, { lang: "en" }));
    expect(f.message).toBe(
      "收入支出决算总表 (T_SZZB), 卫生健康支出 137.97 ≠ 支出决算表 (T_ZC), 210 卫生健康支出, column 本年支出合计 137.96" +
        " (difference 0.01: a rounding difference, within rounding tolerance; the same amount in two places should still agree)",
    );
    const [blank] = only("JBZC.personnel.total", runRules(published, { lang: "en" }));
    expect(blank.message).toContain("人员经费合计 (blank) ≠ 301 + 303 1,264.00 (difference -1,264.00)");
  });
});

describe("what a rule skips", () => {
  test("a table that is not there: its identities are not evaluated", () => {
    const noZc = seedTables().filter((t) => t.key !== "T_ZC");
    const rules = new Set(runRules(noZc).map((f) => f.rule));
    expect(rules.has("SZZB.ZC.class")).toBe(false);
    expect(rules.has("CZZB.YBZC.class")).toBe(true);
  });

  test("a missing total line: one info per table, the rules that need it skipped", () => {
    const tables = tablesOf("seed").map((t) =>
      t.key === "T_SR" ? { ...t, rows: t.rows.filter((r) => r.kind !== "total") } : t,
    );
    expect(only("completeness.missing-line", runRules(tablesOf("seed")))).toEqual([]);
    const findings = runRules(tables);
    expect(only("completeness.missing-line", findings)).toEqual([
      expect.objectContaining({
        severity: "info",
        table: "T_SR",
        message: expect.stringContaining("“合计”"),
      }),
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a column the other table does not have: the equality is skipped", () => {
    const gz: TableSpec = { ...(FUND_SPECS.T_GZ as TableSpec) };
    const cols = gz.columns as string[];
    const keep = cols.map((c, i) => (c === "本年收入" ? -1 : i)).filter((i) => i >= 0);
    const narrowed: TableSpec = {
      columns: keep.map((i) => cols[i]),
      rows: gz.rows.map(([label, ...a]) => [label, ...keep.map((i) => a[i] ?? "")]),
    };
    const tables = tablesOf("funds").map((t) => (t.key === "T_GZ" ? buildTable("T_GZ", narrowed) : t));
    expect(only("CZZB.GZ.income", runRules(tables))).toEqual([]);
    const emptied = tablesOf("funds", [["T_GZ", "合计", "本年收入", ""]]);
    expect(only("CZZB.GZ.income", runRules(emptied))).toHaveLength(1);
  });

  test("a code row missing from the other table reads as blank", () => {
    const tables = tablesOf("seed").map((t) =>
      t.key === "T_ZC" ? { ...t, rows: t.rows.filter((r) => !r.code?.startsWith("221")) } : t,
    );
    const [f] = only("SZZB.ZC.class", runRules(tables)).filter((x) => x.actual === "146.44");
    expect(f).toMatchObject({ severity: "error", expected: "0.00" });
    expect(f.cells).toHaveLength(1);
    expect(f.message).toContain("221 行（表中没有此行）");
  });

  test("a detail table without its 人员经费合计 line: only the 类 rows are compared", () => {
    const tables = seedTables().map((t) =>
      t.key === "T_JBZC" ? { ...t, rows: t.rows.filter((r) => r.name !== "人员经费合计") } : t,
    );
    const findings = runRules(tables);
    expect(only("YBZC.JBZC.basic", findings)).toEqual([]);
    expect(only("YBZC.JBZC.classes", findings)).toHaveLength(1);
    expect(only("YBZC.JBZC.basic", runRules(seedTables()))).toHaveLength(1);
  });

  test("a 类 row missing: its 款 rows stand in for it in the rollups", () => {
    const jb = seedSpecs(true).T_JBZC;
    const no301 = buildTable("T_JBZC", {
      ...jb,
      rows: jb.rows.filter((r) => !r[0].endsWith("|301 工资福利支出")),
    });
    const findings = runRules([no301]);
    expect(only("JBZC.personnel.total", findings)).toEqual([]);
    const [orphans] = only("codes.parent-missing", findings);
    expect(orphans.message).toBe(
      "一般公共预算财政拨款基本支出决算明细表中没有类 301 行，但有其下级 30101 基本工资 等 12 行",
    );
    expect(orphans.cells).toHaveLength(12);
    const short = buildTable("T_JBZC", editSpec(jb, "人员经费|30103 奖金", "决算数", "460.00"));
    expect(only("JBZC.personnel.total", runRules([short]))).toEqual([]);
    const shortNo301 = { ...short, rows: short.rows.filter((r) => r.code !== "301") };
    expect(only("JBZC.personnel.total", runRules([shortNo301]))[0].expected).toBe("1261.46");
  });

  test("年末 funds as separate lines: the column form of 支出总计 is not applied", () => {
    const spec = FUND_SPECS.T_CZZB as TableSpec;
    const blanked: TableSpec = {
      ...spec,
      rows: spec.rows.map((r) => (r[0] === "支出|年末财政拨款结转和结余" ? [r[0], "15.00", "", "", ""] : r)),
    };
    const czzb = (s: TableSpec) =>
      tablesOf("funds").map((t) => (t.key === "T_CZZB" ? buildTable("T_CZZB", s) : t));
    expect(only("CZZB.expense.grand", runRules(czzb(blanked)))).toHaveLength(1);
    const lines: TableSpec = {
      ...blanked,
      rows: [...blanked.rows, ["支出|年末财政拨款结转和结余/政府性基金预算财政拨款", "15.00", "", "", ""]],
    };
    const withLine = czzb({ ...lines, rows: lines.rows });
    expect(withLine.find((t) => t.key === "T_CZZB")?.rows.at(-1)?.name).toBe(
      "年末财政拨款结转和结余/政府性基金预算财政拨款",
    );
    expect(only("CZZB.expense.grand", runRules(withLine))).toEqual([]);
  });
});

test("amounts are shown with thousands separators at their decimals", () => {
  expect(formatAmount(new Money("1362.3"), 2)).toBe("1,362.30");
  expect(formatAmount(new Money("-1264"), 2)).toBe("-1,264.00");
  expect(formatAmount(new Money("0.01"), 2)).toBe("0.01");
  expect(formatAmount(new Money("1234567.891"), 3)).toBe("1,234,567.891");
});
