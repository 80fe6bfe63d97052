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
  if (!matched) {
    return fail(
      "notAvailable",
      `区域中没有以 ${prefix} 开头的编码`,
      `no code in the range starts with ${prefix}`,
    );
  }
  return ok(total.total());
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
