import { decimalsOf, Money, scaledInteger } from "../decimal";
import { parseAmountText } from "../amount";
import { CellRef, RawValue } from "../model";
import { PerfInvalid, PerfNumber } from "./types";
import { normalise } from "../text";

/**
 * Text helpers for 自评表 cells: the tables are typed by hand and pasted from Word, so labels come with
 * stray spaces, full-width brackets and weights written into the names ("数量指标（10 分）").
 */

const NEEDS_NORM = /[\s\u3000\uff01-\uff5e]/;

/** The cell's text normalised (../text.ts); most cells need nothing, and skip both scans. */
export function norm(text: string): string {
  return NEEDS_NORM.test(text) ? normalise(text) : text;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** "(2 分)" anywhere in a name. */
const WEIGHT_IN_NAME = new RegExp(String.raw`\(${NUMBER}分\)`);
/** The whole cell is a weight: "45 分", "20分". */
const WEIGHT_ONLY = new RegExp(String.raw`^${NUMBER}分$`);
/** A rate cell: "100.00%". */
const PERCENT = new RegExp(String.raw`^${NUMBER}%$`);
/** "得分（20 分*执行率）". */
const WEIGHT_TIMES_RATE = new RegExp(String.raw`${NUMBER}分[*×xX]执行率`);

/** A name and the weight written inside it: "数量指标（10 分）" → 数量指标, "10". */
export function splitWeight(text: string): { name: string; weight?: string } {
  const t = norm(text);
  const m = t.includes("分)") ? WEIGHT_IN_NAME.exec(t) : null;
  if (!m) return { name: t };
  return { name: (t.slice(0, m.index) + t.slice(m.index + m[0].length)).trim(), weight: m[1] };
}

/** "45 分" → "45"; undefined when the cell says anything else. */
export function weightOnly(text: string): string | undefined {
  return WEIGHT_ONLY.exec(norm(text))?.[1];
}

/** The budget block's weight from "预算执行情况（万元）(20 分)" or "得分（20 分*执行率）". */
export function budgetWeightIn(text: string): string | undefined {
  const t = norm(text);
  if (!t.includes("分")) return undefined;
  return WEIGHT_TIMES_RATE.exec(t)?.[1] ?? (t.includes("预算执行") ? WEIGHT_IN_NAME.exec(t)?.[1] : undefined);
}

/** A weight given as text in a cell, as a PerfNumber at that cell (weights are exact to 0.01). */
export function weightNumber(ref: CellRef, digits: string, text: string): PerfNumber {
  return number(ref, new Money(digits), Math.max(decimalsOf(digits), 2), text, centsOf(digits));
}

/** Digits as a weight or score is written ("-12.5"): nothing that Number() would read differently. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The written number × 100 as an exact integer, or undefined (PerfNumber.cents). */
export function centsOf(digits: string): number | undefined {
  return PLAIN_NUMBER.test(digits) ? scaledInteger(digits, decimalsOf(digits), 2) : undefined;
}

/*
 * Fields spelled out, not `{ ...ref, value }`: an object spread followed by more properties costs
 * microseconds, and these run for every indicator cell. `file` is kept when the ref has one.
 */
function number(ref: CellRef, value: Money, decimals: number, text: string, cents?: number): PerfNumber {
  return ref.file === undefined
    ? { sheet: ref.sheet, address: ref.address, value, decimals, text, cents }
    : { sheet: ref.sheet, address: ref.address, file: ref.file, value, decimals, text, cents };
}

function invalidCell(ref: CellRef, text: string, what: string): PerfInvalid {
  return ref.file === undefined
    ? { sheet: ref.sheet, address: ref.address, text, what }
    : { sheet: ref.sheet, address: ref.address, file: ref.file, text, what };
}

/**
 * A score, weight or amount cell. Scores are shown with up to 2 decimals, so "4" stands for 4.00: a
 * disagreement beyond 0.005 is not rounding. Blank → undefined; text that is no number → invalid.
 */
export function readNumberCell(
  ref: CellRef,
  raw: RawValue,
  text: string,
  what: string,
): PerfNumber | PerfInvalid | undefined {
  const shown = text !== "" ? text : raw === null ? "" : String(raw);
  const t = norm(shown);
  const digits = t.endsWith("分") ? t.slice(0, -1) : t;
  const parsed = parseAmountText(digits);
  if (parsed.kind === "blank") return undefined;
  if (parsed.kind === "number") {
    // The value is Money(written) when the text is plain digits: then its cents are the written ones.
    return number(ref, parsed.value, Math.max(parsed.decimals, 2), shown, centsOf(digits));
  }
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const value = new Money(String(raw));
    return number(ref, value, Math.max(value.decimalPlaces(), 2), shown);
  }
  return invalidCell(ref, shown, what);
}

/** A 执行率 cell in percent: "100.00%" → 100 (2 decimals); a bare fraction 0.9999 → 99.99. */
export function readRateCell(
  ref: CellRef,
  raw: RawValue,
  text: string,
): PerfNumber | PerfInvalid | undefined {
  const shown = text !== "" ? text : raw === null ? "" : String(raw);
  const t = norm(shown);
  if (t === "") return undefined;
  const m = PERCENT.exec(t);
  if (m) return number(ref, new Money(m[1]), decimalsOf(m[1]), shown);
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const value = new Money(String(raw)).times(100);
    return number(ref, value, value.decimalPlaces(), shown);
  }
  return invalidCell(ref, shown, "执行率");
}

/** Decimals a number cell shows: "8.6" → 1, "9.79" → 2, "10" → 0 (PerfNumber.decimals is at least 2). */
export function shownDecimals(n: PerfNumber): number {
  return /\.(\d+)/.exec(norm(n.text))?.[1].length ?? 0;
}

/**
 * A score as its cell shows it: one shown to 0.1 ("8.6" for 8.571, a formula cell formatted "0.0") stands
 * for its 0.1 interval; otherwise it keeps at least 2 decimals (a whole "4" is 4.00, see readNumberCell).
 */
export function asShown(n: PerfNumber): PerfNumber {
  return shownDecimals(n) === 1 ? { ...n, decimals: 1 } : n;
}

export function isInvalid(v: PerfNumber | PerfInvalid | undefined): v is PerfInvalid {
  return v !== undefined && "what" in v;
}

const GRADES: [RegExp, string][] = [
  [/^(优秀|优)/, "优"],
  [/^(良好|良)/, "良"],
  [/^(中等|中)/, "中"],
  [/^(较差|差)/, "差"],
];

/** "评价等级为“优”", "自评等级：良" → the grade; undefined when the text states none. */
export function gradeIn(text: string): string | undefined {
  const m = /(?:评价|自评|绩效)?等级(?:为|是|:)?["“”「『]?(.{1,2})/.exec(norm(text));
  if (!m) return undefined;
  return GRADES.find(([re]) => re.test(m[1]))?.[1];
}

/** "共设置 40 个绩效指标" or "共设置绩效指标 40 个" → 40. */
export function statedCountIn(text: string): number | undefined {
  const t = norm(text);
  const m = /共设[置定](\d+)个(?:绩效)?指标/.exec(t) ?? /共设[置定](?:绩效)?指标(\d+)个/.exec(t);
  return m ? Number(m[1]) : undefined;
}
