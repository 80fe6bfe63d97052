import { checkPerformance } from "../../src/engine/selfeval";
import { Finding } from "../../src/engine/findings";
import { TableInstance } from "../../src/engine/tables/types";
import { buildTable } from "../helpers/tables";
import { sampleWorkbook, setCell } from "./build";

/** The seed's disclosure tables as published: 基本支出 1,362.34, 项目支出 1,535.09, 合计 2,897.43. */
function disclosure(basic = "1,362.34", project = "1,535.09", total = "2,897.43"): TableInstance[] {
  return [
    buildTable("T_ZC", {
      columns: ["本年支出合计", "基本支出", "项目支出"],
      rows: [["合计", total, basic, project]],
    }),
    buildTable("T_YBZC", {
      columns: ["合计", "基本支出", "项目支出"],
      rows: [["合计", total, basic, project]],
    }),
  ];
}

const brief = (f: Finding) => [f.rule, f.table, f.severity, f.expected, f.actual];

describe("the published sample", () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = checkPerformance(await sampleWorkbook("published"), disclosure(), { lang: "zh" }).findings;
  });

  it("finds 三免服务's 产出 stated at 45 but weighing 46, and its weights adding up to 101", () => {
    expect(findings.map(brief)).toEqual(
      expect.arrayContaining([
        ["PERF.weights.group", "PERF:政务大厅“三免”服务", "error", "46", "45"],
        ["PERF.weights.total", "PERF:政务大厅“三免”服务", "error", "100", "101"],
      ]),
    );
  });

  it("finds 编外用工's 产出 stated at 40 but weighing 45, and 政务服务工作处理及时率 listed twice", () => {
    expect(findings.map(brief)).toEqual(
      expect.arrayContaining([
        ["PERF.weights.group", "PERF:编外用工", "error", "45", "40"],
        ["PERF.indicator.duplicate", "PERF:编外用工", "error", undefined, undefined],
      ]),
    );
    const dup = findings.find((f) => f.rule === "PERF.indicator.duplicate");
    expect(dup?.message).toContain("政务服务工作处理及时率");
  });

  it("finds the 整体 table's 项目支出总额 1,535.10 against 1,535.09 in the disclosure tables", () => {
    const f = findings.filter((x) => x.rule === "PERF.overall.vs.disclosure");
    expect(f.map((x) => [x.severity, x.actual, x.expected, x.difference, x.cells[0].address])).toEqual([
      ["rounding", "1362.33", "1362.34", "-0.01", "C5"],
      ["rounding", "1535.10", "1535.09", "0.01", "G5"],
    ]);
    expect(f[1].message).toContain("项目支出总额 1,535.10");
    expect(f[1].message).toContain("项目支出 1,535.09");
  });

  it("finds the 运行经费 subgroups that do not add up", () => {
    const groups = findings.filter(
      (f) => f.rule === "PERF.weights.group" && f.table === "PERF:政务中心运行经费",
    );
    expect(groups.map((f) => [f.actual, f.expected])).toEqual([
      ["10", "15"],
      ["45", "40"],
      ["21", "15"],
      ["9", "10"],
      ["25", "30"],
    ]);
  });

  it("warns of lost points without a reason, and a row without weight", () => {
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(new Set(warnings.map((f) => f.rule))).toEqual(
      new Set(["PERF.reason.missing", "PERF.weights.missing"]),
    );
  });

  it("recomputes the quantitative rows without disagreement (all scored by rule)", () => {
    expect(findings.filter((f) => f.rule === "PERF.quant.score")).toEqual([]);
  });
});

describe("the corrected sample", () => {
  it("gives no finding at all", async () => {
    const r = checkPerformance(await sampleWorkbook("corrected"), disclosure(), { lang: "zh" });
    expect(r.tables).toHaveLength(5);
    expect(r.findings).toEqual([]);
  });

  it("flags a figure that matches neither disclosure table as an error", async () => {
    const wb = await sampleWorkbook("corrected");
    setCell(wb, "整体绩效自评表", "G5", 1600, "1,600.00");
    const f = checkPerformance(wb, disclosure(), {}).findings.map((x) => [x.rule, x.severity]);
    expect(f).toEqual(
      expect.arrayContaining([
        ["PERF.overall.vs.disclosure", "error"],
        ["PERF.budget.parts", "error"],
      ]),
    );
  });

  it("accepts a figure that matches one of the two disclosure tables", async () => {
    const wb = await sampleWorkbook("corrected");
    const [zc] = disclosure();
    const [, ybzc] = disclosure("1,300.00", "1,597.43");
    expect(checkPerformance(wb, [ybzc, zc], {}).findings).toEqual([]);
  });

  it("reports a 总分 that the scores do not give", async () => {
    const wb = await sampleWorkbook("corrected");
    setCell(wb, "政务中心运行经费自评表", "B27", 95);
    const f = checkPerformance(wb, disclosure(), {}).findings;
    expect(f.map(brief)).toEqual([["PERF.total", "PERF:政务中心运行经费", "error", "94.29", "95"]]);
  });
});
