import Decimal from "decimal.js";
import { CodeDigits, codeDigitsOf, codeText, digitValue, MAX_DIGITS } from "./code-column";
import { ExactSum } from "./exact-sum";
import { CellInput, readNumber } from "./input";
import { fail, Outcome, ok } from "./outcome";

/**
 * Rollups over a coded table (domain §2): a parent's amount is the sum of its children's, so a
 * rollup sums only the leaves (rows with no child in the table); summing every row under a prefix
 * would count a 类 and its 款 and 项 three times. Linear in the rows: each code marks its prefixes.
 */
export interface CodedRows {
  /**
   * Code of each row, as text (null where the row has none: 合计, blanks) or as digits, the way
   * readCodeDigits reads a codes range.
   */
  codes: (string | null)[] | CodeDigits;
  /** Amount cell of each row, as Excel passes it. */
  amounts: CellInput[];
}

function rowCount(codes: CodedRows["codes"]): number {
  return Array.isArray(codes) ? codes.length : codes.length.length;
}

/** Row r's code as text, for a message. */
function codeAt(codes: CodedRows["codes"], r: number): string | null {
  if (Array.isArray(codes)) return codes[r];
  return codes.length[r] === 0 ? null : codeText(codes.length[r], codes.value[r]);
}

function differentRows(rows: CodedRows): Outcome<never> {
  const n = rowCount(rows.codes);
  return fail(
    "value",
    `编码区域有 ${n} 行，金额区域有 ${rows.amounts.length} 行，行数应相同`,
    `codes have ${n} rows but amounts have ${rows.amounts.length}`,
  );
}

function duplicate(code: string | null, first: number, r: number): Outcome<never> {
  return fail(
    "value",
    `编码 ${code} 出现两次（区域第 ${first + 1} 行和第 ${r + 1} 行），无法汇总`,
    `code ${code} appears twice (rows ${first + 1} and ${r + 1})`,
  );
}

function noMatch(prefix: string): Outcome<never> {
  return fail(
    "notAvailable",
    `区域中没有以 ${prefix} 开头的编码`,
    `no code in the range starts with ${prefix}`,
  );
}

/** Adds (or subtracts) row r's amount; a number takes ExactSum's fast path, text is parsed. */
function addAmount(total: ExactSum, rows: CodedRows, r: number, negate = false): Outcome<true> {
  const cell = rows.amounts[r];
  if (typeof cell === "number" && Number.isFinite(cell)) {
    total.addNumber(negate ? -cell : cell);
    return ok(true);
  }
  const code = codeAt(rows.codes, r);
  const amount = readNumber(cell, `第 ${r + 1} 行（${code}）的金额`, `the amount in row ${r + 1} (${code})`);
  if (!amount.ok) return amount;
  total.add(negate ? amount.value.negated() : amount.value);
  return ok(true);
}

/** Σ of the leaf rows whose code starts with `prefix` ("" for every leaf); #N/A when no code does. */
export function rollup(rows: CodedRows, prefix: string): Outcome<Decimal> {
  if (rowCount(rows.codes) !== rows.amounts.length) return differentRows(rows);
  const digits = Array.isArray(rows.codes) ? codeDigitsOf(rows.codes) : rows.codes;
  if (!digits) return rollupByMap(rows.codes as (string | null)[], rows, prefix);
  return inTable(digits, (rowOf) => rollupDigits(digits, rowOf, rows, prefix));
}

/**
 * Row by row: parent − Σ its direct children (the nearest descendants present in the table); null
 * for leaves and rows without a code. 0 where the table adds up.
 */
export function rollupGaps(rows: CodedRows): Outcome<(Decimal | null)[]> {
  if (rowCount(rows.codes) !== rows.amounts.length) return differentRows(rows);
  const digits = Array.isArray(rows.codes) ? codeDigitsOf(rows.codes) : rows.codes;
  if (!digits) return gapsByMap(rows.codes as (string | null)[], rows);
  return inTable(digits, (rowOf) => gapsDigits(digits, rowOf, rows));
}

/*
 * The usual path, in typed arrays: a ROLLUP is recalculated for every cell that uses it, so it builds no
 * Map or Set of strings per call. A code of 1–7 digits is a slot (its digit count's block + its value):
 * one bit per slot says the code was seen (a second sighting is a duplicate), and for codes of 1–6
 * digits (a parent has at most 6) `rowOf` holds the row + 1, so a code finds its nearest ancestor in
 * the table by looking up its prefixes. Both arrays (1.4 + 4.4 MB) are allocated once, and every slot
 * a call sets is set back to 0 before it returns. The loops use only this module's own bindings (an
 * imported one is a getter call per use under CommonJS).
 */
/** First slot of the codes with `l` digits. */
const BLOCK = [0, 0, 10, 110, 1110, 11110, 111110, 1111110, 11111110];
const ALL_SLOTS = BLOCK[MAX_DIGITS + 1];
/** The slots of codes of 1–6 digits, the ones that can be parents. */
const PARENT_SLOTS = BLOCK[MAX_DIGITS];
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
let seen: Uint32Array | undefined;
let rowOf: Int32Array | undefined;

