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

/**
 * The words that can start (end) a text, by the code of its first (last) character: a text is tried
 * against few, and no one-letter string is made per text.
 */
function byCode(
  words: [string, Comparator][],
  at: (word: string) => number,
): Map<number, [string, Comparator][]> {
  const map = new Map<number, [string, Comparator][]>();
  // Pushed in order, so each list keeps the longest-first order of the full list.
  for (const entry of words) map.set(at(entry[0]), [...(map.get(at(entry[0])) ?? []), entry]);
  return map;
}
const PREFIX_BY_FIRST = byCode(PREFIXES, (w) => w.charCodeAt(0));
const SUFFIX_BY_LAST = byCode(SUFFIXES, (w) => w.charCodeAt(w.length - 1));

const NUMBER_UNIT = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)([^\d]*)$/;

/**
 * A target or result as read, before its number is a Decimal: scoring reads every part first and builds
 * Decimals only when all are readable (most 自评表 rows have a sentence in one of the two cells).
 */
export interface IndicatorReading {
  /** The number as written, without thousands separators ("12000", "-3", "96"), or a cell's number. */
  number: string | number;
  /** What the written number is divided by: 100 for %, 1000 for ‰. */
  divisor: 1 | 100 | 1000;
  unit: string;
  comparator?: Comparator;
  text: string;
}

/** Reads one target or result; an unreadable text ("按合同约定支付", "已支付合同价的 75%") is an error. */
export function readIndicatorValue(
  input: CellInput,
  label = "指标值",
  labelEn = "value",
): Outcome<IndicatorReading> {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail("number", `${label}不是有限数值`, `${labelEn} is not a finite number`);
    return ok({ number: input, divisor: 1, unit: "", text: String(input) });
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
  const prefix = PREFIX_BY_FIRST.get(t.charCodeAt(0))?.find(([word]) => t.startsWith(word));
  if (prefix) {
    comparator = prefix[1];
    t = t.slice(prefix[0].length);
  }
  const suffix = SUFFIX_BY_LAST.get(t.charCodeAt(t.length - 1))?.find(([word]) => t.endsWith(word));
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
  const number = m[1].includes(",") ? m[1].replace(/,/g, "") : m[1];
  const unit = m[2];
  if (unit === "%") return ok({ number, divisor: 100, unit: "%", comparator, text });
  // 5‰ is 0.5%: one unit, so that a ‰ target and a % or plain-fraction result compare.
  if (unit === "‰") return ok({ number, divisor: 1000, unit: "%", comparator, text });
  return ok({ number, divisor: 1, unit, comparator, text });
}

/** Whether the reading's number is below zero (as its Decimal would say: "-0" is, a cell's −0 is not). */
export function isNegativeReading(r: IndicatorReading): boolean {
  return typeof r.number === "number" ? r.number < 0 : r.number.startsWith("-");
}

/**
 * digits ÷ divisor. Up to 40 characters (Money's precision) the quotient is exact, and the exponent
 * form ("96e-2") builds it without a division; longer numbers are divided, and rounded, as before.
 */
function scaled(digits: string, divisor: 1 | 100 | 1000): Decimal {
  if (divisor === 1) return new Money(digits);
  if (digits.length <= 40) return new Money(`${digits}e-${divisor === 100 ? 2 : 3}`);
  return new Money(digits).dividedBy(divisor);
}

/** The reading's value as a Decimal (a percentage as a fraction). */
export function valueOfReading(r: IndicatorReading): IndicatorValue {
  if (typeof r.number === "number") return { value: decimalOf(r.number), unit: r.unit, text: r.text };
  return { value: scaled(r.number, r.divisor), unit: r.unit, comparator: r.comparator, text: r.text };
}

/** Reads one target or result; an unreadable text ("按合同约定支付", "已支付合同价的 75%") is an error. */
export function parseIndicatorValue(
  input: CellInput,
  label = "指标值",
  labelEn = "value",
): Outcome<IndicatorValue> {
  const r = readIndicatorValue(input, label, labelEn);
  return r.ok ? ok(valueOfReading(r.value)) : r;
}

/** 反向 when the target says ≤ or <; everything else (≥, >, =, a plain value) is 正向. */
export function directionOf(target: Pick<IndicatorValue, "comparator">): Direction {
  return target.comparator === "≤" || target.comparator === "<" ? "反向" : "正向";
}
