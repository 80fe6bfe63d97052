import Decimal from "decimal.js";
import { defineCheck } from "../catalogue";
import { Money, roundHalfUp } from "../decimal";
import { Direction, gradeOf, readQuantitative, scoreParts } from "../scoring";
import { FindingSink, where } from "./finding";
import { allIndicators } from "./check-weights";
import { compare, sumsExactly } from "./exact";
import { asShown, norm, shownDecimals } from "./text";
import { PerfIndicator, PerfNumber, PerfTable, PerfText } from "./types";

const CAP = defineCheck({
  id: "PERF.score.cap",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：{what}得分 {score}（{address}）超过其分值 {weight} 分",
    en: "{table}: {what} score {score} ({address}) exceeds its weight {weight}",
  },
  describe: { zh: "得分不超过分值", en: "no score above its weight" },
});
const TOTAL = defineCheck({
  id: "PERF.total",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：总分 {total}（{address}）与预算执行得分及各指标得分之和 {expected} 不符{tail}",
    en: "{table}: 总分 {total} ({address}) differs from the sum of the scores, {expected}{tail}",
  },
  describe: { zh: "总分 = 预算执行得分 + 各指标得分", en: "总分 = budget score + indicator scores" },
});
const GRADE = defineCheck({
  id: "PERF.grade",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：评价等级为“{grade}”（{address}），但总分 {total} 对应“{expected}”（优 ≥ 90，良 80–90，中 60–80，差 < 60）",
    en: '{table}: the stated grade "{grade}" ({address}) does not match the total {total}, which is "{expected}"',
  },
  describe: { zh: "评价等级与总分相符", en: "the stated grade matches the 总分" },
});
const QUANT = defineCheck({
  id: "PERF.quant.score",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：定量指标“{name}”目标值 {target}、实际完成值 {result}，按{direction}指标（{formula}，不超过分值）应得 {expected} 分，表中为 {score}（{cells}）",
    en: '{table}: quantitative indicator "{name}" (target {target}, result {result}) scores {expected} by rule ({direction}: {formula}, capped), not {score} ({cells})',
  },
  describe: {
    zh: "定量指标得分按目标值与实际值计算",
    en: "a quantitative score as its target and result give it",
  },
});
const REASON = defineCheck({
  id: "PERF.reason.missing",
  group: "perf",
  severity: "warning",
  messages: {
    zh: "{table}：{what}得分 {score}（{address}）低于分值 {weight} 分，但{missing}",
    en: "{table}: {what} scores {score} ({address}) of {weight} but {missing}",
  },
  describe: { zh: "扣分须说明偏差原因", en: "a lost point needs a reason" },
});

/** PERF.score.cap: no score above its weight (rows and the budget block). */
export function checkCaps(t: PerfTable, sink: FindingSink): void {
  const { weight, score } = t.budget;
  if (weight && score && compare(score, weight) > 0) {
    const what = { zh: "预算执行", en: "budget execution" };
    const params = { what, score: String(score.value), address: score.address, weight: String(weight.value) };
    const numbers = {
      expected: weight.value,
      actual: score.value,
      difference: score.value.minus(weight.value),
    };
    sink.add(CAP, t, params, [score, weight], numbers);
  }
  for (const i of allIndicators(t)) {
    if (!i.weight || !i.score || compare(i.score, i.weight) <= 0) continue;
    const what = { zh: `指标“${i.name}”`, en: `indicator "${i.name}"` };
    const params = {
      what,
      score: String(i.score.value),
      address: i.score.address,
      weight: String(i.weight.value),
    };
    const numbers = {
      expected: i.weight.value,
      actual: i.score.value,
      difference: i.score.value.minus(i.weight.value),
    };
    sink.add(CAP, t, params, [i.score, i.weight], numbers);
  }
}

/** PERF.total: 总分 = budget score + Σ indicator scores. PERF.grade: a stated grade matches 总分. */
export function checkTotal(t: PerfTable, sink: FindingSink, slack: Decimal): void {
  const parts = [
    ...(t.budget.score ? [t.budget.score] : []),
    ...allIndicators(t).flatMap((i) => (i.score ? [i.score] : [])),
  ];
  const { total } = t;
  // Parts that add up to the 总分 to the cent are the common case, and need no intervals.
  if (total && parts.length > 0 && !sumsExactly(total, parts)) {
    // Scores (and the 总分) shown to 0.1 stand for their 0.1 interval: the shown scores of a correct
    // table may then miss the shown 总分 by a rounding difference, never by an error.
    const shownParts = parts.map(asShown);
    const shownTotal = asShown(total);
    sink.addSum(TOTAL, t, shownTotal, shownParts, slack, (c, severity) => ({
      total: String(total.value),
      address: total.address,
      expected: String(c.expected),
      tail: severity === "rounding" ? { zh: "（尾差）", en: " (rounding)" } : "",
    }));
  }
  if (t.grade) {
    const basis = t.total?.value ?? parts.reduce<Decimal>((s, p) => s.plus(p.value), new Money(0));
    const expected = gradeOf(basis);
    if (expected !== t.grade.grade) {
      const params = { grade: t.grade.grade, address: t.grade.address, total: String(basis), expected };
      sink.add(GRADE, t, params, t.total ? [t.grade, t.total] : [t.grade]);
    }
  }
}

