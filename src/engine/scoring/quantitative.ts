import Decimal from "decimal.js";
import { Money, sum } from "../decimal";
import { CellInput } from "../calc/input";
import { fail, Outcome, ok } from "../calc/outcome";
import {
  Direction,
  directionOf,
  IndicatorReading,
  isNegativeReading,
  readIndicatorValue,
  valueOfReading,
} from "./indicator-value";

/**
 * Quantitative indicator score (domain §6, 财预〔2020〕10号 备注 2):
 * 正向 score = weight × B ÷ A, 反向 score = weight × A ÷ B, never above the weight.
 * Several parts (水电 11 个月 + 燃气 12 个月 against 12 + 12) are summed first and scored once:
 * "定量指标先汇总完成数, 再计算得分" — that is the rule that gives the seed's 4.79 (5 × 23 ÷ 24).
 */
export interface QuantitativeScore {
  /** Unrounded, capped at the weight. */
  score: Decimal;
  /** weight × ratio before the cap. */
  uncapped: Decimal;
  /** B ÷ A (正向) or A ÷ B (反向); null when the divisor is zero and the target is met outright. */
  ratio: Decimal | null;
  direction: Direction;
  capped: boolean;
  /** Σ targets and Σ results, percentages as fractions. */
  target: Decimal;
  actual: Decimal;
  unit: string;
}

/** Every part read (and none negative) before any Decimal is built: most failures are words in a cell. */
function readAll(inputs: CellInput[], label: string, labelEn: string): Outcome<IndicatorReading[]> {
  const readings: IndicatorReading[] = [];
  for (const input of inputs) {
    const read = readIndicatorValue(input, label, labelEn);
    if (!read.ok) return read;
    if (isNegativeReading(read.value)) {
      return fail(
        "number",
        `${label}“${read.value.text}”为负数`,
        `${labelEn} "${read.value.text}" is negative`,
      );
    }
    readings.push(read.value);
  }
  if (readings.length === 0) return fail("value", `${label}为空`, `${labelEn} is blank`);
  return ok(readings);
}

const ONE = new Money(1);

/**
 * One unit for every part; a bare number goes with any unit (a cell formatted as % holds 0.96). A bare
 * number above 10 beside a percentage (96 next to "≥96%") was meant as a percent: refused, not read as 9600%.
 */
function commonUnit(readings: IndicatorReading[]): Outcome<string> {
  let unit = "";
  for (const v of readings) {
    if (v.unit === "" || v.unit === unit) continue;
    if (unit !== "") {
      return fail("value", `单位不一致：“${unit}”与“${v.unit}”`, `units differ: "${unit}" and "${v.unit}"`);
    }
    unit = v.unit;
  }
  if (unit !== "%") return ok(unit);
  // Only bare numbers need their value here; the others are built once, for the sums.
  const bare = readings
    .filter((r) => r.unit === "")
    .map(valueOfReading)
    .find((v) => v.value.gt(10));
  if (bare) {
    return fail(
      "value",
      `“${bare.text}”与百分比并列，请写作“${bare.text}%”或 ${bare.value.dividedBy(100).toString()}`,
      `"${bare.text}" stands beside a percentage: write "${bare.text}%" or ${bare.value.dividedBy(100).toString()}`,
    );
  }
  return ok(unit);
}

/** A quantitative indicator's parts as read: every target and result readable, none negative. */
export interface QuantitativeParts {
  targets: IndicatorReading[];
  actuals: IndicatorReading[];
}

/** The first stage of scoreQuantitative: the weight checked, the parts read (no Decimal built yet). */
export function readQuantitative(
  weight: Decimal,
  targets: CellInput | CellInput[],
  actuals: CellInput | CellInput[],
): Outcome<QuantitativeParts> {
  if (weight.isNegative()) return fail("number", "权重（分值）不能为负数", "the weight must not be negative");
  const t = readAll(Array.isArray(targets) ? targets : [targets], "目标值", "target");
  if (!t.ok) return t;
  const a = readAll(Array.isArray(actuals) ? actuals : [actuals], "实际完成值", "actual value");
  if (!a.ok) return a;
  return ok({ targets: t.value, actuals: a.value });
}

/**
 * `plain` is the direction of a target that states no comparator ("100元/人"): 正向 by the rule as
 * written; a caller that knows the indicator is a cost may ask for 反向.
 */
export function scoreQuantitative(
  weight: Decimal,
  targets: CellInput | CellInput[],
  actuals: CellInput | CellInput[],
  plain: Direction = "正向",
): Outcome<QuantitativeScore> {
  const parts = readQuantitative(weight, targets, actuals);
  return parts.ok ? scoreParts(weight, parts.value, plain) : parts;
}

/** The second stage: the parts, as readQuantitative read them, scored (a caller trying both directions reads once). */
export function scoreParts(
  weight: Decimal,
  { targets, actuals }: QuantitativeParts,
  plain: Direction = "正向",
): Outcome<QuantitativeScore> {
  if (targets.length !== actuals.length) {
    return fail(
      "value",
      `目标值 ${targets.length} 个、实际完成值 ${actuals.length} 个，个数应相同`,
      `${targets.length} targets but ${actuals.length} actual values`,
    );
  }
  const unit = commonUnit([...targets, ...actuals]);
  if (!unit.ok) return unit;
  const directions = new Set(targets.map((v) => (v.comparator === undefined ? plain : directionOf(v))));
  if (directions.size > 1) return fail("value", "目标值中既有“≥”又有“≤”", "targets mix ≥ and ≤");
  const targetValues = targets.map(valueOfReading);
  // A result written as its target ("100%" for "100%", most rows) shares its Decimal.
  const actualNumbers = actuals.map((a, k) =>
    a.number === targets[k].number && a.divisor === targets[k].divisor
      ? targetValues[k].value
      : valueOfReading(a).value,
  );
  const target = sum(targetValues.map((v) => v.value));
  const actual = sum(actualNumbers);
  // A bare target of 0 ("0 件" 重大安全事件) can only mean "none allowed": less is better.
  const bareZero = target.isZero() && targetValues.every((v) => v.comparator === undefined);
  const direction: Direction = bareZero ? "反向" : [...directions][0];
  const [numerator, divisor] = direction === "正向" ? [actual, target] : [target, actual];
  // A zero divisor means the target is met outright: ≥0 by any result, ≤A by a result of 0.
  // Equal parts ("100%" for "100%", the most common row) make a ratio of 1 without a division.
  const ratio = divisor.isZero() ? null : numerator.eq(divisor) ? ONE : numerator.dividedBy(divisor);
  const uncapped = ratio === null ? weight : weight.times(ratio);
  const capped = uncapped.gt(weight);
  return ok({
    score: capped ? weight : uncapped,
    uncapped,
    ratio,
    direction,
    capped,
    target,
    actual,
    unit: unit.value,
  });
}
