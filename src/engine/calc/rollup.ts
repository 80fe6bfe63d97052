import Decimal from "decimal.js";
import { ExactSum } from "./exact-sum";
import { CellInput, readNumber } from "./input";
import { fail, Outcome, ok } from "./outcome";

/**
 * Rollups over a coded table (domain §2): a parent's amount is the sum of its children's, so a
 * rollup sums only the leaves (rows with no child in the table); summing every row under a prefix
 * would count a 类 and its 款 and 项 three times. Linear in the rows: each code marks its prefixes.
 */
export interface CodedRows {
  /** Code of each row (null where the row has none: 合计, blanks). */
  codes: (string | null)[];
  /** Amount cell of each row, as Excel passes it. */
  amounts: CellInput[];
}

function checkShape(rows: CodedRows): Outcome<Map<string, number>> {
  if (rows.codes.length !== rows.amounts.length) {
    return fail(
      "value",
      `编码区域有 ${rows.codes.length} 行，金额区域有 ${rows.amounts.length} 行，行数应相同`,
      `codes have ${rows.codes.length} rows but amounts have ${rows.amounts.length}`,
    );
  }
  const rowOf = new Map<string, number>();
  for (let r = 0; r < rows.codes.length; r++) {
    const code = rows.codes[r];
    if (code === null) continue;
    const first = rowOf.get(code);
    if (first !== undefined) {
      return fail(
        "value",
        `编码 ${code} 出现两次（区域第 ${first + 1} 行和第 ${r + 1} 行），无法汇总`,
        `code ${code} appears twice (rows ${first + 1} and ${r + 1})`,
      );
    }
    rowOf.set(code, r);
  }
  return ok(rowOf);
}

/** Adds (or subtracts) row r's amount; a number takes ExactSum's fast path, text is parsed. */
function addAmount(total: ExactSum, rows: CodedRows, r: number, negate = false): Outcome<true> {
  const cell = rows.amounts[r];
  if (typeof cell === "number" && Number.isFinite(cell)) {
    total.addNumber(negate ? -cell : cell);
    return ok(true);
  }
  const code = rows.codes[r];
  const amount = readNumber(cell, `第 ${r + 1} 行（${code}）的金额`, `the amount in row ${r + 1} (${code})`);
  if (!amount.ok) return amount;
  total.add(negate ? amount.value.negated() : amount.value);
  return ok(true);
}

/** Codes that have at least one descendant among the table's codes. */
function parentsIn(rowOf: Map<string, number>): Set<string> {
  const parents = new Set<string>();
  for (const code of rowOf.keys()) {
    for (let len = code.length - 1; len > 0; len--) {
      const prefix = code.slice(0, len);
      if (parents.has(prefix)) break; // its own ancestors are marked already
      if (rowOf.has(prefix)) parents.add(prefix);
    }
  }
  return parents;
}

/** Σ of the leaf rows whose code starts with `prefix` ("" for every leaf); #N/A when no code does. */
export function rollup(rows: CodedRows, prefix: string): Outcome<Decimal> {
  if (rows.codes.length !== rows.amounts.length) return checkShape(rows) as Outcome<never>;
  return rollupDigits(rows, prefix) ?? rollupByMap(rows, prefix);
}

function noMatch(prefix: string): Outcome<never> {
  return fail(
    "notAvailable",
    `区域中没有以 ${prefix} 开头的编码`,
    `no code in the range starts with ${prefix}`,
  );
}

/** The general path, for codes longer than 7 digits (not in the national lists, but not refused). */
function rollupByMap(rows: CodedRows, prefix: string): Outcome<Decimal> {
  const shape = checkShape(rows);
  if (!shape.ok) return shape;
  const parents = parentsIn(shape.value);
  const total = new ExactSum();
  let matched = false;
  for (const [code, r] of shape.value) {
    if (!code.startsWith(prefix)) continue;
    matched = true;
    if (parents.has(code)) continue;
    const added = addAmount(total, rows, r);
    if (!added.ok) return added;
  }
  return matched ? ok(total.total()) : noMatch(prefix);
}

