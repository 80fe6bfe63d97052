import {
  applyExplanations,
  explain,
  parseExplanations,
  withExplanation,
} from "../../src/engine/explanations";
import { Finding } from "../../src/engine/findings";
import { runRules } from "../../src/engine/rules";
import { TableKey } from "../../src/engine/tables/types";
import { buildTable, editSpec } from "../helpers/tables";
import { seedSpecs } from "../rules/seed-tables";

/** The seed as published (基本支出 1,362.34 vs 1,362.33, a 尾差, among others), 基本支出 as given. */
function seed(basicSpending = "1,362.34") {
  const specs = seedSpecs();
  specs.T_YBZC = editSpec(specs.T_YBZC, "合计", "基本支出", basicSpending);
  return runRules(Object.entries(specs).map(([key, spec]) => buildTable(key as TableKey, spec)));
}
const published = seed();
const basic = published.find((f) => f.rule === "YBZC.JBZC.classes") as Finding;

describe("explanations (说明)", () => {
  it("attach to the finding they were written for, and survive a re-check", () => {
    const stored = [explain(basic, "  明细表按元取整后汇总，差额 0.01 万元为尾差  ", "2026-12-04")];
    const again = seed();
    const { findings, stale } = applyExplanations(again, stored);
    const explained = findings.filter((f) => f.explanation !== undefined);
    expect(explained.map((f) => [f.rule, f.explanation])).toEqual([
      ["YBZC.JBZC.classes", "明细表按元取整后汇总，差额 0.01 万元为尾差"],
    ]);
    expect(stale).toEqual([]);
  });

  it("are dropped when the figures change, and when the finding is gone", () => {
    const stored = [explain(basic, "尾差")];
    const changed = seed("1,362.35");
    const after = applyExplanations(changed, stored);
    expect(after.findings.some((f) => f.explanation)).toBe(false);
    expect(after.stale).toEqual(stored);
    const corrected = Object.entries(seedSpecs(true)).map(([k, spec]) => buildTable(k as TableKey, spec));
    expect(applyExplanations(runRules(corrected), stored).stale).toEqual(stored);
  });

  it("a stored list: replaced per finding, removed by empty text, damaged entries skipped", () => {
    let list = withExplanation([], basic, "第一次");
    list = withExplanation(list, basic, "第二次");
    expect(list.map((e) => e.text)).toEqual(["第二次"]);
    expect(withExplanation(list, basic, "  ")).toEqual([]);
    const parsed = parseExplanations([...list, { rule: 1 }, "x", { ...list[0], cells: [3] }, null]);
    expect(parsed).toEqual(list);
    expect(parseExplanations({ not: "a list" })).toEqual([]);
  });
});
