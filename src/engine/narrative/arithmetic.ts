import Decimal from "decimal.js";
import { Money, roundHalfUp, ZERO } from "../decimal";
import { compareEqual, Verdict } from "../rounding";

/**
 * Comparisons at the printed decimals (domain §4): a figure written with d decimals stands for
 * v ± ½·10⁻ᵈ. A narrative may round a table figure further ("45 万元" for 45.00), which is no fault.
 */

export interface Printed {
  value: Decimal | null;
  decimals: number;
}

const half = (decimals: number): Decimal => new Money(10).pow(-decimals).dividedBy(2);

/** roundHalfUp(value, digits).eq(other) for a value that is a Decimal already: no copy of it first. */
const roundsTo = (value: Decimal, digits: number, other: Decimal): boolean =>
  value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).eq(other);

/** A narrative figure against a table value: exact when one is the other rounded to its decimals. */
export function compareFigure(figure: Printed, table: Printed): { verdict: Verdict; difference: Decimal } {
  const n = figure.value ?? ZERO;
  const t = table.value ?? ZERO;
  const difference = n.minus(t);
  const exact =
    figure.decimals <= table.decimals ? roundsTo(t, figure.decimals, n) : roundsTo(n, table.decimals, t);
  return { verdict: exact ? "exact" : compareEqual(figure, table).verdict, difference };
}

/**
 * A percentage written as `printed` against num ÷ den × 100: exact when the quotient rounds to it;
 * a rounding difference when only the operands' own intervals reach it; else inconsistent.
 */
export function compareRatio(
  printed: Printed,
  num: Printed,
  den: Printed,
): { verdict: Verdict; computed: Decimal } | undefined {
  const n = num.value ?? ZERO;
  const d = den.value ?? ZERO;
  if (d.lte(0)) return undefined;
  const computed = n.dividedBy(d).times(100);
  const p = printed.value ?? ZERO;
  if (roundsTo(computed, printed.decimals, p)) return { verdict: "exact", computed };
  const hn = num.value === null ? ZERO : half(num.decimals);
  const hd = den.value === null ? ZERO : half(den.decimals);
  const hp = half(printed.decimals);
  const lo = n.minus(hn).dividedBy(d.plus(hd)).times(100);
  const hi = d.minus(hd).gt(0) ? n.plus(hn).dividedBy(d.minus(hd)).times(100) : computed;
  const meets = lo.lte(p.plus(hp)) && hi.gte(p.minus(hp));
  return { verdict: meets ? "rounding" : "inconsistent", computed };
}

/** A percentage shown at the printed decimals: "4.76". */
export function showPercent(value: Decimal, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}
