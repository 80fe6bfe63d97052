/**
 * The text Excel shows for a cell's value under its number format, with numfmt: sections for positive,
 * negative, zero and text, `#,##0,` scaling, literals such as "万元", fractions, percentages, negatives in
 * brackets and dates. Two departures, both on purpose: General shows the number at Excel's 15 significant
 * digits in full (the engine's `numberText`, as the formula bar does) rather than squeezed into a column's
 * width as "1.23457E+11"; and [DBNum1]–[DBNum3] (Chinese numerals: 壹佰贰拾叁), which numfmt does not
 * support, show Arabic digits, which the checks can read as the amount the cell holds.
 */
import { excelNumber, numberText } from "../../engine/amount";
import { format, isDateFormat, isTextFormat, isValidFormat } from "./numfmt";

/** Excel's built-in formats as a Chinese (zh-CN) Excel shows them; ids missing here are General. */
const BUILTIN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"¥"#,##0;"¥"-#,##0',
  6: '"¥"#,##0;[Red]"¥"-#,##0',
  7: '"¥"#,##0.00;"¥"-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"-#,##0.00',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'AM/PM h"时"mm"分"',
  35: 'AM/PM h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0;(#,##0)",
  38: "#,##0;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mm:ss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'AM/PM h"时"mm"分"',
  56: 'AM/PM h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code behind a numFmtId: the workbook's own, else Excel's built-in one. */
export function formatCode(id: number, custom: Map<number, string>): string {
  return custom.get(id) ?? BUILTIN[id] ?? "General";
}

/** How one format code shows values, worked out once per code. */
export interface DisplayFormat {
  /** The code as numfmt reads it; "" for General. */
  code: string;
  /** Numbers under it are dates (and read as ISO dates). */
  date: boolean;
  /** Text values go through its text section (it writes literals around `@`). */
  text: boolean;
}

const OPTIONS = { locale: "zh-CN" };
const cache = new Map<string, DisplayFormat>();

/**
 * [DBNumN] and [$-804]-style locale tags only choose numerals and language; exceljs's "mm-dd-yy" is the
 * built-in short date, and 上午/下午 is Chinese Excel's AM/PM.
 */
function normalise(code: string): string {
  const plain = code
    .replace(/\[DBNum\d\]/gi, "")
    .replace(/\[\$-[0-9A-F]+\]/gi, "")
    .replace(/上午\/下午/g, "AM/PM");
  return /^m{1,2}-d{1,2}-yy$/i.test(plain) ? "yyyy/m/d" : plain;
}

export function displayFormat(code: string): DisplayFormat {
  let found = cache.get(code);
  if (found) return found;
  const plain = normalise(code);
  const general = !plain.trim() || /^general$/i.test(plain.trim());
  if (general || !isValidFormat(plain)) found = { code: "", date: false, text: false };
  else if (isTextFormat(plain)) found = { code: plain, date: false, text: true };
  else {
    const date = isDateFormat(plain);
    found = { code: plain, date, text: !date && plain.split(";").length > 3 };
  }
  // Codes come from files: a long batch must not keep every one it has seen.
  if (cache.size >= 10_000) cache.clear();
  cache.set(code, found);
  return found;
}

/** Padding (`_)`) and fills (`*`) only lay the text out in its column. */
const trimPadding = (text: string) => text.replace(/^ +| +$/g, "");

/**
 * General: the engine's `numberText`, whose decimal.js round trip is the reader's single largest cost per
 * cell; a double whose shortest form has no exponent already reads the same in JavaScript.
 */
function general(value: number): string {
  const n = excelNumber(value);
  const a = Math.abs(n);
  return n === 0 || (a >= 1e-6 && a < 1e21) ? String(n) : numberText(value);
}

export function numberDisplay(value: number, f: DisplayFormat): string {
  if (!f.code || (f.text && !f.code.includes(";"))) return general(value);
  return trimPadding(format(f.code, f.date ? value : excelNumber(value), OPTIONS));
}

export function textDisplay(value: string, f: DisplayFormat): string {
  return f.text ? trimPadding(format(f.code, value, OPTIONS)) : value;
}
