import { parseAmountText } from "../amount";
import { Grid } from "./grid";
import { codeDigits, isNumbered, splitCodeName, stripNumbering } from "./labels";
import { TableSchema } from "./schemas";
import { CodeLevel } from "./types";

/** An amount column: its canonical id and the panel it belongs to. */
export interface AmountColumn {
  col: number;
  id: string;
  panel?: string;
}

/** One side-by-side panel (or the whole table): label columns, an optional 行次 column, amount columns. */
export interface ColumnGroup {
  labelCols: number[];
  /** Split codes: the level each code column's header names (类 / 款 / 项). */
  codeLevels: Map<number, CodeLevel>;
  lineCol?: number;
  amounts: AmountColumn[];
  panel?: string;
}

export interface Header {
  /** First and last header rows. */
  top: number;
  bottom: number;
  /** First row after the header (data, or a note when the table is empty). */
  dataStart: number;
  groups: ColumnGroup[];
}

/** Header words of label columns: 项目, 科目名称, 功能分类科目编码, 经济分类科目编码, 类/款/项 … */
const LABEL_HEADERS = [
  /^(项目|项目名称|科目名称|名称|科目|预算科目)$/,
  /^(支出)?(功能|经济)分类(科目)?(编码|代码)?$/,
  /^(功能|经济)分类科目(编码|名称)?$/,
  /^(科目)?(编码|代码)$/,
  /^(类|款|项)$/,
];
const LINE_HEADER = /^(行次?|行号)$/;
const COLUMN_NUMBER_HEADER = /^栏次$/;
const GENERIC_TOTAL = /^(合计|小计|总计)$/;
/** A note or an empty table's statement: below the data, never part of it. */
export const NOTE_START = /^(注|说明|备注|填表说明|填报说明)[:：\d]|^本(部门|单位).{0,20}无/;
const MAX_HEADER_ROWS = 8;

const isLabelHeader = (w: string) => LABEL_HEADERS.some((re) => re.test(w));
const columnMatches = (schema: TableSchema, w: string) =>
  schema.columns.some((c) => c.headers.some((re) => re.test(w)));
const panelOf = (schema: TableSchema, w: string) => schema.panels?.find((p) => p.header.test(w))?.name;

function isKeyword(schema: TableSchema, w: string): boolean {
  return (
    isLabelHeader(w) ||
    LINE_HEADER.test(w) ||
    COLUMN_NUMBER_HEADER.test(w) ||
    columnMatches(schema, w) ||
    panelOf(schema, w) !== undefined
  );
}

function isLineLabel(schema: TableSchema, w: string): boolean {
  const name = stripNumbering(w);
  return schema.lines.some((l) => l.labels.some((re) => re.test(name)));
}

/** A word that labels a data row: a code (alone or before its name) or a named line of the table. */
export function isRowLabel(schema: TableSchema, w: string): boolean {
  const code = codeDigits(w);
  return (
    (code !== undefined && code.length >= 3 && code.length <= 7) ||
    !!splitCodeName(w) ||
    isLineLabel(schema, w)
  );
}

type RowKind = "blank" | "numbers" | "note" | "data" | "header";

/** "栏次 1 2 3" or "1 2 … 12": the column-number row that closes a header. */
function isColumnNumberRow(words: string[]): boolean {
  if (words.some((w) => COLUMN_NUMBER_HEADER.test(w))) return true;
  const numbers = words.map((w) => (/^\d{1,2}$/.test(w) ? Number(w) : NaN));
  return numbers.length >= 2 && numbers.every((n, i) => n === numbers[0] + i);
}

function classifyRow(grid: Grid, schema: TableSchema, row: number, left: number, right: number): RowKind {
  const cells = grid.rowWords(row, left, right);
  if (!cells.length) return "blank";
  const words = cells.map((c) => c.word);
  if (NOTE_START.test(words[0]) && cells.length <= 2) return "note";
  if (isColumnNumberRow(words)) return "numbers";
  let keyword = false;
  let total = false;
  let line = false;
  for (const w of words) {
    const code = codeDigits(w);
    if ((code && code.length >= 3 && code.length <= 7) || splitCodeName(w)) return "data";
    if (isNumbered(w) || parseAmountText(w).kind === "number") return "data";
    if (GENERIC_TOTAL.test(w)) total = true;
    else if (isKeyword(schema, w)) keyword = true;
    else if (isLineLabel(schema, w)) line = true;
  }
  // "合计" alone (with blanks) is an empty table's total row; next to other column words it is a header
  // ("合计 基本支出 项目支出"). A line label such as "一般公共预算财政拨款" is also a T_CZZB column word.
  return (total || line) && !keyword ? "data" : "header";
}

/** The first header row: a row holding a header word of this table (not just "合计"). */
export function findHeaderStart(
  grid: Grid,
  schema: TableSchema,
  from: number,
  to: number,
  left: number,
  right: number,
): number | undefined {
  for (let r = from; r <= to; r++) {
    if (grid.rowWords(r, left, right).some((c) => !GENERIC_TOTAL.test(c.word) && isKeyword(schema, c.word)))
      return r;
  }
  return undefined;
}

