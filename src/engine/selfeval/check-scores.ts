import Decimal from "decimal.js";
import { Money, roundHalfUp } from "../decimal";
import { Direction, gradeOf, scoreQuantitative } from "../scoring";
import { FindingSink, where } from "./finding";
import { allIndicators } from "./check-weights";
import { asShown, norm, shownDecimals } from "./text";
import { PerfIndicator, PerfNumber, PerfTable, PerfText } from "./types";

/** PERF.score.cap: no score above its weight (rows and the budget block). */
export function checkCaps(t: PerfTable, sink: FindingSink): void {
  const { weight, score } = t.budget;
  if (weight && score && score.value.gt(weight.value)) {
    sink.add(
      "PERF.score.cap",
      "error",
      t,
      {
        zh: `预算执行得分 ${score.value}（${score.address}）超过其分值 ${weight.value} 分`,
        en: `budget execution score ${score.value} (${score.address}) exceeds its weight ${weight.value}`,
      },
      [score, weight],
      { expected: weight.value, actual: score.value, difference: score.value.minus(weight.value) },
    );
  }
  for (const i of allIndicators(t)) {
    if (!i.weight || !i.score || !i.score.value.gt(i.weight.value)) continue;
    sink.add(
      "PERF.score.cap",
      "error",
      t,
      {
        zh: `指标“${i.name}”得分 ${i.score.value}（${i.score.address}）超过其分值 ${i.weight.value} 分`,
        en: `indicator "${i.name}" scores ${i.score.value} (${i.score.address}), above its weight ${i.weight.value}`,
      },
      [i.score, i.weight],
      { expected: i.weight.value, actual: i.score.value, difference: i.score.value.minus(i.weight.value) },
    );
  }
}

/** PERF.total: 总分 = budget score + Σ indicator scores. PERF.grade: a stated grade matches 总分. */
export function checkTotal(t: PerfTable, sink: FindingSink, slack: Decimal): void {
  const parts = [
    ...(t.budget.score ? [t.budget.score] : []),
    ...allIndicators(t).flatMap((i) => (i.score ? [i.score] : [])),
  ];
  const { total } = t;
  if (total && parts.length > 0) {
    // Scores (and the 总分) shown to 0.1 stand for their 0.1 interval: the shown scores of a correct
    // table may then miss the shown 总分 by a rounding difference, never by an error.
    const shownParts = parts.map(asShown);
    const shownTotal = asShown(total);
    sink.addSum("PERF.total", t, shownTotal, shownParts, slack, (c, severity) => ({
      zh: `总分 ${total.value}（${total.address}）与预算执行得分及各指标得分之和 ${c.expected} 不符${severity === "rounding" ? "（尾差）" : ""}`,
      en: `总分 ${total.value} (${total.address}) differs from the sum of the scores, ${c.expected}${severity === "rounding" ? " (rounding)" : ""}`,
    }));
  }
  if (t.grade) {
    const basis = t.total?.value ?? parts.reduce<Decimal>((s, p) => s.plus(p.value), new Money(0));
    const expected = gradeOf(basis);
    if (expected !== t.grade.grade) {
      sink.add(
        "PERF.grade",
        "error",
        t,
        {
          zh: `评价等级为“${t.grade.grade}”（${t.grade.address}），但总分 ${basis} 对应“${expected}”（优 ≥ 90，良 80–90，中 60–80，差 < 60）`,
          en: `the stated grade "${t.grade.grade}" (${t.grade.address}) does not match the total ${basis}, which is "${expected}"`,
        },
        t.total ? [t.grade, t.total] : [t.grade],
      );
    }
  }
}

/**
 * A stated score stands for `exact` when it is `exact` to the cent, or `exact` rounded to the one
 * decimal the cell shows ("8.6" for 8.571: tables often give scores to 0.1); a whole number must be exact.
 */
function accepts(stated: PerfNumber, exact: Decimal, slack: Decimal): boolean {
  const shown = shownDecimals(stated);
  return (
    stated.value.eq(roundHalfUp(exact, 2)) ||
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
    if (score.value.gt(weight.value)) continue;
    const readings = plainReadings(i).flatMap((plain) => {
      const q = scoreQuantitative(weight.value, i.target.text, i.result.text, plain);
      return q.ok ? [q.value] : [];
    });
    if (readings.length === 0 || readings.some((q) => accepts(score, q.score, slack))) continue;
    const q = readings[0];
    const expected = roundHalfUp(q.score, 2);
    const rule = q.direction === "正向" ? "权重 × B ÷ A" : "权重 × A ÷ B";
    sink.add(
      "PERF.quant.score",
      "error",
      t,
      {
        zh: `定量指标“${i.name}”目标值 ${i.target.text}、实际完成值 ${i.result.text}，按${q.direction}指标（${rule}，不超过分值）应得 ${expected} 分，表中为 ${score.value}（${where([score, i.target, i.result])}）`,
        en: `quantitative indicator "${i.name}" (target ${i.target.text}, result ${i.result.text}) scores ${expected} by rule, not ${score.value} (${score.address})`,
      },
      [score, weight, i.target, i.result],
      { expected, actual: score.value, difference: score.value.minus(expected) },
    );
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
  if (weight && score && score.value.lt(weight.value) && t.reason && tableReason === "") {
    sink.add(
      "PERF.reason.missing",
      "warning",
      t,
      {
        zh: `预算执行得分 ${score.value}（${score.address}）低于分值 ${weight.value} 分，但“偏差大或目标未完成原因分析”未填写`,
        en: `budget execution scores ${score.value} (${score.address}) of ${weight.value} but no reason is given in 偏差大或目标未完成原因分析`,
      },
      [score, ...reasonCell],
      { expected: weight.value, actual: score.value, difference: score.value.minus(weight.value) },
    );
  }
  for (const i of allIndicators(t)) {
    if (!i.weight || !i.score || !i.score.value.lt(i.weight.value)) continue;
    if (reasonText(i.reason) !== "" || tableReason !== "") continue;
    sink.add(
      "PERF.reason.missing",
      "warning",
      t,
      {
        zh: `指标“${i.name}”得分 ${i.score.value}（${i.score.address}）低于分值 ${i.weight.value} 分，但未说明偏差原因`,
        en: `indicator "${i.name}" scores ${i.score.value} (${i.score.address}) of ${i.weight.value} but no reason for the shortfall is given`,
      },
      [i.score, ...(i.reason ? [i.reason] : reasonCell)],
      { expected: i.weight.value, actual: i.score.value, difference: i.score.value.minus(i.weight.value) },
    );
  }
}
