import Decimal from "decimal.js";
import { Money } from "../decimal";
import { PerfNumber } from "./types";

/**
 * Weights and scores compared and added as whole cents (PerfNumber.cents), exactly, where every number
 * has them; by decimal.js otherwise. Each check compares or adds every row's weight and score, and a
 * decimal.js comparison copies its argument: cents make the checks of a table several times cheaper.
 *
 * `Exact` is a sum or a number: a safe integer of cents, or a Decimal once a part had no cents or the
 * cents would leave the safe integers. From the first Decimal on, parts are added by decimal.js in the
 * order given, as a sum of Decimals would be: the results are the very same values.
 */
export type Exact = number | Decimal;

export function exactOf(n: PerfNumber): Exact {
  return n.cents ?? n.value;
}

export function decimalOf(e: Exact): Decimal {
  return typeof e === "number" ? new Money(e).dividedBy(100) : e;
}

export function plus(a: Exact, b: Exact): Exact {
  if (typeof a === "number" && typeof b === "number" && Number.isSafeInteger(a + b)) return a + b;
  return decimalOf(a).plus(decimalOf(b));
}

export function equal(a: Exact, b: Exact): boolean {
  return typeof a === "number" && typeof b === "number" ? a === b : decimalOf(a).eq(decimalOf(b));
}

/** a compared with b: negative, 0 or positive. */
export function compare(a: PerfNumber, b: PerfNumber): number {
  if (a.cents !== undefined && b.cents !== undefined)
    return a.cents < b.cents ? -1 : a.cents > b.cents ? 1 : 0;
  return a.value.cmp(b.value);
}

/** Whether the parts add up to the total exactly, told by cents; false when some number has none. */
export function sumsExactly(total: PerfNumber, parts: readonly PerfNumber[]): boolean {
  if (total.cents === undefined) return false;
  let sum = 0;
  for (const p of parts) {
    if (p.cents === undefined) return false;
    sum += p.cents;
  }
  return Number.isSafeInteger(sum) && sum === total.cents;
}
