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
