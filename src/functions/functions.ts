/**
 * 决算助手 custom functions, namespace JUESUAN (=JUESUAN.ROLLUP(A5:A40, C5:C40, "201")).
 * Each is a thin wrapper over src/engine: arguments in, an engine Outcome, numbers back to Excel only at
 * the end. Errors are thrown as Excel errors (#VALUE!, #N/A, #DIV/0!, #NUM!), never a wrong number.
 * functions.json (English help) is generated from these JSDoc blocks at build time, and
 * functions.zh-CN.json from them with the Chinese help in help.zh-CN.json (scripts/functions-metadata.js).
 * Amounts are passed as Excel's own functions take them: the value first, then its base
 * (EXECRATE(actual, budget), SHARE(part, total), BUDGETSCORE(executed, budget), YOY(current, previous)).
 */
import { readDigits, readNumber } from "../engine/calc/input";
import { fail } from "../engine/calc/outcome";
import { executionRate, share, sharesToHundred, yearOnYear } from "../engine/calc/rates";
import { roundHalfUpTo, yuanToWan } from "../engine/calc/round";
import { readCodeColumn, readCodeDigits, readPrefix } from "../engine/calc/code-column";
import { CodedRows, rollup as rollupCodes, rollupGaps } from "../engine/calc/rollup";
import { codeEntry, codeLevel, codeParent, CodeListChoice } from "../engine/calc/code-info";
import {
  DEFAULT_BUDGET_WEIGHT,
  gradeOf,
  scoreBudget,
  scoreQualitative,
  scoreQuantitative,
} from "../engine/scoring";
import { argument, cellInput, cellsOf, matrix, passOnError, rangeCells, toNumber, vector } from "./cells";
import { customFunctionsRuntime, excelError, raise, unwrap } from "./errors";

/** Shares and rates come back as fractions (1 = 100%) rounded to `digits` decimals of a percent. */
const PERCENT_DIGITS = 2;
const SCORE_DIGITS = 2;

/**
 * The codes range read straight from Excel's arrays into digits and the amounts into one column: ROLLUP
 * runs for every cell that uses it, over every row, so nothing is copied per row.
 */
function codedRows(codes: any, amounts: any): CodedRows {
  // A code cell holding an error (a failed lookup) is passed on, not read as a row without a code and
  // left out, and before any fault of the codes themselves: the cells after a fault are checked too.
  const cells = rangeCells(codes, "编码区域", "the codes");
  const read = readCodeDigits(cells.rows, cells.width, cells.at);
  if (!read.ok) cells.passOnErrors();
  return { codes: unwrap(read), amounts: unwrap(vector(amounts, "金额区域", "amounts")) };
}

/** One code as a code column reads it ("2010301", 2010301, "2010301 行政运行"). */
function codeText(value: any): string {
  passOnError(value, "编码", "the code");
  const read = readCodeColumn([[cellInput(value)]]);
  const code = read.ok ? read.value[0] : null;
  if (code !== null) return code;
  const text = String(value ?? "");
  return raise(
    "value",
    `“${text}”不是类（3 位）、款（5 位）或项（7 位）编码`,
    `"${text}" is not a 3-, 5- or 7-digit code`,
  );
}

/**
 * Sums the leaf rows under a function or economic code prefix, never counting a parent and its children twice.
 * @customfunction ROLLUP
 * @param codes Codes: one column of full codes, or three columns 类, 款, 项.
 * @param amounts Amounts: one column, as many rows as the codes.
 * @param [prefix] Code prefix such as "201"; omitted or an empty text sums every leaf row.
 * @returns Sum of the leaf rows.
 */
export function rollup(codes: any[][], amounts: any[][], prefix?: any): number {
  const rows = codedRows(codes, amounts);
  return toNumber(unwrap(rollupCodes(rows, unwrap(readPrefix(argument(prefix, "编码前缀", "the prefix"))))));
}

/**
 * Row by row: parent − Σ children (0 where the table adds up, blank for leaves).
 * @customfunction ROLLUPGAP
 * @param codes Codes: one column of full codes, or three columns 类, 款, 项.
 * @param amounts Amounts: one column, as many rows as the codes.
 * @returns {any[][]} One column of differences, one per row.
 */
export function rollupGap(codes: any[][], amounts: any[][]): any[][] {
  const gaps = unwrap(rollupGaps(codedRows(codes, amounts)));
  return gaps.map((g) => [g === null ? "" : toNumber(g)]);
}

/**
 * Level of a code: 类, 款 or 项.
 * @customfunction CODELEVEL
 * @param code A function or economic classification code.
 * @returns 类, 款 or 项.
 */
export function codeLevelOf(code: any): string {
  return unwrap(codeLevel(codeText(code)));
}

/**
 * Parent code (项 → 款, 款 → 类; a 类 gives an empty text).
 * @customfunction CODEPARENT
 * @param code A function or economic classification code.
 * @returns The parent code.
 */
