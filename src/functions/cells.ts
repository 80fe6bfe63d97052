import Decimal from "decimal.js";
import { CellInput } from "../engine/calc/input";
import { fail, Outcome, ok } from "../engine/calc/outcome";

/** Adapters between what Excel passes (ranges as arrays of rows) and what the engine reads. */

/** Any value Excel passes for an `any` parameter, as a cell input (objects read as their text). */
export function cellInput(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export function matrix(range: unknown[][] | unknown): CellInput[][] {
  if (!Array.isArray(range)) return [[cellInput(range)]];
  return range.map((row) => (Array.isArray(row) ? row.map(cellInput) : [cellInput(row)]));
}

/** Every cell of a range, row by row. */
export function cellsOf(range: unknown[][] | unknown): CellInput[] {
  return matrix(range).flat();
}

/** A single column (or a single row) of cells; a wider block is an error. */
export function vector(range: unknown[][] | unknown, label: string, labelEn: string): Outcome<CellInput[]> {
  const m = matrix(range);
  if (m.every((row) => row.length === 1)) return ok(m.map((row) => row[0]));
  if (m.length === 1) return ok(m[0]);
  return fail(
    "value",
    `${label}应为一列或一行，现为 ${m.length} 行 × ${m[0].length} 列`,
    `${labelEn} must be one column or one row`,
  );
}

/** Decimal to the number Excel stores: the nearest double of the exact decimal. */
export function toNumber(d: Decimal): number {
  return d.toNumber();
}
