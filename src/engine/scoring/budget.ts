import Decimal from "decimal.js";
import { fail, Outcome, ok } from "../calc/outcome";

/**
 * Budget-execution score (domain §6): 执行率 = 执行数 ÷ 预算数, score = weight × 执行率, capped at the
 * weight. The national rule gives it 10 points; the seed's tables use 20.
 */
export const DEFAULT_BUDGET_WEIGHT = 10;

export interface BudgetScore {
  /** 执行率, unrounded (1 = 100%). */
  rate: Decimal;
  /** Unrounded, capped at the weight. */
  score: Decimal;
  capped: boolean;
}

export function scoreBudget(budget: Decimal, executed: Decimal, weight: Decimal): Outcome<BudgetScore> {
  if (weight.isNegative()) return fail("number", "权重（分值）不能为负数", "the weight must not be negative");
  if (budget.isNegative() || executed.isNegative()) {
    return fail("number", "预算数和执行数不能为负数", "budget and executed amounts must not be negative");
  }
  if (budget.isZero())
    return fail("divisionByZero", "预算数为 0，无法计算执行率", "the budget is zero: no execution rate");
  const rate = executed.dividedBy(budget);
  const uncapped = weight.times(rate);
  const capped = uncapped.gt(weight);
  return ok({ rate, score: capped ? weight : uncapped, capped });
}