/*
 * The usual path, in typed arrays: a ROLLUP is recalculated for every cell that uses it, so it builds no
 * Map or Set of strings per call. A code of 1–7 digits is a slot (its digit count's block + its value):
 * one bit per slot says the code was seen (a second sighting is a duplicate), and one byte per slot of
 * 1–6 digits (a parent has at most 6) says 1 = in the table, 2 = has a descendant in it. Both arrays
 * (1.4 + 1.1 MB) are allocated once and set back to 0 before returning.
 */
const MAX_DIGITS = 7;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
/** First slot of the codes with `l` digits. */
const BLOCK = [0, 0, 10, 110, 1110, 11110, 111110, 1111110, 11111110];
let seen: Uint32Array | undefined;
let marks: Uint8Array | undefined;

/** Value of a code of 1–7 digits, or −1. */
function digitValue(code: string): number {
  if (code.length < 1 || code.length > MAX_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < code.length; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** undefined when a code is not 1–7 digits (the general path takes it). */
function rollupDigits(rows: CodedRows, prefix: string): Outcome<Decimal> | undefined {
  const bits = (seen ??= new Uint32Array(Math.ceil(BLOCK[MAX_DIGITS + 1] / 32)));
  const slots = (marks ??= new Uint8Array(BLOCK[MAX_DIGITS]));
  const n = rows.codes.length;
  const lengths = new Uint8Array(n); // 0: no code
  const values = new Int32Array(n);
  let parsed = 0;
  try {
    for (; parsed < n; parsed++) {
      const code = rows.codes[parsed];
      if (code === null) continue;
      const v = digitValue(code);
      if (v < 0) return undefined;
      const slot = BLOCK[code.length] + v;
      if (bits[slot >>> 5] & (1 << (slot & 31))) return checkShape(rows) as Outcome<never>; // names both rows
      bits[slot >>> 5] |= 1 << (slot & 31);
      lengths[parsed] = code.length;
      values[parsed] = v;
      if (code.length < MAX_DIGITS) slots[slot] = 1;
    }
    // Each code marks its nearest ancestors in the table; an ancestor marked already has its own marked.
    for (let r = 0; r < n; r++) {
      let p = values[r];
      for (let l = lengths[r] - 1; l > 0; l--) {
        p = Math.floor(p / 10);
        const slot = BLOCK[l] + p;
        if (slots[slot] === 2) break;
        if (slots[slot] === 1) slots[slot] = 2;
      }
    }
    const want = prefix === "" ? 0 : digitValue(prefix);
    const total = new ExactSum();
    let matched = false;
    for (let r = 0; r < n; r++) {
      const l = lengths[r];
      if (l === 0 || l < prefix.length) continue;
      if (prefix !== "" && Math.floor(values[r] / POW10[l - prefix.length]) !== want) continue;
      matched = true;
      if (l < MAX_DIGITS && slots[BLOCK[l] + values[r]] === 2) continue;
      const added = addAmount(total, rows, r);
      if (!added.ok) return added;
    }
    return matched ? ok(total.total()) : noMatch(prefix);
  } finally {
    for (let r = 0; r < parsed; r++) {
      if (lengths[r] === 0) continue;
      const slot = BLOCK[lengths[r]] + values[r];
      bits[slot >>> 5] = 0;
      if (lengths[r] < MAX_DIGITS) slots[slot] = 0;
    }
  }
}

/**
 * Row by row: parent − Σ its direct children (the nearest descendants present in the table); null
 * for leaves and rows without a code. 0 where the table adds up.
 */
export function rollupGaps(rows: CodedRows): Outcome<(Decimal | null)[]> {
  const shape = checkShape(rows);
  if (!shape.ok) return shape;
  const rowOf = shape.value;
  const children = new Map<number, number[]>();
  for (const [code, r] of rowOf) {
    for (let len = code.length - 1; len > 0; len--) {
      const parentRow = rowOf.get(code.slice(0, len));
      if (parentRow === undefined) continue;
      const list = children.get(parentRow);
      if (list) list.push(r);
      else children.set(parentRow, [r]);
      break;
    }
  }
  const gaps: (Decimal | null)[] = rows.codes.map(() => null);
  for (const [parentRow, childRows] of children) {
    const gap = new ExactSum();
    const parent = addAmount(gap, rows, parentRow);
    if (!parent.ok) return parent;
    for (const r of childRows) {
      const child = addAmount(gap, rows, r, true);
      if (!child.ok) return child;
    }
    gaps[parentRow] = gap.total();
  }
  return ok(gaps);
}
