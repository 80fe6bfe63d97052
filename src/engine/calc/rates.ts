import Decimal from "decimal.js";
import { Money, ZERO } from "../decimal";
import { fail, Outcome, ok } from "./outcome";

/** Rates and shares (domain §5), as fractions (1 = 100%), unrounded unless said otherwise. */

/** 执行率 / 完成率 = 决算 (执行数) ÷ 预算. */
export function executionRate(actual: Decimal, budget: Decimal): Outcome<Decimal> {
  if (budget.isZero())
    return fail("divisionByZero", "预算数为 0，无法计算执行率", "the budget is zero: no execution rate");
  return ok(actual.dividedBy(budget));
}

/** 占比 = part ÷ total. */
export function share(part: Decimal, total: Decimal): Outcome<Decimal> {
  if (total.isZero())
    return fail("divisionByZero", "合计（分母）为 0，无法计算占比", "the total is zero: no share");
  return ok(part.dividedBy(total));
}

/**
 * Shares of their own sum, each rounded to `digits` decimals of a percent, adding up to exactly 100%
 * (largest-remainder method: every share is rounded down, then the units still missing go to the
 * largest remainders; ties go to the earlier amount). Hand rounding of the seed's four 类 gives 100.01%.
 * Worked in exact integers (BigInt at the amounts' common scale), which is exact and fast.
 */
export function sharesToHundred(amounts: Decimal[], digits: number): Outcome<Decimal[]> {
  const negative = amounts.findIndex((a) => a.isNegative());
  if (negative >= 0) {
    return fail(
      "number",
      `第 ${negative + 1} 个金额为负数，无法按占比分配`,
      `amount ${negative + 1} is negative`,
    );
  }
  const scale = Math.max(0, ...amounts.map((a) => a.decimalPlaces()));
  const scaled = amounts.map((a) => BigInt(a.toFixed(scale).replace(".", "")));
  const total = scaled.reduce((t, a) => t + a, 0n);
  if (total === 0n)
    return fail("divisionByZero", "金额合计为 0，无法计算占比", "the amounts add up to zero: no shares");
  const places = digits + 2;
  const units = 10n ** BigInt(places); // units of the rounded share in one whole (100%)
  const floors = scaled.map((a) => (a * units) / total);
  const remainders = scaled.map((a, i) => a * units - floors[i] * total);
  let missing = units - floors.reduce((t, f) => t + f, 0n);
  const order = remainders
    .map((remainder, i) => ({ i, remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of order) {
    if (missing <= 0n) break;
    floors[i] += 1n;
    missing -= 1n;
  }
  return ok(floors.map((f) => fromUnits(f, places)));
}

/** 8655 units of 0.0001 → 0.8655, written out rather than divided (a decimal division per share is slow). */
function fromUnits(units: bigint, places: number): Decimal {
  const text = units.toString().padStart(places + 1, "0");
  return new Money(`${text.slice(0, -places)}.${text.slice(-places)}`);
}

export type ChangeWord = "增加" | "减少" | "持平";

export interface YearOnYear {
  /** 增减额 = 本年 − 上年. */
  change: Decimal;
  /** 增减率 = 增减额 ÷ 上年 (fraction); null when 上年 is zero. */
  rate: Decimal | null;
  word: ChangeWord;
}

export function yearOnYear(current: Decimal, previous: Decimal): YearOnYear {
  const change = current.minus(previous);
  const rate = previous.isZero() ? null : change.dividedBy(previous.abs());
  const word: ChangeWord = change.gt(ZERO) ? "增加" : change.lt(ZERO) ? "减少" : "持平";
  return { change, rate, word };
}
