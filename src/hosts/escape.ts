/**
 * A text a spreadsheet would run as a formula when written into a cell (or opened from CSV) starts
 * with one of these: = + - @, tab or carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text safe to write into a cell as text: a formula-like text gets a leading apostrophe,
 * Excel's quote prefix, so it is stored and shown as text and never evaluated. Other texts are unchanged.
 */
export function escapeFormulaText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}