/** Header rows from `start`, then the columns' roles from the words above each column (merges spread). */
export function readHeader(
  grid: Grid,
  schema: TableSchema,
  start: number,
  end: number,
  left: number,
  right: number,
): Header {
  let bottom = start;
  let dataStart = start + 1;
  for (let r = start + 1; r <= end && r <= start + MAX_HEADER_ROWS; r++) {
    const kind = classifyRow(grid, schema, r, left, right);
    dataStart = r + 1;
    if (kind === "numbers") {
      bottom = r;
      break;
    }
    if (kind === "data" || kind === "note") {
      dataStart = r;
      break;
    }
    if (kind === "header") bottom = r;
  }
  if (dataStart <= bottom) dataStart = bottom + 1;
  const paths: { col: number; words: string[] }[] = [];
  for (let c = left; c <= right; c++) {
    const words: string[] = [];
    for (let r = start; r <= bottom; r++) {
      const w = grid.headerWord(r, c);
      if (w && !/^\d+$/.test(w) && !COLUMN_NUMBER_HEADER.test(w) && words[words.length - 1] !== w)
        words.push(w);
    }
    paths.push({ col: c, words });
  }
  return { top: start, bottom, dataStart, groups: groupColumns(schema, paths) };
}

type Role = "label" | "line" | "amount" | undefined;

/** The lowest header word that says what the column is wins: "小计" under "公务用车购置及运行维护费". */
function roleOf(schema: TableSchema, words: string[]): Role {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (isLabelHeader(w)) return "label";
    if (LINE_HEADER.test(w)) return "line";
    if (columnMatches(schema, w)) return "amount";
  }
  return undefined;
}

function columnId(schema: TableSchema, words: string[], panel: string | undefined): string | undefined {
  const candidates = schema.columns.filter((c) => !c.panel || !panel || c.panel === panel);
  for (let i = words.length - 1; i >= 0; i--) {
    const hit = candidates.find((c) => c.headers.some((re) => re.test(words[i])));
    if (hit) return hit.id;
  }
  return undefined;
}

/**
 * A table of amount columns only (三公) whose header does not say 预算数 / 决算数: a repeated set of columns
 * is 预算数 then 决算数; a single set is 决算数 (the last panel).
 */
function panelsByOrder(schema: TableSchema, cols: { words: string[]; role: Role }[]): (string | undefined)[] {
  const panels = schema.panels;
  if (!panels) return [];
  const count = new Map<string, number>();
  const ids = cols.map((c) => (c.role === "amount" ? columnId(schema, c.words, undefined) : undefined));
  const repeated = ids.some((id, i) => id !== undefined && ids.indexOf(id) !== i);
  return ids.map((id) => {
    if (id === undefined) return undefined;
    const n = count.get(id) ?? 0;
    count.set(id, n + 1);
    return panels[repeated ? Math.min(n, panels.length - 1) : panels.length - 1].name;
  });
}

function groupColumns(schema: TableSchema, paths: { col: number; words: string[] }[]): ColumnGroup[] {
  const groups: { cols: { col: number; words: string[]; role: Role }[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  let hasValues = false;
  for (const p of paths) {
    const role = roleOf(schema, p.words);
    if (role === "label" && (!current || hasValues)) {
      current = { cols: [] };
      groups.push(current);
      hasValues = false;
    }
    if (!current && role === "amount") {
      // A table without label columns (T_SG): one group of amount columns.
      current = { cols: [] };
      groups.push(current);
    }
    if (!current) continue;
    if (role === "line" || role === "amount") hasValues = true;
    // A column without a word of its own between the labels and the amounts holds label text.
    current.cols.push({ col: p.col, words: p.words, role: role ?? (hasValues ? undefined : "label") });
  }
  return groups.map((g, gi) => {
    const panelWord = g.cols.flatMap((c) => c.words).find((w) => panelOf(schema, w));
    const panel = panelWord ? panelOf(schema, panelWord) : schema.panels?.[gi]?.name;
    const group: ColumnGroup = { labelCols: [], codeLevels: new Map(), amounts: [], panel };
    const byOrder =
      !panelWord && !g.cols.some((c) => c.role === "label") ? panelsByOrder(schema, g.cols) : undefined;
    const seen = new Set<string>();
    g.cols.forEach((c, i) => {
      if (c.role === "label") {
        group.labelCols.push(c.col);
        const level = c.words[c.words.length - 1];
        if (level === "类" || level === "款" || level === "项") group.codeLevels.set(c.col, level);
      } else if (c.role === "line" && group.lineCol === undefined) group.lineCol = c.col;
      else if (c.role === "amount") {
        const colPanelWord = c.words.find((w) => panelOf(schema, w));
        const colPanel = colPanelWord ? panelOf(schema, colPanelWord) : (byOrder?.[i] ?? panel);
        const id = columnId(schema, c.words, colPanel);
        const key = `${colPanel ?? ""}.${id}`;
        if (id && !seen.has(key)) {
          seen.add(key);
          group.amounts.push({ col: c.col, id, panel: colPanel });
        }
      }
    });
    return group;
  });
}
