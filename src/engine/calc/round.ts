import Decimal from "decimal.js";
import { Money } from "../decimal";

/**
 * Half-up rounding (half away from zero, like Excel's ROUND) to `digits` decimals, exactly; negative
 * digits round to tens, hundreds… (ROUNDHALFUP(1250, -2) = 1300).
 */
export function roundHalfUpTo(value: Decimal, digits: number): Decimal {
  if (digits >= 0) return value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  const unit = new Money(10).pow(-digits);
  return value.dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
}

/** 元 → 万元, rounded half-up to `digits` decimals (the published tables' 0.01 万元). */
export function yuanToWan(yuan: Decimal, digits = 2): Decimal {
  return roundHalfUpTo(yuan.dividedBy(10000), digits);
}
