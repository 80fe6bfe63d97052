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