/** Runs `body` with the table's codes entered in `seen` and `rowOf`; a duplicated code is refused. */
function inTable<T>(codes: CodeDigits, body: (rowOf: Int32Array) => Outcome<T>): Outcome<T> {
  const bits = (seen ??= new Uint32Array(Math.ceil(ALL_SLOTS / 32)));
  const rows = (rowOf ??= new Int32Array(PARENT_SLOTS));
  const { length, value } = codes;
  let entered = 0;
  try {
    for (; entered < length.length; entered++) {
      const l = length[entered];
      if (l === 0) continue;
      const slot = BLOCK[l] + value[entered];
      if (bits[slot >>> 5] & (1 << (slot & 31))) {
        let first = 0;
        while (length[first] !== l || value[first] !== value[entered]) first++;
        return duplicate(codeText(l, value[entered]), first, entered);
      }
      bits[slot >>> 5] |= 1 << (slot & 31);
      if (slot < PARENT_SLOTS) rows[slot] = entered + 1;
    }
    return body(rows);
  } finally {
    for (let r = 0; r < entered; r++) {
      if (length[r] === 0) continue;
      const slot = BLOCK[length[r]] + value[r];
      bits[slot >>> 5] = 0;
      if (slot < PARENT_SLOTS) rows[slot] = 0;
    }
  }
}

/** Row of the nearest ancestor of row r's code in the table, or −1. */
function parentRow(codes: CodeDigits, rowOf: Int32Array, r: number): number {
  let p = codes.value[r];
  for (let l = codes.length[r] - 1; l > 0; l--) {
    p = Math.floor(p / 10);
    const row = rowOf[BLOCK[l] + p];
    if (row !== 0) return row - 1;
  }
  return -1;
}

function rollupDigits(
  codes: CodeDigits,
  rowOf: Int32Array,
  rows: CodedRows,
  prefix: string,
): Outcome<Decimal> {
  const { length, value } = codes;
  const n = length.length;
  // Each code marks its nearest ancestor in the table; one marked already has its own ancestors marked.
  const isParent = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    for (let p = parentRow(codes, rowOf, r); p >= 0 && isParent[p] === 0; p = parentRow(codes, rowOf, p)) {
      isParent[p] = 1;
    }
  }
  const want = prefix === "" ? 0 : digitValue(prefix);
  const total = new ExactSum();
  let matched = false;
  for (let r = 0; r < n; r++) {
    const l = length[r];
    if (l === 0 || l < prefix.length) continue;
    if (prefix !== "" && Math.floor(value[r] / POW10[l - prefix.length]) !== want) continue;
    matched = true;
    if (isParent[r] === 1) continue;
    const added = addAmount(total, rows, r);
    if (!added.ok) return added;
  }
  return matched ? ok(total.total()) : noMatch(prefix);
}

/**
 * Each parent's children as linked lists in row order, and the parents taken in the order of their
 * first child's row, so that of several bad amounts the one reported is the one the Map path reports.
 */
function gapsDigits(codes: CodeDigits, rowOf: Int32Array, rows: CodedRows): Outcome<(Decimal | null)[]> {
  const n = codes.length.length;
  const parentOf = new Int32Array(n);
  const firstChild = new Int32Array(n).fill(-1);
  const lastChild = new Int32Array(n);
  const nextChild = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    const p = codes.length[r] === 0 ? -1 : parentRow(codes, rowOf, r);
    parentOf[r] = p;
    if (p < 0) continue;
    if (firstChild[p] < 0) firstChild[p] = r;
    else nextChild[lastChild[p]] = r;
    lastChild[p] = r;
  }
  const gaps: (Decimal | null)[] = new Array<Decimal | null>(n).fill(null);
  for (let r = 0; r < n; r++) {
    const p = parentOf[r];
    if (p < 0 || firstChild[p] !== r) continue;
    const gap = new ExactSum();
    const parent = addAmount(gap, rows, p);
    if (!parent.ok) return parent;
    for (let c = r; c >= 0; c = nextChild[c]) {
      const child = addAmount(gap, rows, c, true);
      if (!child.ok) return child;
    }
    gaps[p] = gap.total();
  }
  return ok(gaps);
}

/*
 * The general path, for codes that are not 1–7 digits (not in the national lists, but not refused):
 * Maps keyed by the codes' text.
 */

/** Each code's row; a duplicated code is refused, naming both rows. */
function rowsByCode(codes: (string | null)[]): Outcome<Map<string, number>> {
  const rowByCode = new Map<string, number>();
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    if (code === null) continue;
    const first = rowByCode.get(code);
    if (first !== undefined) return duplicate(code, first, r);
    rowByCode.set(code, r);
  }
  return ok(rowByCode);
}

/** Codes that have at least one descendant among the table's codes. */
function parentsIn(rowByCode: Map<string, number>): Set<string> {
  const parents = new Set<string>();
  for (const code of rowByCode.keys()) {
    for (let len = code.length - 1; len > 0; len--) {
      const prefix = code.slice(0, len);
      if (parents.has(prefix)) break; // its own ancestors are marked already
      if (rowByCode.has(prefix)) parents.add(prefix);
    }
  }
  return parents;
}

function rollupByMap(codes: (string | null)[], rows: CodedRows, prefix: string): Outcome<Decimal> {
  const byCode = rowsByCode(codes);
  if (!byCode.ok) return byCode;
  const parents = parentsIn(byCode.value);
  const total = new ExactSum();
  let matched = false;
  for (const [code, r] of byCode.value) {
    if (!code.startsWith(prefix)) continue;
    matched = true;
    if (parents.has(code)) continue;
    const added = addAmount(total, rows, r);
    if (!added.ok) return added;
  }
  return matched ? ok(total.total()) : noMatch(prefix);
}

function gapsByMap(codes: (string | null)[], rows: CodedRows): Outcome<(Decimal | null)[]> {
  const byCode = rowsByCode(codes);
  if (!byCode.ok) return byCode;
  const children = new Map<number, number[]>();
  for (const [code, r] of byCode.value) {
    for (let len = code.length - 1; len > 0; len--) {
      const parentRow = byCode.value.get(code.slice(0, len));
      if (parentRow === undefined) continue;
      const list = children.get(parentRow);
      if (list) list.push(r);
      else children.set(parentRow, [r]);
      break;
    }
  }
  const gaps: (Decimal | null)[] = codes.map(() => null);
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
