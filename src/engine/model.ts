/**
 * The host-neutral workbook model. Hosts (src/hosts/xlsx for .xlsx files, the Office API in Excel) fill it;
 * the engine reads nothing else. Rows and columns are 0-based and absolute within the sheet.
 */
export type RawValue = string | number | boolean | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** Absolute position of values[0][0] (a host may hand over only the used range). */
  origin: { row: number; col: number };
  /** Rectangular grid of raw values: numbers as numbers, error values as their text ("#REF!"). */
  values: RawValue[][];
  /** Displayed text where the host knows it (same shape as values); absent means "derive from value". */
  texts?: string[][];
  merges: CellRange[];
  /**
   * A1 addresses of formulas saved without a result (a file written by a tool that does not calculate):
   * their cells read as blank, which the checks must say rather than take for an empty amount.
   */
  uncalculated?: string[];
}

export interface Workbook {
  name?: string;
  sheets: Sheet[];
  /** The add-in's state carried in the file (CustomXmlParts), by namespace: decoded JSON. */
  parts?: Record<string, unknown>;
}

/** A cell a finding or a value points at. */
export interface CellRef {
  sheet: string;
  address: string;
  /** Set on a cell of another workbook than the one checked (last year's report). */
  file?: string;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** "AB12" → { row: 11, col: 27 }; undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" (or a single cell) → a range; undefined when malformed. */
export function parseRange(a1: string): CellRange | undefined {
  const [a, b = a] = a1.split(":");
  const s = parseA1(a);
  const e = parseA1(b);
  if (!s || !e) return undefined;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/** Raw value at an absolute position, null outside the grid. */
export function valueAt(sheet: Sheet, row: number, col: number): RawValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

/** Displayed text at an absolute position: the host's text when known, else the raw value as text. */
export function textAt(sheet: Sheet, row: number, col: number): string {
  const t = sheet.texts?.[row - sheet.origin.row]?.[col - sheet.origin.col];
  if (t !== undefined) return t;
  const v = valueAt(sheet, row, col);
  return v === null ? "" : String(v);
}

/** Absolute bounds of the sheet's grid (empty sheet: bottom < top). */
export function sheetBounds(sheet: Sheet): CellRange {
  const height = sheet.values.length;
  let width = 0;
  for (const r of sheet.values) width = Math.max(width, r.length);
  return {
    top: sheet.origin.row,
    left: sheet.origin.col,
    bottom: sheet.origin.row + height - 1,
    right: sheet.origin.col + width - 1,
  };
}
