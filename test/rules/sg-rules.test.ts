import { runRules } from "../../src/engine/rules";
import { Edit, tablesOf } from "./fixtures";
import { SG_ROW } from "./seed-tables";

const hits = (rule: string, edits: Edit[], lang: "zh" | "en" = "zh") =>
  runRules(tablesOf("sgBasic", edits), { lang }).filter((f) => f.rule === rule);

describe("三公 items against the basic-spending detail (JBZC.SG.*)", () => {
  test("a real report: 30217 公务接待费 8.31 in the detail, 0.30 in the 三公 table, is an error on both cells", () => {
    const [f] = hits("JBZC.SG.hospitality", [
      ["T_JBZC", "公用经费|30217 公务接待费", "决算数", "8.31"],
      ["T_SG", SG_ROW, "决算数.公务接待费", "0.30"],
    ]);
    expect(f).toMatchObject({ severity: "error", expected: "0.30", actual: "8.31", difference: "8.01" });
    expect(f.cells).toHaveLength(2);
    expect(f.message).toBe(
      "一般公共预算财政拨款基本支出决算明细表 30217 公务接待费 8.31 大于 财政拨款“三公”经费支出决算表 “三公”经费“决算数 公务接待费” 0.30（相差 8.01）",
    );
  });

  test("a 款 equal to or below its 三公 item holds (the 三公 table counts project spending too)", () => {
    expect(hits("JBZC.SG.hospitality", [])).toEqual([]);
    expect(
      hits("JBZC.SG.running", [["T_JBZC", "公用经费|30231 公务用车运行维护费", "决算数", "2.00"]]),
    ).toEqual([]);
  });
});

describe("三公 决算 above 预算 (SG.over-budget)", () => {
  test("is a warning that asks for an explanation, for the item and the 合计 it raises", () => {
    const found = hits("SG.over-budget", [
      ["T_SG", SG_ROW, "决算数.公务接待费", "4.50"],
      ["T_SG", SG_ROW, "决算数.合计", "10.50"],
    ]);
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([
      ["warning", "10.50", "10.00"],
      ["warning", "4.50", "4.00"],
    ]);
    expect(found[1].message).toContain("超出预算需说明原因");
  });

  test("says nothing within the budget, nor for a 尾差 above it", () => {
    expect(hits("SG.over-budget", [])).toEqual([]);
    // 4.01 against 4.00 is within the two amounts' rounding (each stands for ±0.005).
    expect(hits("SG.over-budget", [["T_SG", SG_ROW, "决算数.公务接待费", "4.01"]])).toEqual([]);
    expect(hits("SG.over-budget", [["T_SG", SG_ROW, "决算数.公务接待费", "4.02"]])).toHaveLength(1);
  });
});
