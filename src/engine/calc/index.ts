/**
 * Calculations behind the custom functions (and reusable by the checks): rollups over coded rows,
 * rates, shares, year-on-year change, exact rounding. Pure; every result is an Outcome.
 */
export { ok, fail, errorText } from "./outcome";
export type { Outcome, CalcError, CalcErrorCode } from "./outcome";
export { decimalOf, readNumber, readDigits } from "./input";
export type { CellInput } from "./input";
export { roundHalfUpTo, yuanToWan } from "./round";
export { ExactSum } from "./exact-sum";
export { executionRate, share, sharesToHundred, yearOnYear } from "./rates";
export type { ChangeWord, YearOnYear } from "./rates";
export { readCodeColumn, readPrefix } from "./code-column";
export { rollup, rollupGaps } from "./rollup";
export type { CodedRows } from "./rollup";
export { codeLevel, codeParent, codeEntry } from "./code-info";
export type { CodeListChoice } from "./code-info";
