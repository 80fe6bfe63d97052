import Decimal from "decimal.js";
import { defineCheck } from "../catalogue";
import { Money, roundHalfUp } from "../decimal";
import { halfUnit, Verdict } from "../rounding";
import { scoreBudget } from "../scoring";
import { compare } from "./exact";
import { FindingSink, money, severityOf } from "./finding";
import { asShown } from "./text";
import { PerfNumber, PerfTable } from "./types";

const HUNDRED = new Money(100);

/**
 * Where a quantity computed from the two amounts can lie when each amount stands for its rounding
 * interval: f is monotone (up in 执行数, down in 预算数), so its extremes sit at the corners.
 */
function reach(budget: PerfNumber, executed: PerfNumber, f: (a: Decimal, b: Decimal) => Decimal): Decimal[] {
  const ha = halfUnit(budget);
  const hb = halfUnit(executed);
  const low = budget.value.plus(ha);
  const high = budget.value.minus(ha);
  if (high.lte(0)) return [];
  return [f(low, executed.value.minus(hb)), f(high, executed.value.plus(hb))];
}

/**
 * exact when the stated value is the computed one at its decimals; rounding when their intervals meet.
 * `range` (two more divisions) is worked out only for a value that is not exact.
 */
function verdictOf(stated: PerfNumber, exact: Decimal, range: () => Decimal[], slack: Decimal): Verdict {
  if (roundHalfUp(exact, stated.decimals).eq(stated.value)) return "exact";
  const h = halfUnit(stated).plus(slack);
  const reached = range();
  const [lo, hi] = reached.length ? reached : [exact, exact];
  return stated.value.plus(h).gte(lo) && stated.value.minus(h).lte(hi) ? "rounding" : "inconsistent";
}

const RATE = defineCheck({
  id: "PERF.budget.rate",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：执行率 {rate}（{address}）与执行数 {executed} ÷ 预算数 {budget} = {expected}% 不符",
    en: "{table}: execution rate {rate} ({address}) differs from 执行数 {executed} ÷ 预算数 {budget} = {expected}%",
  },
  describe: { zh: "执行率 = 执行数 ÷ 预算数", en: "execution rate = 执行数 ÷ 预算数" },
});
const SCORE = defineCheck({
  id: "PERF.budget.score",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：预算执行得分 {score}（{address}）应为 {weight} 分 × 执行率（不超过 {weight} 分）= {expected}",
    en: "{table}: budget execution score {score} ({address}) should be {weight} × execution rate (capped) = {expected}",
  },
  describe: {
    zh: "预算执行得分 = 分值 × 执行率（封顶）",
    en: "budget score = weight × execution rate, capped",
  },
});
const PARTS = defineCheck({
  id: "PERF.budget.parts",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：基本支出总额 {basic} + 项目支出总额 {project} = {expected}，与执行数 {executed}（{address}）不符",
    en: "{table}: 基本支出总额 {basic} + 项目支出总额 {project} = {expected}, not the executed {executed} ({address})",
  },
  describe: { zh: "基本支出总额 + 项目支出总额 = 执行数", en: "基本支出总额 + 项目支出总额 = 执行数" },
});

/**
 * PERF.budget.rate: 执行率 = 执行数 ÷ 预算数. PERF.budget.score: score = weight × 执行率, capped at the
 * weight. PERF.budget.parts (整体): 基本支出总额 + 项目支出总额 = 执行数.
 */
export function checkBudget(t: PerfTable, sink: FindingSink, slack: Decimal): void {
  const { budget, executed, rate, score, weight } = t.budget;
  if (budget && executed && !budget.value.isZero()) {
    const ratePercent = (a: Decimal, b: Decimal) => b.dividedBy(a).times(HUNDRED);
    if (rate) {
      const exact = ratePercent(budget.value, executed.value);
      const severity = severityOf(verdictOf(rate, exact, () => reach(budget, executed, ratePercent), slack));
      if (severity) {
        const expected = roundHalfUp(exact, rate.decimals);
        const params = {
          rate: rate.text,
          address: rate.address,
          executed: executed.text,
          budget: budget.text,
          expected: expected.toFixed(rate.decimals),
        };
        const numbers = { expected, actual: rate.value, difference: rate.value.minus(expected) };
        sink.add(RATE, t, params, [rate, executed, budget], numbers, { severity });
      }
    }
    // A score above its weight is PERF.score.cap's finding, on the same cell: not reported twice.
    if (score && weight && compare(score, weight) <= 0) {
      // A score shown to 0.1 ("9.5" for 9.46) is read at the decimal it shows, as the rows' scores are.
      const stated = asShown(score);
      const scored = scoreBudget(budget.value, executed.value, weight.value);
      if (scored.ok) {
        const capped = (a: Decimal, b: Decimal) =>
          Decimal.min(weight.value, weight.value.times(b).dividedBy(a));
        const severity = severityOf(
          verdictOf(stated, scored.value.score, () => reach(budget, executed, capped), slack),
        );
        if (severity) {
          const expected = roundHalfUp(scored.value.score, score.decimals);
          const params = {
            score: score.value.toString(),
            address: score.address,
            weight: weight.value.toString(),
            expected: expected.toString(),
          };
          const numbers = { expected, actual: score.value, difference: score.value.minus(expected) };
          sink.add(SCORE, t, params, [score, weight, executed, budget], numbers, { severity });
        }
      }
    }
  }
  if (t.kind === "overall" && executed && t.basicTotal && t.projectTotal) {
    const { basicTotal, projectTotal } = t;
    sink.addSum(
      PARTS,
      t,
      executed,
      [basicTotal, projectTotal],
      slack,
      (c) => ({
        basic: basicTotal.text,
        project: projectTotal.text,
        expected: money(c.expected),
        executed: executed.text,
        address: executed.address,
      }),
      money,
    );
  }
}