export function codeParentOf(code: any): string {
  return unwrap(codeParent(codeText(code)));
}

const LIST_CHOICES: Record<string, CodeListChoice> = {
  功能: "function",
  功能分类: "function",
  function: "function",
  经济: "economic",
  经济分类: "economic",
  economic: "economic",
};

/**
 * Name of a code from the code lists: the function list first, then the economic list.
 * @customfunction CODENAME
 * @param code A function or economic classification code.
 * @param [list] Search one list only: "功能" (function) or "经济" (economic); optional.
 * @returns The listed name.
 */
export function codeNameOf(code: any, list?: any): string {
  const wanted = argument(list, "编码表", "the list");
  let choice: CodeListChoice = "any";
  if (wanted !== null && wanted !== "") {
    const found = LIST_CHOICES[String(wanted).trim().toLowerCase()];
    choice =
      found ?? raise("value", `编码表“${String(wanted)}”应为“功能”或“经济”`, `list must be "功能" or "经济"`);
  }
  return unwrap(codeEntry(codeText(code), choice)).name;
}

function amount(value: any, label: string, labelEn: string) {
  return unwrap(readNumber(argument(value, label, labelEn), label, labelEn));
}

function digitsInput(digits: any) {
  return argument(digits, "小数位数", "digits");
}

function percentDigits(digits: any): number {
  return unwrap(readDigits(digitsInput(digits), PERCENT_DIGITS)) + 2;
}

/**
 * Execution rate = actual ÷ budget, rounded half-up.
 * @customfunction EXECRATE
 * @param actual Actual (executed) amount.
 * @param budget Budget; zero gives #DIV/0!.
 * @param [digits] Decimals of the percentage, default 2.
 * @returns The rate as a fraction (format the cell as %).
 */
export function execRate(actual: any, budget: any, digits?: any): number {
  const rate = unwrap(
    executionRate(amount(actual, "决算数", "actual amount"), amount(budget, "预算数", "budget")),
  );
  return toNumber(roundHalfUpTo(rate, percentDigits(digits)));
}

/**
 * Share = part ÷ total, rounded half-up.
 * @customfunction SHARE
 * @param part The part.
 * @param total The total; zero gives #DIV/0!.
 * @param [digits] Decimals of the percentage, default 2.
 * @returns The share as a fraction.
 */
export function shareOf(part: any, total: any, digits?: any): number {
  const s = unwrap(share(amount(part, "部分金额", "part"), amount(total, "合计金额", "total")));
  return toNumber(roundHalfUpTo(s, percentDigits(digits)));
}

/**
 * Shares of their sum, rounded by largest remainder so that they add to exactly 100%.
 * @customfunction SHARES
 * @param amounts Amounts (a column or a row).
 * @param [digits] Decimals of the percentage, default 2.
 * @returns {number[][]} Shares, in the shape of the amounts.
 */
export function sharesOf(amounts: any[][], digits?: any): number[][] {
  const d = percentDigits(digits) - 2;
  const shape = matrix(amounts);
  const values = cellsOf(amounts).map((v, i) => amount(v, `第 ${i + 1} 个金额`, `amount ${i + 1}`));
  const shares = unwrap(sharesToHundred(values, d));
  let i = 0;
  return shape.map((row) => row.map(() => toNumber(shares[i++])));
}

/**
 * Year on year: change, rate and 增加/减少/持平, spilled across three cells.
 * @customfunction YOY
 * @param current This year's amount.
 * @param previous Last year's amount; zero gives #DIV/0! for the rate.
 * @param [digits] Decimals of the rate's percentage, default 2.
 * @returns {any[][]} One row: change, rate, word.
 */
export function yoy(current: any, previous: any, digits?: any): any[][] {
  const places = percentDigits(digits);
  const y = yearOnYear(
    amount(current, "本年数", "current amount"),
    amount(previous, "上年数", "previous amount"),
  );
  const rate =
    y.rate === null
      ? excelError(fail("divisionByZero", "上年数为 0，无法计算增减率", "last year is zero: no rate"))
      : toNumber(roundHalfUpTo(y.rate, places));
  return [[toNumber(y.change), rate, y.word]];
}

function weightOf(value: any, fallback?: number) {
  const input = argument(value, "分值（权重）", "weight");
  if (fallback !== undefined && (input === null || input === "")) return amount(fallback, "分值", "weight");
  return unwrap(readNumber(input, "分值（权重）", "weight", "error"));
}

function scoreDigits(digits: any): number {
  return unwrap(readDigits(digitsInput(digits), SCORE_DIGITS));
}

/** The cells of a target or actual range; an Excel error in one is passed on. */
function indicatorCells(range: any, label: string, labelEn: string) {
  const cells = (Array.isArray(range) ? range : [[range]]).flat();
  cells.forEach((cell: any, i: number) => passOnError(cell, `${label}第 ${i + 1} 格`, `${labelEn} ${i + 1}`));
  return cellsOf(range);
}

