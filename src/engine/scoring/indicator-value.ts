import Decimal from "decimal.js";
import { Money } from "../decimal";
import { CellInput, decimalOf } from "../calc/input";
import { fail, Outcome, ok } from "../calc/outcome";
import { normalise } from "../text";

/**
 * Targets (年初目标值) and results (实际完成值) of a 绩效自评表 as people type them: "≥96%", "≤120分钟",
 * "100元/套", "12000份", "≥ 96 %", "不低于95%", "24小时以内", or plain numbers from cells.
 */
export type Comparator = "≥" | ">" | "≤" | "<" | "=";

/** 正向: more is better (target "≥A" or plain A); 反向: less is better (target "≤A"). */
export type Direction = "正向" | "反向";

export interface IndicatorValue {
  /** The number; a percentage as a fraction ("96%" → 0.96), so it compares with a cell formatted as %. */
  value: Decimal;
  /** "%" for percentages, the unit word otherwise ("分钟", "元/套", "份"), "" for a bare number. */
  unit: string;
  comparator?: Comparator;
  text: string;
}

// Longest words first, so 不超过 is read before 超过 and 大于等于 before 大于.
const PREFIXES: [string, Comparator][] = [
  ["大于或等于", "≥"],
  ["小于或等于", "≤"],
  ["大于等于", "≥"],
  ["小于等于", "≤"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不大于", "≤"],
  ["不多于", "≤"],
  ["至少", "≥"],
  ["至多", "≤"],
  ["最多", "≤"],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  // "达到95%" states the value reached (a result) or the level to reach (a target): a plain value.
  ["达到", "="],
  [">=", "≥"],
  ["=>", "≥"],
  ["<=", "≤"],
  ["=<", "≤"],
  ["≥", "≥"],
  ["≧", "≥"],
  ["≤", "≤"],
  ["≦", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

const SUFFIXES: [string, Comparator][] = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  // "3个工作日内".
  ["内", "≤"],
];

const NUMBER_UNIT = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)([^\d]*)$/;

/** Reads one target or result; an unreadable text ("按合同约定支付", "已支付合同价的 75%") is an error. */
export function parseIndicatorValue(
  input: CellInput,
  label = "指标值",
  labelEn = "value",
): Outcome<IndicatorValue> {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail("number", `${label}不是有限数值`, `${labelEn} is not a finite number`);
    return ok({ value: decimalOf(input), unit: "", text: String(input) });
  }
  if (typeof input === "boolean") {
    return fail(
      "value",
      `${label}是逻辑值 ${input ? "TRUE" : "FALSE"}，不是数值`,
      `${labelEn} is a boolean, not a number`,
    );
  }
  const text = input ?? "";
  let t = normalise(text);
  if (t === "") return fail("value", `${label}为空`, `${labelEn} is blank`);
  let comparator: Comparator | undefined;
  const prefix = PREFIXES.find(([word]) => t.startsWith(word));
  if (prefix) {
    comparator = prefix[1];
    t = t.slice(prefix[0].length);
  }
  const suffix = SUFFIXES.find(([word]) => t.endsWith(word));
  if (suffix) {
    if (comparator && comparator !== suffix[1]) {
      return fail("value", `${label}“${text}”的方向自相矛盾`, `${labelEn} "${text}" says both ≥ and ≤`);
    }
    comparator = suffix[1];
    t = t.slice(0, -suffix[0].length);
  }
  const m = NUMBER_UNIT.exec(t);
  if (!m)
    return fail(
      "value",
      `无法识别${label}“${text}”：应为数值加单位，如“≥96%”“≤120分钟”“12000份”`,
      `cannot read ${labelEn} "${text}": expected a number with a unit, e.g. "≥96%"`,
    );
  const number = new Money(m[1].replace(/,/g, ""));
  const unit = m[2];
  if (unit === "%") return ok({ value: number.dividedBy(100), unit: "%", comparator, text });
  // 5‰ is 0.5%: one unit, so that a ‰ target and a % or plain-fraction result compare.
  if (unit === "‰") return ok({ value: number.dividedBy(1000), unit: "%", comparator, text });
  return ok({ value: number, unit, comparator, text });
}

/** 反向 when the target says ≤ or <; everything else (≥, >, =, a plain value) is 正向. */
export function directionOf(target: IndicatorValue): Direction {
  return target.comparator === "≤" || target.comparator === "<" ? "反向" : "正向";
}
