import { runRules } from "../../src/engine/rules";
import { TableInstance } from "../../src/engine/tables/types";
import { buildTable, RowSpec, TableSpec } from "../helpers/tables";
import { seedSpecs, seedTables } from "./seed-tables";

/** The further checks: codes, completeness, duplicates, invalid cells. Each: a passing and a failing case. */

const ZC = seedSpecs(true).T_ZC;
const only = (rule: string, tables: TableInstance[], options = {}) =>
  runRules(tables, options).filter((f) => f.rule === rule);
const zcWith = (rows: RowSpec[]): TableInstance[] => [buildTable("T_ZC", { ...ZC, rows })];
const row = (label: string) => ZC.rows.find((r) => r[0] === label) as RowSpec;

describe("code hierarchy", () => {
  test("the seed's codes are in place", () => {
    const tables = seedTables(true);
    expect(only("codes.hierarchy", tables)).toEqual([]);
    expect(only("codes.parent-missing", tables)).toEqual([]);
    expect(only("codes.malformed", tables)).toEqual([]);
  });

  test("a 款 placed under a 类 that is not its parent", () => {
    // 20805 行政事业单位养老支出 moved from 208 to below 210.
    const moved = ZC.rows.filter((r) => !r[0].startsWith("20805") && !r[0].startsWith("208050"));
    const at = moved.findIndex((r) => r[0].startsWith("2101199"));
    moved.splice(at + 1, 0, row("20805 行政事业单位养老支出"));
    const [f] = only("codes.hierarchy", zcWith(moved));
    expect(f).toMatchObject({ severity: "warning", table: "T_ZC" });
    expect(f.message).toBe("支出决算表 20805 行政事业单位养老支出 排在类 210 之下，但其上级是 208");
    expect(f.cells).toHaveLength(2);
  });

  test("a 项 whose 款 row is missing", () => {
    const [f] = only("codes.parent-missing", zcWith(ZC.rows.filter((r) => !r[0].startsWith("20103 "))));
    expect(f.message).toBe("支出决算表中没有款 20103 行，但有其下级 2010301 行政运行 等 2 行");
    expect(f.cells).toEqual([
      { sheet: "支出决算表", address: expect.stringMatching(/^A\d+$/) },
      { sheet: "支出决算表", address: expect.stringMatching(/^A\d+$/) },
    ]);
  });

  test("a parent with no children rows is fine", () => {
    const noItems = ZC.rows.filter((r) => !/^\d{7} /.test(r[0]));
    const findings = runRules(zcWith(noItems));
    expect(findings.filter((f) => f.severity === "error" || f.rule.startsWith("codes."))).toEqual([]);
  });

  test("a code of the wrong length", () => {
    const [f] = only("codes.malformed", zcWith([...ZC.rows, ["201030 行政运行", "", "", ""]]));
    expect(f.severity).toBe("warning");
  });
});

describe("code/name pairs", () => {
  test("names as in the list pass", () => {
    expect(only("codes.name", seedTables(true))).toEqual([]);
    expect(only("codes.unknown", seedTables(true))).toEqual([]);
  });

  test("an old name is a warning, once for every table where it appears", () => {
    const old = (spec: TableSpec): TableSpec => ({
      ...spec,
      rows: spec.rows.map(([l, ...a]): RowSpec => [
        l === "210 卫生健康支出" ? "210 医疗卫生与计划生育支出" : l,
        ...a,
      ]),
    });
    const specs = seedSpecs(true);
    const tables = [buildTable("T_ZC", old(specs.T_ZC)), buildTable("T_YBZC", old(specs.T_YBZC))];
    const found = only("codes.name", tables);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", table: "T_ZC" });
    expect(found[0].message).toBe(
      "支出决算表等 2 张表 210 医疗卫生与计划生育支出：科目名称与编码表“卫生健康支出”不一致（“医疗卫生与计划生育支出”是旧版科目名称，现行名称为“卫生健康支出”）",
    );
    expect(found[0].cells.map((c) => c.sheet)).toEqual(["支出决算表", "一般公共预算财政拨款支出决算表"]);
  });

  test("an unknown code is an info, and a user's code list extends the shipped one", () => {
    const tables = zcWith([...ZC.rows, ["2129999 自定义项目", "", "", ""]]);
    expect(only("codes.unknown", tables)).toEqual([expect.objectContaining({ severity: "info" })]);
    const codes = {
      function: [{ code: "2129999", name: "自定义项目", level: "项" as const, status: "user" as const }],
    };
    expect(only("codes.unknown", tables, { codes })).toEqual([]);
  });

  test("economic codes of the basic-spending detail are checked against the economic list", () => {
    const jb = seedSpecs(true).T_JBZC;
    const renamed = {
      ...jb,
      rows: jb.rows.map(([l, ...a]): RowSpec => [l.replace("30201 办公费", "30201 办公经费"), ...a]),
    };
    expect(only("codes.name", [buildTable("T_JBZC", jb)])).toEqual([]);
    expect(only("codes.name", [buildTable("T_JBZC", renamed)])[0].message).toContain("“办公费”");
  });
});

