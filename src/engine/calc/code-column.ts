import { normaliseCode } from "../codes";
import { CellInput } from "./input";
import { fail, Outcome, ok } from "./outcome";

/**
 * Classification codes read from a column of cells, written in one column ("2010301", 2010301,
 * "2010301 行政运行") or split into 类 / 款 / 项 columns ("201", "03", "01" or 201, 3, 1).
 * In split columns a blank 类 (or 款) repeats the one above, the way merged or sparse templates show it.
 * Rows without a code (合计, blanks, names) have none; digits of a length that is no code are an error.
 *
 * A code is read as numbers, its digit count and its value ("2010301" → 7, 2010301; "01" → 2, 1; the
 * count keeps leading zeros), so that a ROLLUP over 10,000 rows, recalculated for every cell that uses
 * it, builds no string per code. Every classification code fits; longer codes are left to the callers'
 * string paths. The loops over rows use only this module's own bindings: under CommonJS (tsx, which
 * `npm run bench` runs) every use of an imported binding is a getter call.
 */
export const MAX_DIGITS = 7;
/** Whole numbers below it have at most MAX_DIGITS digits. */
const DIGITS_BELOW = 10 ** MAX_DIGITS;

/** A column of codes: `length[r]` digits with value `value[r]`; length 0 is a row without a code. */
export interface CodeDigits {
  length: Uint8Array;
  value: Int32Array;
}

/** Value of a text of 1–7 ASCII digits, or −1 for any other text. */
export function digitValue(code: string): number {
  if (code.length < 1 || code.length > MAX_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < code.length; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Digits of a whole number below 10⁷, as String(n) writes it (0 has one). */
function digitCount(n: number): number {
  let l = 1;
  for (let p = 10; l < MAX_DIGITS && n >= p; p *= 10) l++;
  return l;
}

/** The code's text: `length` digits, leading zeros included. */
export function codeText(length: number, value: number): string {
  return String(value).padStart(length, "0");
}

/** Strings of 1–7 digits (or null) as CodeDigits; undefined when any code is something else. */
export function codeDigitsOf(codes: readonly (string | null)[]): CodeDigits | undefined {
  const length = new Uint8Array(codes.length);
  const value = new Int32Array(codes.length);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    if (code === null) continue;
    const v = digitValue(code);
    if (v < 0) return undefined;
    length[r] = code.length;
    value[r] = v;
  }
  return { length, value };
}

/** 类, 款 and 项 codes have 3, 5 and 7 digits. */
function isCodeLength(l: number): boolean {
  return l === 3 || l === 5 || l === 7;
}

/**
 * The leading digits of a cell ("2010301 行政运行" → "2010301"); null when the cell has none, undefined
 * for a number that is no code (201.5, −201). No result object per cell: the split columns read three.
 */
function leadingDigits(input: CellInput): string | null | undefined {
  if (input === null || input === undefined || input === "" || typeof input === "boolean") return null;
  if (typeof input === "number") {
    // From 10²¹ on String() writes an exponent ("1e+21"), which no code is.
    return Number.isInteger(input) && input >= 0 && input < 1e21 ? String(input) : undefined;
  }
  if (digitValue(input) >= 0 || /^\d+$/.test(input)) return input; // the usual case, without normalising
  const m = /^(\d+)(\D.*)?$/.exec(normaliseCode(input.trim()));
  return m ? m[1] : null;
}

function notACode(input: CellInput, row: number) {
  return fail(
    "value",
    `编码区域第 ${row + 1} 行“${input}”不是编码`,
    `row ${row + 1}: ${input} is not a code`,
  );
}

function badLength(code: string, row: number) {
  return fail(
    "value",
    `编码区域第 ${row + 1} 行“${code}”不是类（3 位）、款（5 位）或项（7 位）编码`,
    `row ${row + 1}: "${code}" is not a 3-, 5- or 7-digit code`,
  );
}

/** A 款 or 项 part: "03", 3 → "03"; a full code that already carries its parent is kept as is. */
function part(digits: string, parent: string): string {
  if (digits.length <= 2) return digits.padStart(2, "0");
  return digits.startsWith(parent) ? digits.slice(parent.length) : digits;
}

/**
 * The codes range as Excel passes it, `rows` rows of `width` cells (1 or 3), each read through `cellAt`
 * so that a host hands over its own arrays without copying them. Each row's code as digits.
 */
export function readCodeDigits(
  rows: number,
  width: number,
  cellAt: (row: number, column: number) => CellInput,
): Outcome<CodeDigits> {
  if (width !== 1 && width !== 3) {
    return fail(
      "value",
      `编码区域应为 1 列（完整编码）或 3 列（类、款、项），现为 ${width} 列`,
      `codes must be 1 column (full codes) or 3 columns (类, 款, 项); got ${width}`,
    );
  }
  const codes: CodeDigits = { length: new Uint8Array(rows), value: new Int32Array(rows) };
  return (width === 1 ? readFullCodes(codes, cellAt) : readSplitCodes(codes, cellAt)) ?? ok(codes);
}

/** One column of full codes; undefined when every row reads. */
function readFullCodes(codes: CodeDigits, cellAt: (row: number, column: number) => CellInput) {
  for (let r = 0; r < codes.length.length; r++) {
    const cell = cellAt(r, 0);
    let l: number;
    let v = -1;
    // The usual cells, a whole number or a text of digits, are read without a string in between.
    if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0 && cell < DIGITS_BELOW) {
      v = cell;
      l = digitCount(cell);
    } else if (typeof cell === "string" && (v = digitValue(cell)) >= 0) {
      l = cell.length;
    } else {
      const d = leadingDigits(cell);
      if (d === undefined) return notACode(cell, r);
      if (d === null) continue;
      if (d.length > MAX_DIGITS) return badLength(d, r);
      l = d.length;
      v = digitValue(d);
    }
    if (!isCodeLength(l)) return badLength(codeText(l, v), r);
    codes.length[r] = l;
    codes.value[r] = v;
  }
  return undefined;
}

