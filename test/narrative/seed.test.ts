import { correctedNarrative, PUBLISHED_NARRATIVE } from "../../scripts/samples/narrative-data";
import { checkWorkbook } from "../../src/engine/check";
import { Workbook } from "../../src/engine/model";
import { sample } from "./helpers";

/** The seed report's 情况说明 against the bundled samples (issue 8's "done when"). */

const source = (paragraphs: readonly string[]) => ({
  source: "published-情况说明.docx",
  paragraphs: paragraphs.map((text) => ({ text })),
});

const narrativeFindings = (wb: Workbook, paragraphs: readonly string[], lang: "zh" | "en" = "zh") => {
  const result = checkWorkbook(wb, { narrative: source(paragraphs), lang });
  return { result, findings: result.findings.filter((f) => f.rule.startsWith("NARR.")) };
};

describe("the seed narrative against samples/published.xlsx", () => {
  it("finds its real faults, each with its paragraph, quote and cells", async () => {
    const { findings } = narrativeFindings(await sample("published"), PUBLISHED_NARRATIVE);
    const seen = findings.map((f) => [f.rule, f.severity, f.text?.[0].paragraph, f.text?.[0].quote]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["NARR.share", "error", 22, "4.77%"],
        ["NARR.share", "error", 23, "5.06%"],
        ["NARR.amount", "rounding", 41, "1362.33 万元"],
        ["NARR.amount", "error", 41, "1264.00 万元"],
        ["NARR.rate.zero", "error", 49, "0.00%"],
        ["NARR.rate.zero", "error", 51, "0.00%"],
        ["NARR.rate.zero", "error", 52, "0.00%"],
        ["NARR.rate.zero", "error", 53, "0.00%"],
      ]),
    );
    expect(findings).toHaveLength(8);

    const health = findings.find((f) => f.text?.[0].paragraph === 22);
    expect(health?.message).toBe(
      "说明第22段“3. 卫生健康支出类支出 137.96 万元，占 4.77%”：137.96 ÷ 2,897.43（一般公共预算财政拨款支出决算表 合计行“合计”）= 4.76%，文中为 4.77%",
    );
    expect(health?.cells).toEqual([
      { sheet: "公开05表", address: "E7" },
      { sheet: "公开05表", address: "E16" },
    ]);
    expect(health?.table).toBe("T_YBZC");
    expect(health?.text).toEqual([{ source: "published-情况说明.docx", paragraph: 22, quote: "4.77%" }]);
  });

  it("names the other table a figure matches", async () => {
    const { findings } = narrativeFindings(await sample("published"), PUBLISHED_NARRATIVE);
    const basic = findings.find((f) => f.text?.[0].quote === "1362.33 万元");
    expect(basic?.message).toContain("1,362.34（相差 -0.01，属尾差");
    expect(basic?.message).toContain("与基本支出明细表 各类之和 1,362.33 一致");
    expect(basic).toMatchObject({ expected: "1362.34", actual: "1362.33", difference: "-0.01" });
    const personnel = findings.find((f) => f.text?.[0].quote === "1264.00 万元");
    expect(personnel?.message).toContain(
      "人员经费合计 （空白）；与基本支出明细表 301 + 303 之和 1,264.00 一致",
    );
    expect(personnel?.cells[0]).toEqual({ sheet: "公开06表", address: "C34" });
  });

  it("says how much was checked", async () => {
    const { result } = narrativeFindings(await sample("published"), PUBLISHED_NARRATIVE);
    expect(result.narrative).toEqual({
      source: "published-情况说明.docx",
      paragraphs: PUBLISHED_NARRATIVE.length,
      figures: 137,
      checked: 122,
      matched: 114,
      wrong: 8,
      unchecked: 15,
    });
  });

  it("speaks English when asked", async () => {
    const { findings } = narrativeFindings(await sample("published"), PUBLISHED_NARRATIVE, "en");
    expect(findings.find((f) => f.rule === "NARR.rate.zero")?.message).toBe(
      "Narrative paragraph 49 “2024 年度“三公”经费财政拨款支出全年预算为 0.00 万元，支出决算为 0.00 万元，完成全年预算的 0.00%”: the full-year budget (全年预算) is 0.00; there is no completion rate on a zero budget (the text says 0.00%)",
    );
  });
});

describe("the corrected narrative against samples/corrected.xlsx", () => {
  it("gives no narrative finding, and every tied figure matched", async () => {
    const { result, findings } = narrativeFindings(await sample("corrected"), correctedNarrative());
    expect(findings).toEqual([]);
    expect(result.narrative).toMatchObject({
      wrong: 0,
      figures: 133,
      checked: 118,
      matched: 118,
      unchecked: 15,
    });
  });
});
