import { parseAmountText } from "../engine/amount";
import { CellInput, readNumber } from "../engine/calc/input";
import { errorText } from "../engine/calc/outcome";
import { sum } from "../engine/decimal";
import { CellRange, parseA1 } from "../engine/model";
import { toNumber } from "./cells";
import { FUNCTIONS } from "./functions";
import { FunctionError } from "./errors";

/**
 * Evaluates the formulas a workbook writes with JUESUAN functions, outside Excel, with the real
 * implementations: `JUESUAN.NAME(args)` (or `_xldudf_JUESUAN_NAME(args)`, as saved in a file) where an argument is an A1 range (optionally 'Sheet'!A1:B2),
 * a number, a "text", an omitted optional argument, a nested JUESUAN call, or SUM(...) — the one Excel
 * function the sample workbook needs. A small recursive-descent parser; nothing is ever eval'd.
 */
export interface FormulaError {
  error: string;
  message?: string;
}

export type FormulaValue = CellInput | CellInput[][] | FormulaError | (CellInput | FormulaError)[][];

/** Reads the cells of a range: sheet undefined means the formula's own sheet. */
export type RangeReader = (sheet: string | undefined, range: CellRange) => CellInput[][];

type FunctionId = keyof typeof FUNCTIONS;

/** Parameters Excel passes as a range (dimensionality "matrix" in functions.json); the rest are scalars. */
export const MATRIX_PARAMETERS: Record<FunctionId, number[]> = {
  ROLLUP: [0, 1],
  ROLLUPGAP: [0, 1],
  CODELEVEL: [],
  CODEPARENT: [],
  CODENAME: [],
  EXECRATE: [],
  SHARE: [],
  SHARES: [0],
  YOY: [],
  SCORE: [1, 2],
  QSCORE: [],
  BUDGETSCORE: [],
  GRADE: [],
  WAN: [],
  ROUNDHALFUP: [],
};

/** [required, all] parameters of each function, as functions.json declares them: Excel takes no other count. */
export const PARAMETER_COUNTS: Record<FunctionId, [number, number]> = {
  ROLLUP: [2, 3],
  ROLLUPGAP: [2, 2],
  CODELEVEL: [1, 1],
  CODEPARENT: [1, 1],
  CODENAME: [1, 2],
  EXECRATE: [2, 3],
  SHARE: [2, 3],
  SHARES: [1, 2],
  YOY: [2, 3],
  SCORE: [3, 4],
  QSCORE: [2, 4],
  BUDGETSCORE: [2, 4],
  GRADE: [1, 1],
  WAN: [1, 2],
  ROUNDHALFUP: [1, 2],
};

type Node =
  | { kind: "literal"; value: CellInput }
  | { kind: "range"; sheet?: string; range: CellRange }
  | { kind: "call"; name: string; args: (Node | null)[] };

class ParseError extends Error {}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE = new RegExp(String.raw`^(?:${SHEET})?(${CELL})(?::(${CELL}))?(?![\w.(])`);
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;
const NAME = /^([A-Za-z_][\w.]*)\s*\(/;

function parse(formula: string): Node {
  const text = formula.trim().replace(/^=/, "");
  let pos = 0;
  const rest = () => text.slice(pos);
  const skip = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };

  function expression(): Node {
    skip();
    const r = rest();
    if (r.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(r);
      if (!m) throw new ParseError("unterminated text");
      pos += m[0].length;
      return { kind: "literal", value: m[1].replace(/""/g, '"') };
    }
    const call = NAME.exec(r);
    if (call) {
      pos += call[0].length;
      return { kind: "call", name: call[1].toUpperCase(), args: argumentList() };
    }
    const range = RANGE.exec(r);
    if (range) {
      pos += range[0].length;
      const start = parseA1(range[3].replace(/\$/g, ""));
      const end = parseA1((range[4] ?? range[3]).replace(/\$/g, ""));
      if (!start || !end) throw new ParseError(`bad reference ${range[0]}`);
      const sheet = range[1] !== undefined ? range[1].replace(/''/g, "'") : range[2];
      return {
        kind: "range",
        sheet,
        range: {
          top: Math.min(start.row, end.row),
          left: Math.min(start.col, end.col),
          bottom: Math.max(start.row, end.row),
          right: Math.max(start.col, end.col),
        },
      };
    }
    const number = NUMBER.exec(r);
    if (number) {
      pos += number[0].length;
      return { kind: "literal", value: Number(number[0]) };
    }
    if (/^TRUE\b/i.test(r) || /^FALSE\b/i.test(r)) {
      const value = /^TRUE/i.test(r);
      pos += value ? 4 : 5;
      return { kind: "literal", value };
    }
    throw new ParseError(`cannot read “${r.slice(0, 20)}”`);
  }

  function argumentList(): (Node | null)[] {
    const args: (Node | null)[] = [];
    skip();
    if (text[pos] === ")") {
      pos++;
      return args;
    }
    for (;;) {
      skip();
      args.push(text[pos] === "," || text[pos] === ")" ? null : expression());
      skip();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === ")") {
        pos++;
        return args;
      }
      throw new ParseError("expected , or )");
    }
  }

  const node = expression();
  skip();
  if (pos !== text.length) throw new ParseError(`unexpected “${rest()}”`);
  return node;
}

