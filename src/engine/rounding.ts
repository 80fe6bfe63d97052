import Decimal from "decimal.js";
import { Money, ZERO } from "./decimal";

/**
 * Rounding semantics of domain §4 (XBRL Calculations 1.1, round-to-nearest): a value published
 * with d decimals stands for the interval [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A blank is an exact zero.
 */
export type Verdict = "exact" | "rounding" | "inconsistent";

export interface Published {
  value: Decimal | null;
  decimals: number;
}

export interface Comparison {
  verdict: Verdict;
  /** What the parts say the total should be. */
  expected: Decimal;
  /** What the total cell says. */
  actual: Decimal;
  /** actual − expected. */
  difference: Decimal;
}

/** ½·10⁻ᵈ by d: computed once, since every comparison of a big table asks for the same few. */
const HALF_UNITS = new Map<number, Decimal>();

/** Half the last published unit: the radius of a value's interval (0 for a blank). */
export function halfUnit(p: Published): Decimal {
  return p.value === null ? ZERO : halfOf(p.decimals);
}

function halfOf(decimals: number): Decimal {
  let half = HALF_UNITS.get(decimals);
  if (!half) HALF_UNITS.set(decimals, (half = new Money(10).pow(-decimals).dividedBy(2)));
  return half;
}

/** Widen every interval by `slack` units of 0.01 (rounding strictness setting); 0 is the rule as written. */
function compareIntervals(
  actual: Published,
  expected: Decimal,
  expectedRadius: Decimal,
  slack: Decimal,
): Comparison {
  const a = actual.value ?? ZERO;
  const difference = a.minus(expected);
  if (difference.isZero()) return { verdict: "exact", expected, actual: a, difference };
  const reach = halfUnit(actual).plus(expectedRadius).plus(slack);
  const verdict: Verdict = difference.abs().lte(reach) ? "rounding" : "inconsistent";
  return { verdict, expected, actual: a, difference };
}

/** total = Σ parts (parts may carry a sign: subtracted parts pass `negate`). */
export function compareSum(
  total: Published,
  parts: { value: Published; negate?: boolean }[],
  slack: Decimal = ZERO,
): Comparison {
  let expected = ZERO;
  // Parts counted by decimals: n parts shown to 0.01 reach n × 0.005, one product instead of n sums.
  const counts: number[] = [];
  for (const p of parts) {
    const v = p.value.value;
    if (v === null) continue;
    expected = p.negate ? expected.minus(v) : expected.plus(v);
    counts[p.value.decimals] = (counts[p.value.decimals] ?? 0) + 1;
  }
  let radius = ZERO;
  counts.forEach((n, decimals) => (radius = radius.plus(halfOf(decimals).times(n))));
  return compareIntervals(total, expected, radius, slack);
}

/** The same quantity shown in two places: left = right. */
export function compareEqual(left: Published, right: Published, slack: Decimal = ZERO): Comparison {
  return compareSum(left, [{ value: right }], slack);
}

/** left ≤ right, under the same intervals: inconsistent only when left's interval lies wholly above. */
export function compareAtMost(left: Published, right: Published, slack: Decimal = ZERO): Comparison {
  const l = left.value ?? ZERO;
  const r = right.value ?? ZERO;
  const difference = l.minus(r);
  if (difference.lte(0)) return { verdict: "exact", expected: r, actual: l, difference };
  const reach = halfUnit(left).plus(halfUnit(right)).plus(slack);
  return { verdict: difference.lte(reach) ? "rounding" : "inconsistent", expected: r, actual: l, difference };
}

/**
 * The same verdicts on exact integers of 分 (AmountCell.fen), for the rulebook's fast path: a big table
 * holds thousands of sums, nearly all of them exact, and these need no Decimal. Radii are halves of
 * 分-multiples, so every figure is an exact double while Σ|amounts| stays a safe integer; undefined where
 * an amount has no `fen` or the sum could leave that range, and the Decimal functions above decide.
 */
export interface FenAmount {
  blank: boolean;
  decimals: number;
  fen?: number;
}

/** ½·10⁻ᵈ 万元 in 分, by d (0…6: a `fen` amount has at most 6 decimals). */
const HALF_FEN = [500000, 50000, 5000, 500, 50, 5, 0.5];

const halfFen = (a: FenAmount) => (a.blank ? 0 : HALF_FEN[a.decimals]);

/** A part of a sum: an absent cell (a row or column the table lacks) is a blank. */
export interface FenPart {
  cell?: FenAmount;
  negate?: boolean;
}

export function fenSumVerdict(
  total: FenAmount,
  parts: readonly FenPart[],
  slackFen: number,
): Verdict | undefined {
  if (total.fen === undefined) return undefined;
  let expected = 0;
  let magnitude = Math.abs(total.fen);
  let reach = halfFen(total) + slackFen;
  for (const { cell: value, negate } of parts) {
    if (!value || value.blank) continue;
    const fen = value.fen;
    if (fen === undefined) return undefined;
    expected = negate ? expected - fen : expected + fen;
    magnitude += Math.abs(fen);
    reach += HALF_FEN[value.decimals];
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined;
  const difference = Math.abs(total.fen - expected);
  return difference === 0 ? "exact" : difference <= reach ? "rounding" : "inconsistent";
}

/** left ≤ right in 分, as compareAtMost. */
export function fenAtMostVerdict(left: FenAmount, right: FenAmount, slackFen: number): Verdict | undefined {
  if (left.fen === undefined || right.fen === undefined) return undefined;
  const difference = left.fen - right.fen;
  if (difference <= 0) return "exact";
  return difference <= halfFen(left) + halfFen(right) + slackFen ? "rounding" : "inconsistent";
}

/** A slack in 万元 as 分, where it is a whole or half 分 (any setting the panel offers). */
export function slackInFen(slack: Decimal): number | undefined {
  const fen = slack.times(1e6);
  return fen.times(2).isInteger() && fen.abs().lt(1e12) ? fen.toNumber() : undefined;
}