/**
 * A stated score stands for `exact` when it is `exact` to the cent, or `exact` rounded to the one
 * decimal the cell shows ("8.6" for 8.571: tables often give scores to 0.1); a whole number must be exact.
 */
function accepts(stated: PerfNumber, exact: Decimal, slack: Decimal): boolean {
  const shown = shownDecimals(stated);
  // Most scores by rule are whole weights (a target met): nothing to round.
  const cents = exact.decimalPlaces() <= 2 ? exact : roundHalfUp(exact, 2);
  return (
    stated.value.eq(cents) ||
    (shown > 0 && stated.value.eq(roundHalfUp(exact, shown))) ||
    stated.value.minus(exact).abs().lte(slack)
  );
}

/**
 * The directions a plain target ("100元/人", no ≥ or ≤) may be read in: 正向 as the rule is written;
 * under 成本指标 (经济成本指标 …) less is better, so 反向 — and both for a rate ("成本节约率 10%").
 */
function plainReadings(i: PerfIndicator): Direction[] {
  if (!/成本/.test(i.level2 || i.level1)) return ["正向"];
  return /%|％/.test(i.target.text) ? ["反向", "正向"] : ["反向"];
}

/**
 * PERF.quant.score: a row whose target and result are both quantities ("≥96%" / "96%", "12000份" /
 * "13922份") is scored by rule; its stated score must be that score (to the cent, or to the 0.1 the
 * cell shows). Rows with words in either cell are qualitative and not recomputed.
 */
export function checkQuantitative(t: PerfTable, sink: FindingSink, slack: Decimal): void {
  for (const i of allIndicators(t)) {
    if (!i.weight || !i.score) continue;
    const { weight, score } = i;
    // A score above its weight is PERF.score.cap's finding, on the same cell: not reported twice.
    if (compare(score, weight) > 0) continue;
    // Read once for both directions; most rows have words in a cell and stop here, before any Decimal.
    const parts = readQuantitative(weight.value, i.target.text, i.result.text);
    if (!parts.ok) continue;
    const readings = plainReadings(i).flatMap((plain) => {
      const q = scoreParts(weight.value, parts.value, plain);
      return q.ok ? [q.value] : [];
    });
    if (readings.length === 0 || readings.some((q) => accepts(score, q.score, slack))) continue;
    const q = readings[0];
    const expected = roundHalfUp(q.score, 2);
    const params = {
      name: i.name,
      target: i.target.text,
      result: i.result.text,
      direction: q.direction,
      formula: q.direction === "正向" ? "权重 × B ÷ A" : "权重 × A ÷ B",
      expected: String(expected),
      score: String(score.value),
      cells: where([score, i.target, i.result]),
    };
    const numbers = { expected, actual: score.value, difference: score.value.minus(expected) };
    sink.add(QUANT, t, params, [score, weight, i.target, i.result], numbers);
  }
}

/**
 * A reason cell filled only to look filled: "无", "/", "—", "暂无", "不适用". A row that lost points and
 * says "无" gives no reason; treating it as one would let the omission pass.
 */
const NO_REASON = /^(无|暂无|没有|无偏差|不适用|\/|[-—–－]+)?$/;

function reasonText(r: PerfText | undefined): string {
  const t = norm(r?.text ?? "");
  return NO_REASON.test(t) ? "" : t;
}

/** PERF.reason.missing: a row (or the budget block) that lost points needs a reason in 偏差原因分析. */
export function checkReasons(t: PerfTable, sink: FindingSink): void {
  const tableReason = reasonText(t.reason);
  const reasonCell = t.reason ? [t.reason] : [];
  const { weight, score } = t.budget;
  // The budget block's reason can only go in the table's 偏差原因分析, where the table has one.
  if (weight && score && compare(score, weight) < 0 && t.reason && tableReason === "") {
    const params = {
      what: { zh: "预算执行", en: "budget execution" },
      score: String(score.value),
      address: score.address,
      weight: String(weight.value),
      missing: {
        zh: "“偏差大或目标未完成原因分析”未填写",
        en: "no reason is given in 偏差大或目标未完成原因分析",
      },
    };
    const numbers = {
      expected: weight.value,
      actual: score.value,
      difference: score.value.minus(weight.value),
    };
    sink.add(REASON, t, params, [score, ...reasonCell], numbers);
  }
  for (const i of allIndicators(t)) {
    if (!i.weight || !i.score || compare(i.score, i.weight) >= 0) continue;
    if (reasonText(i.reason) !== "" || tableReason !== "") continue;
    const params = {
      what: { zh: `指标“${i.name}”`, en: `indicator "${i.name}"` },
      score: String(i.score.value),
      address: i.score.address,
      weight: String(i.weight.value),
      missing: { zh: "未说明偏差原因", en: "no reason for the shortfall is given" },
    };
    const numbers = {
      expected: i.weight.value,
      actual: i.score.value,
      difference: i.score.value.minus(i.weight.value),
    };
    sink.add(REASON, t, params, [i.score, ...(i.reason ? [i.reason] : reasonCell)], numbers);
  }
}