/** 类 / 款 / 项 columns; undefined when every row reads. */
function readSplitCodes(codes: CodeDigits, cellAt: (row: number, column: number) => CellInput) {
  let lastClass = "";
  let lastSection = "";
  for (let r = 0; r < codes.length.length; r++) {
    const classCell = cellAt(r, 0);
    const sectionCell = cellAt(r, 1);
    const itemCell = cellAt(r, 2);
    const cls = leadingDigits(classCell);
    if (cls === undefined) return notACode(classCell, r);
    const section = leadingDigits(sectionCell);
    if (section === undefined) return notACode(sectionCell, r);
    const item = leadingDigits(itemCell);
    if (item === undefined) return notACode(itemCell, r);
    if (cls === null && section === null && item === null) continue;
    let code: string;
    if (cls !== null && section === null && item === null && cls.length > 3) {
      // A full code in the 类 column (some rows of split templates carry the whole code).
      code = cls;
    } else {
      const c = cls ?? lastClass;
      if (c.length !== 3) return badLength(cls ?? `?${section ?? ""}${item ?? ""}`, r);
      code = c;
      if (section !== null || item !== null) {
        const s = section !== null ? part(section, c) : cls === null ? lastSection : "";
        if (s.length !== 2) return badLength(`${c}${s}${item ?? ""}`, r);
        code = c + s;
        if (item !== null) code += part(item, code);
        lastSection = s;
      } else {
        lastSection = "";
      }
      lastClass = c;
    }
    if (!isCodeLength(code.length)) return badLength(code, r);
    codes.length[r] = code.length;
    codes.value[r] = digitValue(code);
  }
  return undefined;
}

/** `rows` is the codes range as Excel passes it: one row per table row, 1 or 3 columns. */
export function readCodeColumn(rows: CellInput[][]): Outcome<(string | null)[]> {
  const read = readCodeDigits(rows.length, rows[0]?.length ?? 0, (r, c) => rows[r][c]);
  if (!read.ok) return read;
  const { length, value } = read.value;
  return ok(Array.from(length, (l, r) => (l === 0 ? null : codeText(l, value[r]))));
}

/** A prefix argument: "201", 201, "201 03"; "" means every code. */
export function readPrefix(input: CellInput): Outcome<string> {
  if (input === null || input === undefined || input === "") return ok("");
  const text = String(input);
  const code = typeof input === "number" ? text : normaliseCode(text.trim());
  if (!/^\d{1,7}$/.test(code)) {
    return fail("value", `“${text}”不是编码或编码前缀`, `"${text}" is not a code or code prefix`);
  }
  return ok(code);
}
