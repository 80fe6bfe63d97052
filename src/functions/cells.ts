import Decimal from "decimal.js";
import { excelNumber } from "../engine/amount";
import { CellInput } from "../engine/calc/input";
import { CalcErrorCode, fail, Outcome, ok } from "../engine/calc/outcome";
import { raise } from "./errors";

/** Adapters between what Excel passes (ranges as arrays of rows) and what the engine reads. */

const ERROR_TEXT =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/**
 * The Excel error a value stands for ("#N/A"): an error object as Excel passes it (CustomFunctions.Error,
 * whose code is the error's text), an error the formula evaluator carries ({ error: "#N/A" }), or a
 * cell whose text is an error value. undefined for every other value. Small enough to be inlined where
 * a range is read cell by cell: nearly every cell is a number or a text without "#".
 */
export function errorCodeOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.includes("#") ? errorText(value) : undefined;
  return typeof value === "object" && value !== null ? errorObjectCode(value) : undefined;
}

function errorText(value: string): string | undefined {
  const text = value.trim().toUpperCase();
  return ERROR_TEXT.test(text) ? text : undefined;
}

function errorObjectCode(value: object): string | undefined {
  if (Array.isArray(value)) return undefined;
  const { code, error } = value as { code?: unknown; error?: unknown };
  const text = typeof code === "string" ? code : typeof error === "string" ? error : undefined;
  return text !== undefined && text.trim().startsWith("#") ? text.trim().toUpperCase() : undefined;
}

/** The error an Excel error in an argument passes on: #N/A stays #N/A, #DIV/0! and #NUM! likewise. */
const PASSED_ON: Record<string, CalcErrorCode> = {
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "number",
};

/** Throws the Excel error a value holds, the way Excel passes an error on (=SUM(#N/A) is #N/A). */
export function passOnError(value: unknown, label: string, labelEn: string): void {
  const code = errorCodeOf(value);
  if (code === undefined) return;
  raise(PASSED_ON[code] ?? "value", `${label}为错误值 ${code}`, `${labelEn} is the error ${code}`);
}

/** Any value Excel passes for an `any` parameter, as a cell input (an error as its text, "#N/A"). */
export function cellInput(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return excelNumber(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return errorCodeOf(value) ?? String(value);
}

/** A scalar argument as a cell input; an Excel error in it is passed on. */
export function argument(value: unknown, label: string, labelEn: string): CellInput {
  passOnError(value, label, labelEn);
  return cellInput(value);
}

/** A range's cells read where Excel put them, without copying the range. */
export interface RangeCells {
  rows: number;
  /** The first row's width; 0 for an empty range. */
  width: number;
  /** Cell (r, c) as a cell input; an Excel error in it is passed on, naming its row. */
  at: (r: number, c: number) => CellInput;
  /** Passes on the range's first Excel error, if it holds one. */
  passOnErrors: () => void;
}

/**
 * `name` / `nameEn` label a row in an error's message ("编码区域第 2 行" / "row 2 of the codes"), built
 * only for an error: a ROLLUP reads 10,000 code cells on every recalculation.
 */
export function rangeCells(range: unknown, name: string, nameEn: string): RangeCells {
  const grid: unknown[] = Array.isArray(range) ? range : [[range]];
  const at = (r: number, c: number): CellInput => {
    const row = grid[r];
    const value = Array.isArray(row) ? row[c] : c === 0 ? row : undefined;
    if (errorCodeOf(value) !== undefined)
      passOnError(value, `${name}第 ${r + 1} 行`, `row ${r + 1} of ${nameEn}`);
    return cellInput(value);
  };
  const passOnErrors = () => {
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < (Array.isArray(row) ? row.length : 1); c++) at(r, c);
    }
  };
  const width = grid.length === 0 ? 0 : Array.isArray(grid[0]) ? grid[0].length : 1;
  return { rows: grid.length, width, at, passOnErrors };
}

export function matrix(range: unknown[][] | unknown): CellInput[][] {
  if (!Array.isArray(range)) return [[cellInput(range)]];
  return range.map((row) => (Array.isArray(row) ? row.map(cellInput) : [cellInput(row)]));
}

/** Every cell of a range, row by row. */
export function cellsOf(range: unknown[][] | unknown): CellInput[] {
  return matrix(range).flat();
}

/**
 * A single column (or a single row) of cells; a wider block is an error. One pass into one array: a
 * ROLLUP reads its 10,000-row amounts this way on every recalculation.
 */
export function vector(range: unknown[][] | unknown, label: string, labelEn: string): Outcome<CellInput[]> {
  if (!Array.isArray(range)) return ok([cellInput(range)]);
  const column: CellInput[] = new Array<CellInput>(range.length);
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) column[r] = cellInput(row);
    else if (row.length === 1) column[r] = cellInput(row[0]);
    else if (range.length === 1) return ok(row.map(cellInput));
    else {
      const width = Array.isArray(range[0]) ? range[0].length : 1;
      return fail(
        "value",
        `${label}应为一列或一行，现为 ${range.length} 行 × ${width} 列`,
        `${labelEn} must be one column or one row`,
      );
    }
  }
  return ok(column);
}

/**
 * Decimal to the number Excel stores: the nearest double of the exact decimal. A result beyond the
 * doubles (1e308 ÷ 1e-308) is #NUM!, as in Excel, never Infinity; −0 is 0.
 */
export function toNumber(d: Decimal): number {
  const n = d.toNumber();
  if (!Number.isFinite(n))
    raise("number", "结果超出 Excel 的数值范围", "the result is beyond Excel's number range");
  return n === 0 ? 0 : n;
}
