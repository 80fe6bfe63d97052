import { Money } from "../../src/engine/decimal";
import {
  gradeOf,
  parseTier,
  scoreBudget,
  scoreQualitative,
  scoreQuantitative,
  tierOfRatio,
  tierScoreRange,
} from "../../src/engine/scoring";

const w = (n: number) => new Money(n);

function quantitative(
  weight: number,
  target: Parameters<typeof scoreQuantitative>[1],
  actual: Parameters<typeof scoreQuantitative>[2],
) {
  const r = scoreQuantitative(w(weight), target, actual);
  if (!r.ok) throw new Error(r.zh);
  return r.value;
}

describe("scoreQuantitative", () => {
  it("正向: weight × B ÷ A (seed: 租金 paid 75% of the contract → 3.75 of 5)", () => {
    const s = quantitative(5, "100%", "75%");
    expect(s.score.toString()).toBe("3.75");
    expect(s.direction).toBe("正向");
    expect(s.capped).toBe(false);
  });

  it("sums parts before scoring: 水电 11 + 燃气 12 months of 12 + 12 → 5 × 23/24 = 4.79 (the seed's figure)", () => {
    const s = quantitative(5, ["12个月", "12个月"], ["11个月", "12个月"]);
    expect(s.score.toDecimalPlaces(2).toString()).toBe("4.79");
    expect(s.target.toString()).toBe("24");
    expect(s.actual.toString()).toBe("23");
  });

  it("a single 11 of 12 months gives 4.58, not 4.79", () => {
    expect(quantitative(5, "12个月", "11个月").score.toDecimalPlaces(2).toString()).toBe("4.58");
  });

  it("caps at the weight (13922 份 against 12000 份)", () => {
    const s = quantitative(2, "12000份", "13922份");
    expect(s.score.toString()).toBe("2");
    expect(s.capped).toBe(true);
    expect(s.uncapped.gt(2)).toBe(true);
  });

  it("反向 when the target says ≤: weight × A ÷ B", () => {
    expect(quantitative(10, "≤120分钟", "150分钟").score.toString()).toBe("8");
    expect(quantitative(10, "≤120分钟", "90分钟").score.toString()).toBe("10");
  });

  it("a % cell (0.96) matches a “≥96%” target", () => {
    expect(quantitative(2, "≥96%", 0.96).score.toString()).toBe("2");
    expect(quantitative(2, "≥96%", "48%").score.toString()).toBe("1");
  });

  it("refuses a bare 96 beside “≥96%” rather than reading it as 9600%", () => {
    const r = scoreQuantitative(w(2), "≥96%", 50);
    expect(!r.ok && r.zh).toBe("“50”与百分比并列，请写作“50%”或 0.5");
    expect(scoreQuantitative(w(2), "90%", 1.2).ok).toBe(true);
  });

  it("a bare zero target means none allowed; a zero result meets it", () => {
    expect(quantitative(2, "0件", "0件").score.toString()).toBe("2");
    expect(quantitative(2, "0件", "1件").score.toString()).toBe("0");
    expect(quantitative(2, "≥0件", "0件").score.toString()).toBe("2");
  });

  it.each([
    ["按合同约定支付", "75%", "value"],
    ["100%", "已支付三个季度租金", "value"],
    ["≤120分钟", "2小时", "value"],
    ["100%", "-5%", "number"],
  ])("refuses %p / %p", (target, actual, code) => {
    const r = scoreQuantitative(w(5), target, actual);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it("refuses parts of different counts and mixed directions", () => {
    expect(scoreQuantitative(w(5), ["12个月", "12个月"], ["11个月"]).ok).toBe(false);
    expect(scoreQuantitative(w(5), ["≥12", "≤12"], ["11", "12"]).ok).toBe(false);
  });

  it("scores a ‰ target against a ‰, % or fraction result", () => {
    for (const actual of ["4‰", "0.4%", 0.004]) {
      const r = scoreQuantitative(w(5), "≥5‰", actual);
      expect(r.ok && r.value.score.toString()).toBe("4");
    }
  });

  it("reads a target without ≥ or ≤ in the direction the caller gives (a cost is 反向)", () => {
    const as = (plain?: "正向" | "反向") => {
      const r = scoreQuantitative(w(10), "100元/人", "80元/人", plain);
      return r.ok ? [r.value.direction, r.value.score.toString()] : r.zh;
    };
    expect(as()).toEqual(["正向", "8"]);
    expect(as("反向")).toEqual(["反向", "10"]);
    // A stated comparator wins over the caller's default.
    const stated = scoreQuantitative(w(10), "≥100元/人", "80元/人", "反向");
    expect(stated.ok && stated.value.direction).toBe("正向");
  });
});

describe("scoreQualitative", () => {
  it.each([
    ["达成", undefined, "2", "达成"],
    ["部分达成", undefined, "1", "部分达成"],
    ["未达成", undefined, "0", "未达成"],
    ["部分达成", 0.7, "1.4", "部分达成"],
    ["达成", "80%", "1.6", "达成"],
    [0.8, undefined, "1.6", "达成"],
    ["50%", undefined, "1", "部分达成"],
    [0.3, undefined, "0.6", "未达成"],
  ] as const)("%p with ratio %p scores %s of 2", (level, ratio, score, tier) => {
    const r = scoreQualitative(w(2), level, ratio);
    if (!r.ok) throw new Error(r.zh);
    expect(r.value.score.toString()).toBe(score);
    expect(r.value.tier).toBe(tier);
  });

  it("refuses a ratio outside the stated tier, above 1, or an unknown level", () => {
    for (const [level, ratio] of [
      ["部分达成", 0.8],
      ["达成", 0.79],
      ["未达成", 0.5],
    ] as const) {
      const r = scoreQualitative(w(2), level, ratio);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe("number");
    }
    expect(scoreQualitative(w(2), 1.2).ok).toBe(false);
    const unknown = scoreQualitative(w(2), "挺好");
    expect(!unknown.ok && unknown.code).toBe("value");
  });

  it("reads tier words and tiers of ratios", () => {
    expect(parseTier("已完成")).toBe("达成");
    expect(parseTier("基本达成")).toBe("部分达成");
    expect(parseTier("未完成")).toBe("未达成");
    expect(parseTier("可持续")).toBeUndefined();
    expect(parseTier("基本达成目标。")).toBe("部分达成");
    expect(parseTier("未完全达成")).toBe("部分达成");
    expect(parseTier("全面完成年度目标")).toBe("达成");
    // A result that starts like a tier word but says more is no tier.
    expect(parseTier("完成80%")).toBeUndefined();
    expect(parseTier("完成不好")).toBeUndefined();
  });

  it("checks a ratio against the tier of a level given as a ratio, and reads full-width ratios", () => {
    const within = scoreQualitative(w(2), 0.6, 0.7);
    expect(within.ok && within.value.score.toString()).toBe("1.4");
    const outside = scoreQualitative(w(2), 0.6, 0.9);
    expect(!outside.ok && [outside.code, outside.zh]).toEqual([
      "number",
      "比例 90% 不在“部分达成”档（50% 到 80%（不含））内",
    ]);
    const wide = scoreQualitative(w(5), "８０％");
    expect(wide.ok && [wide.value.score.toString(), wide.value.tier]).toEqual(["4", "达成"]);
    expect(tierOfRatio(w(0.8))).toBe("达成");
    expect(tierOfRatio(new Money("0.7999"))).toBe("部分达成");
    const range = tierScoreRange(w(5), "部分达成");
    expect([range.min.toString(), range.max.toString(), range.maxInclusive]).toEqual(["2.5", "4", false]);
  });
});

describe("scoreBudget", () => {
  it("seed: 2,897.43 of 2,897.43 with 20 points → 20", () => {
    const r = scoreBudget(new Money("2897.43"), new Money("2897.43"), w(20));
    expect(r.ok && r.value.score.toString()).toBe("20");
  });

  it("weight × 执行率, capped (972.48 of 959.40)", () => {
    const under = scoreBudget(w(1000), w(900), w(10));
    expect(under.ok && under.value.score.toString()).toBe("9");
    const over = scoreBudget(new Money("959.40"), new Money("972.48"), w(10));
    expect(over.ok && [over.value.score.toString(), over.value.capped]).toEqual(["10", true]);
  });

  it("a zero budget is a division by zero", () => {
    const r = scoreBudget(w(0), w(5), w(10));
    expect(!r.ok && r.code).toBe("divisionByZero");
  });
});

describe("gradeOf", () => {
  it.each([
    [97, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.5, "中"],
    [60, "中"],
    [59.99, "差"],
  ] as const)("%p → %s", (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});
