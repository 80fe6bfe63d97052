import Decimal from "decimal.js";

/**
 * The one Decimal constructor the project uses for money. Precision is generous (amounts in 元 run to
 * 12+ significant digits) and rounding is half-up, the way the published tables round 元 to 万元.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO = new Money(0);

/** Sum of amounts, exactly. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Digits after the point of a written decimal ("1234.56" → 2). */
export function decimalsOf(digits: string): number {
  const dot = digits.indexOf(".");
  return dot < 0 ? 0 : digits.length - dot - 1;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * A written decimal ("-1234.56", with `decimals` digits after its point) × 10^scale (scale ≤ 6) as an exact
 * safe integer: the fast path's exact amounts (whole 分 of an amount, whole cents of a score). With at most
 * 15 significant digits a double holds the written number within far less than half a unit of its last
 * decimal, so rounding `digits × 10^decimals` gives the very integer written; scaling on multiplies
 * integers. Undefined where the number has more decimals than the scale or more digits than that allows.
 */
export function scaledInteger(digits: string, decimals: number, scale: number): number | undefined {
  const shift = scale - decimals;
  const significant = digits.length - (digits.charCodeAt(0) === 45 ? 1 : 0) - (decimals > 0 ? 1 : 0);
  if (shift < 0 || scale > 6 || significant > 15) return undefined;
  const n = Math.round(Number(digits) * POW10[decimals]) * POW10[shift];
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Round half-up to `digits` decimals, exactly (1.005 → 1.01). */
export function roundHalfUp(value: Decimal.Value, digits: number): Decimal {
  return new Money(value).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
}

/** "1362.3" at 2 decimals → "1,362.30"; negatives keep their sign in front. */
export function formatAmount(value: Decimal, decimals: number): string {
  const [int, frac] = value.abs().toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value.isNegative() && !value.isZero() ? "-" : ""}${grouped}${frac ? "." + frac : ""}`;
}