describe("completeness", () => {
  test("a standard table missing from the set: a warning without cells", () => {
    expect(only("completeness.missing-table", seedTables())).toEqual([]);
    const found = only(
      "completeness.missing-table",
      seedTables().filter((t) => t.key !== "T_GZ"),
    );
    expect(found).toEqual([
      {
        rule: "completeness.missing-table",
        severity: "warning",
        message: "没有找到国有资本经营预算财政拨款支出决算表（T_GZ）",
        cells: [],
        table: "T_GZ",
      },
    ]);
  });

  test("an empty table needs its 本部门…无… note", () => {
    const jj = seedSpecs().T_JJ;
    expect(only("completeness.empty-note", [buildTable("T_JJ", jj)])).toEqual([]);
    const [f] = only("completeness.empty-note", [buildTable("T_JJ", { ...jj, notes: ["注：本表反映…"] })]);
    expect(f).toMatchObject({
      severity: "warning",
      table: "T_JJ",
      cells: [{ sheet: "政府性基金预算财政拨款收入支出决算表", address: "A1" }],
    });
    // A table with amounts needs no note.
    expect(only("completeness.empty-note", [buildTable("T_ZC", ZC)])).toEqual([]);
  });

  test("duplicate rows: a code twice, a named line twice", () => {
    expect(only("rows.duplicate", seedTables())).toEqual([]);
    const [code] = only("rows.duplicate", zcWith([...ZC.rows, row("2101101 行政单位医疗")]));
    expect(code.message).toContain("“2101101 行政单位医疗”出现了两次");
    expect(code.cells).toHaveLength(2);
    const sz = seedSpecs().T_SZZB;
    const twice = buildTable("T_SZZB", { ...sz, rows: [...sz.rows, ["收入|事业收入", ""]] });
    expect(only("rows.duplicate", [twice]).map((f) => f.message)).toEqual([
      expect.stringContaining("“事业收入”出现了两次"),
    ]);
  });

  test("an amount cell that is not an amount is an error naming the cell", () => {
    expect(only("cell.invalid", seedTables())).toEqual([]);
    const bad = zcWith(
      ZC.rows.map((r): RowSpec => (r[0] === "2101102 事业单位医疗" ? [r[0], "#REF!", "18.82", ""] : r)),
    );
    // Said once, not again by the completeness checks.
    expect(only("cell.invalid", bad)).toHaveLength(1);
    const [f] = only("cell.invalid", bad);
    expect(f.severity).toBe("error");
    expect(f.cells).toEqual([
      {
        sheet: "支出决算表",
        address: bad[0].rows.find((x) => x.code === "2101102")?.cells["本年支出合计"].address,
      },
    ]);
    expect(f.message).toContain("单元格为错误值 #REF!");
    expect(runRules(bad, { lang: "en" }).find((x) => x.rule === "cell.invalid")?.message).toContain(
      "“#REF!” is not an amount",
    );
  });
});
