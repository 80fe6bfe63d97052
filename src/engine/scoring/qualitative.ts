import Decimal from "decimal.js";
import { Money, ZERO } from "../decimal";
import { CellInput, decimalOf } from "../calc/input";
import { fail, Outcome, ok } from "../calc/outcome";
import { normalise } from "../text";

/**
 * Qualitative indicator score (domain §6, 备注 3): three tiers, each a share of the weight —
 * 达成 [80%, 100%], 部分达成 [50%, 80%), 未达成 [0, 50%).
 *
 * The point inside a tier is the evaluator's judgement, so a tier alone gives a fixed, documented
 * point: 达成 → 100% (fully met loses nothing, as the seed's achieved rows score their full weight);
 * 部分达成 → 50% and 未达成 → 0%, the least the tier guarantees — anything higher is a judgement the
 * evaluator states as a ratio (e.g. 部分达成 with 0.7), which must lie inside the tier.
 */
export type Tier = "达成" | "部分达成" | "未达成";

export interface TierBounds {
  min: Decimal;
  max: Decimal;
  /** Only 达成 includes its upper bound (100%); the others stop just below the next tier. */
  maxInclusive: boolean;
  /** The share a tier gives without a ratio. */
  point: Decimal;
}

export const TIERS: Record<Tier, TierBounds> = {
  达成: { min: new Money("0.8"), max: new Money(1), maxInclusive: true, point: new Money(1) },
  部分达成: { min: new Money("0.5"), max: new Money("0.8"), maxInclusive: false, point: new Money("0.5") },
  未达成: { min: ZERO, max: new Money("0.5"), maxInclusive: false, point: ZERO },
};

const DONE = "(?:达成|达到|完成|实现)";
/** The whole text must be the tier word ("已完成", "基本达成目标。"): "完成80%" or "完成不好" is no tier. */
const tierWord = (lead: string) => new RegExp(`^(?:${lead})${DONE}(?:预期|年度)?(?:目标)?[。.!！]?$`);
const TIER_WORDS: [RegExp, Tier][] = [
  [tierWord("未完全|不完全|未全部"), "部分达成"],
  [tierWord("未|没有|不|尚未"), "未达成"],
  [tierWord("部分|基本|大部分"), "部分达成"],
  [tierWord("|已|全部|已全部|全面|已全面"), "达成"],
];

/** 达成 / 部分达成 / 未达成 and the words people use for them; undefined when the text is none of them. */
export function parseTier(text: string): Tier | undefined {
  const t = text.replace(/[\s\u3000]+/g, "");
  return TIER_WORDS.find(([re]) => re.test(t))?.[1];
}

/** The tier a share of the weight falls in (0.8 → 达成, 0.79 → 部分达成). */
export function tierOfRatio(ratio: Decimal): Tier {
  return ratio.gte(TIERS.达成.min) ? "达成" : ratio.gte(TIERS.部分达成.min) ? "部分达成" : "未达成";
}

/** Lowest and highest score a tier allows for a weight (the high end of a tier other than 达成 is exclusive). */
export function tierScoreRange(
  weight: Decimal,
  tier: Tier,
): { min: Decimal; max: Decimal; maxInclusive: boolean } {
  const b = TIERS[tier];
  return { min: weight.times(b.min), max: weight.times(b.max), maxInclusive: b.maxInclusive };
}

export interface QualitativeScore {
  score: Decimal;
  ratio: Decimal;
  tier: Tier;
}

/** A ratio given as a number (0.8) or a percentage text ("80%"); undefined when it is not one. */
function readRatio(input: CellInput): Decimal | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? decimalOf(input) : undefined;
  if (typeof input !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)(%)?$/.exec(normalise(input));
  if (!m) return undefined;
  const n = new Money(m[1]);
  return m[2] ? n.dividedBy(100) : n;
}

function blank(input: CellInput): boolean {
  return input === null || input === undefined || input === "";
}

/**
 * `level` is a tier word or a ratio of the weight; `ratio` (optional) places the score inside the tier
 * and must lie within it.
 */
export function scoreQualitative(
  weight: Decimal,
  level: CellInput,
  ratio?: CellInput,
): Outcome<QualitativeScore> {
  if (weight.isNegative()) return fail("number", "权重（分值）不能为负数", "the weight must not be negative");
  const tier = typeof level === "string" ? parseTier(level) : undefined;
  const levelRatio = tier ? undefined : readRatio(level);
  if (!tier && levelRatio === undefined) {
    return fail(
      "value",
      `无法识别完成档次“${String(level ?? "")}”：应为 达成 / 部分达成 / 未达成 或 0 到 1 的比例`,
      `cannot read level "${String(level ?? "")}": expected 达成 / 部分达成 / 未达成 or a ratio 0–1`,
    );
  }
  let share = levelRatio;
  if (!blank(ratio)) {
    share = readRatio(ratio);
    if (share === undefined)
      return fail("value", `得分比例“${String(ratio)}”不是数值`, `ratio "${String(ratio)}" is not a number`);
  }
  if (share === undefined) {
    const t = tier as Tier;
    return ok({ score: weight.times(TIERS[t].point), ratio: TIERS[t].point, tier: t });
  }
  if (share.isNegative() || share.gt(1)) {
    return fail(
      "number",
      `得分比例 ${share.toString()} 应在 0 到 1（0% 到 100%）之间`,
      `ratio ${share.toString()} must lie between 0 and 1`,
    );
  }
  const shareTier = tierOfRatio(share);
  // The ratio must lie in the level's tier, also when the level is itself a ratio (0.6 is 部分达成).
  const levelTier = tier ?? (levelRatio && tierOfRatio(levelRatio));
  if (levelTier && shareTier !== levelTier) {
    const b = TIERS[levelTier];
    const range = `${b.min.times(100).toString()}% 到 ${b.max.times(100).toString()}%${b.maxInclusive ? "" : "（不含）"}`;
    return fail(
      "number",
      `比例 ${share.times(100).toString()}% 不在“${levelTier}”档（${range}）内`,
      `ratio ${share.toString()} lies outside the tier ${levelTier}`,
    );
  }
  return ok({ score: weight.times(share), ratio: share, tier: shareTier });
}
