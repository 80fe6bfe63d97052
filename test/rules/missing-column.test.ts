import { runRules } from "../../src/engine/rules";
import { buildTable } from "../helpers/tables";
import { tablesOf } from "./fixtures";

/** 支出决算表 printed with its total column only (as in a formula demo or a cut-down export). */
const totalOnly = buildTable("T_ZC", {
  columns: ["本年支出合计"],
  rows: [
    ["合计", "2,897.43"],
    ["201 一般公共服务支出", "2,507.57"],
    ["2010301 行政运行", "972.48"],
  ],
});

describe("a table that lacks whole columns", () => {
  it("gives one finding naming the missing columns, not one error per row", () => {
    const findings = runRules([totalOnly]).filter((f) => f.table === "T_ZC");
    expect(findings.filter((f) => f.rule === "ZC.row.total")).toEqual([]);
    const missing = findings.filter((f) => f.rule === "completeness.missing-column");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: "warning", table: "T_ZC" });
    expect(missing[0].message).toBe(
      "支出决算表缺少“基本支出”“项目支出”“上缴上级支出”“经营支出”“对附属单位补助支出”列，依赖这些列的表内平衡未检查",
    );
  });

  it("a table with some of a sum's columns reads the others as blank, and checks the rows", () => {
    const partial = buildTable("T_ZC", {
      columns: ["本年支出合计", "基本支出", "项目支出"],
      rows: [
        ["合计", "100.00", "60.00", "30.00"],
        ["201 一般公共服务支出", "100.00", "60.00", "30.00"],
      ],
    });
    const findings = runRules([partial]);
    expect(findings.filter((f) => f.rule === "completeness.missing-column")).toEqual([]);
    expect(findings.filter((f) => f.rule === "ZC.row.total")).toHaveLength(2);
    expect(runRules(tablesOf("seed")).filter((f) => f.rule === "completeness.missing-column")).toEqual([]);
  });
});
