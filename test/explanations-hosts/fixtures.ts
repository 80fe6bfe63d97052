import { applyExplanations, Explanation } from "../../src/engine/explanations";
import { Finding } from "../../src/engine/findings";
import { CheckOptions, CheckResult } from "../../src/engine/result";
import { FakeHost } from "../ui/fakeHost";

/** An 需说明-style warning and an error on real-shaped cells of a 支出决算表. */
export const findings: Finding[] = [
  {
    rule: "ZC.row.total",
    severity: "error",
    message: "支出决算表 卫生健康支出：本年支出合计 ≠ 基本支出 + 项目支出",
    cells: [
      { sheet: "支出决算表", address: "B4" },
      { sheet: "支出决算表", address: "C4" },
      { sheet: "支出决算表", address: "D4" },
    ],
    expected: "137.96",
    actual: "137.97",
    difference: "0.01",
    table: "T_ZC",
  },
  {
    rule: "SG.over-budget",
    severity: "warning",
    message: "公务接待费 决算数 0.30 超过预算数 0.20，需说明",
    cells: [
      { sheet: "三公经费表", address: "F6" },
      { sheet: "三公经费表", address: "C6" },
    ],
    expected: "0.20",
    actual: "0.30",
    difference: "0.10",
    table: "T_SG",
  },
];

/**
 * The engine's stand-in: answers `answer`, with the explanations the panel passed attached as the engine
 * attaches them (applyExplanations), and records the options.
 */
export function explainingChecker(answer: () => Finding[] = () => findings) {
  const calls: CheckOptions[] = [];
  const check = (_wb: unknown, options: CheckOptions): CheckResult => {
    calls.push(options);
    return {
      tables: [{ key: "T_ZC", title: "2024年度支出决算表", sheet: "支出决算表", range: "A1:H30" }],
      findings: applyExplanations(answer(), options.explanations ?? []).findings,
    };
  };
  return { check, calls };
}

/** The panel's fake host, keeping explanations as a workbook would. */
export class ExplainingHost extends FakeHost {
  explanations: Explanation[] = [];
  async loadExplanations() {
    return this.explanations;
  }
  async saveExplanations(explanations: Explanation[]) {
    this.explanations = explanations;
  }
}