function isError(v: unknown): v is FormulaError {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}

/** A thrown or returned FunctionError as the error a cell shows. */
function asError(e: unknown): FormulaError {
  if (e instanceof FunctionError) return { error: e.code, message: e.message };
  throw e;
}

function errorsInCells(value: unknown): FormulaValue {
  if (!Array.isArray(value)) return value as FormulaValue;
  return value.map((row: unknown[]) =>
    row.map((c) => (c instanceof FunctionError ? asError(c) : (c as CellInput))),
  );
}

const SUM_TEXT: FormulaError = {
  error: "#VALUE!",
  message: "SUM: 参数不是数值 / an argument is not a number",
};

/**
 * Excel's SUM: inside a range it skips text, logical values and blanks; an argument typed directly
 * counts, TRUE as 1 and a numeric text ("5") as its number, and other text is #VALUE!.
 */
function sumOf(values: FormulaValue[]): FormulaValue {
  const amounts = [];
  for (const v of values) {
    const cells = Array.isArray(v) ? v.flat() : [v];
    for (const c of cells) {
      if (isError(c)) return c;
      let input: CellInput = c;
      if (!Array.isArray(v)) {
        if (typeof c === "boolean") input = c ? 1 : 0;
        else if (typeof c === "string" && parseAmountText(c).kind !== "number") return SUM_TEXT;
      } else if (typeof c !== "number") continue;
      if (input === null || input === undefined) continue;
      const n = readNumber(input, "SUM", "SUM");
      if (!n.ok) return { error: "#NUM!", message: errorText(n) };
      amounts.push(n.value);
    }
  }
  try {
    return toNumber(sum(amounts));
  } catch (e) {
    return asError(e);
  }
}

function evaluate(node: Node, read: RangeReader): FormulaValue {
  if (node.kind === "literal") return node.value;
  if (node.kind === "range") return read(node.sheet, node.range);
  const args = node.args.map((a) => (a === null ? null : evaluate(a, read)));
  const failed = args.find((a) => isError(a));
  if (failed) return failed;
  if (node.name === "SUM") return sumOf(args);
  // As typed (JUESUAN.ROLLUP) or as Excel saves an add-in's function in a file (_xldudf_JUESUAN_ROLLUP).
  const named = /^(?:JUESUAN\.|_XLDUDF_JUESUAN_)(\w+)$/.exec(node.name);
  const id = (named?.[1] ?? "") as FunctionId;
  const fn = named ? (FUNCTIONS[id] as ((...a: unknown[]) => unknown) | undefined) : undefined;
  if (!fn) return { error: "#NAME?", message: `unknown function ${node.name}` };
  const [required, all] = PARAMETER_COUNTS[id];
  if (args.length < required || args.length > all) {
    const count = required === all ? `${all}` : `${required} 到 ${all}`;
    return {
      error: "#VALUE!",
      message: `${id} 应有 ${count} 个参数，现有 ${args.length} 个 / ${id} takes ${count.replace(" 到 ", " to ")} arguments`,
    };
  }
  const matrixParams = MATRIX_PARAMETERS[id];
  const passed: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (matrixParams.includes(i)) {
      passed.push(Array.isArray(a) ? a : [[a]]);
    } else if (Array.isArray(a)) {
      // A range into a scalar parameter: only a single cell is meaningful here.
      if (a.length !== 1 || a[0].length !== 1)
        return { error: "#VALUE!", message: `${id}: argument ${i + 1} is a range` };
      passed.push(a[0][0]);
    } else {
      passed.push(a);
    }
  }
  try {
    return errorsInCells(fn(...passed));
  } catch (e) {
    return asError(e);
  }
}

/** The value a formula shows: a scalar, a spilled matrix, or an error such as { error: "#VALUE!" }. */
export function evaluateFormula(formula: string, read: RangeReader): FormulaValue {
  let node: Node;
  try {
    node = parse(formula);
  } catch (e) {
    if (e instanceof ParseError) return { error: "#NAME?", message: e.message };
    throw e;
  }
  return evaluate(node, read);
}