/**
 * Quantitative indicator score: weight × B ÷ A (≥ or plain target) or weight × A ÷ B (≤ target), capped at the weight; several parts are summed first.
 * @customfunction SCORE
 * @param weight The indicator's weight.
 * @param {any[][]} target Target as typed ("≥96%", "≤120分钟", "12000份"); may be several cells.
 * @param {any[][]} actual Actual values, as many cells as the targets.
 * @param [digits] Decimals of the score, default 2.
 * @returns The score.
 */
export function scoreOf(weight: any, target: any[][], actual: any[][], digits?: any): number {
  const w = weightOf(weight);
  const targets = indicatorCells(target, "目标值", "target");
  const actuals = indicatorCells(actual, "实际完成值", "actual value");
  const s = unwrap(scoreQuantitative(w, targets, actuals));
  return toNumber(roundHalfUpTo(s.score, scoreDigits(digits)));
}

/**
 * Qualitative indicator score: 达成 100%, 部分达成 50%, 未达成 0 of the weight, or a ratio checked against the tier.
 * @customfunction QSCORE
 * @param weight The indicator's weight.
 * @param level Level: 达成, 部分达成, 未达成, or a ratio of the weight.
 * @param [ratio] Ratio within the tier (optional); must lie inside the tier.
 * @param [digits] Decimals of the score, default 2.
 * @returns The score.
 */
export function qscore(weight: any, level: any, ratio?: any, digits?: any): number {
  const s = unwrap(
    scoreQualitative(
      weightOf(weight),
      argument(level, "完成档次", "level"),
      argument(ratio, "得分比例", "ratio"),
    ),
  );
  return toNumber(roundHalfUpTo(s.score, scoreDigits(digits)));
}

/**
 * Budget-execution score = weight × execution rate, capped at the weight (default 10).
 * @customfunction BUDGETSCORE
 * @param executed Executed amount.
 * @param budget Budget; zero gives #DIV/0!.
 * @param [weight] Weight, default 10.
 * @param [digits] Decimals of the score, default 2.
 * @returns The score.
 */
export function budgetScore(executed: any, budget: any, weight?: any, digits?: any): number {
  // Read in argument order, so that the first bad argument is the one named.
  const done = amount(executed, "执行数", "executed amount");
  const base = amount(budget, "预算数", "budget");
  const s = unwrap(scoreBudget(base, done, weightOf(weight, DEFAULT_BUDGET_WEIGHT)));
  return toNumber(roundHalfUpTo(s.score, scoreDigits(digits)));
}

/**
 * Grade: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.
 * @customfunction GRADE
 * @param score Total score (0–100).
 * @returns 优, 良, 中 or 差.
 */
export function grade(score: any): string {
  const s = unwrap(readNumber(argument(score, "得分", "score"), "得分", "score", "error"));
  if (s.isNegative() || s.gt(100))
    raise("number", `得分 ${s.toString()} 应在 0 到 100 之间`, "the score must lie between 0 and 100");
  return gradeOf(s);
}

/**
 * Converts 元 to 万元, rounded half-up (2 decimals by default).
 * @customfunction WAN
 * @param yuan Amount in 元.
 * @param [digits] Decimals, default 2.
 * @returns Amount in 万元.
 */
export function wan(yuan: any, digits?: any): number {
  const places = unwrap(readDigits(digitsInput(digits), 2));
  return toNumber(yuanToWan(amount(yuan, "金额", "amount"), places));
}

/**
 * Exact half-up rounding (1.005 → 1.01, whatever binary floating point says).
 * @customfunction ROUNDHALFUP
 * @param x The number.
 * @param [digits] Decimals (-10 to 10; negative rounds to tens, hundreds), default 0.
 * @returns The rounded number.
 */
export function roundHalfUp(x: any, digits?: any): number {
  const places = unwrap(readDigits(digitsInput(digits), 0, -10));
  return toNumber(roundHalfUpTo(amount(x, "数值", "number"), places));
}

/** Every function by its id, for registration and for the sample workbook's evaluator. */
export const FUNCTIONS = {
  ROLLUP: rollup,
  ROLLUPGAP: rollupGap,
  CODELEVEL: codeLevelOf,
  CODEPARENT: codeParentOf,
  CODENAME: codeNameOf,
  EXECRATE: execRate,
  SHARE: shareOf,
  SHARES: sharesOf,
  YOY: yoy,
  SCORE: scoreOf,
  QSCORE: qscore,
  BUDGETSCORE: budgetScore,
  GRADE: grade,
  WAN: wan,
  ROUNDHALFUP: roundHalfUp,
} as const;

// Excel loads this bundle in the shared runtime (the task pane page); elsewhere there is nothing to register.
const runtime = customFunctionsRuntime();
if (runtime) for (const [id, fn] of Object.entries(FUNCTIONS)) runtime.associate(id, fn);
