import { Unit } from "../amount";
import { CellRange, parseRange, rangeToA1, Workbook } from "../model";
import { Grid } from "./grid";
import { AmountColumn, findHeaderStart, isRowLabel, NOTE_START, readHeader } from "./header";
import { cellKey, readGroupRows, RowContext } from "./rows";
import { schemaOf, TableSchema } from "./schemas";
import { findTitles, matchTitle } from "./titles";
import { RecognitionIssue, TableAssignment, TableInstance, TableKey, TableRow } from "./types";

export interface RecognizeOptions {
  /** Ranges the user assigned to tables: recognised without a title, and preferred over a title match. */
  assignments?: TableAssignment[];
}

export interface Recognition {
  tables: TableInstance[];
  issues: RecognitionIssue[];
}

/** Rows after the title in which the header must start (title, 公开NN表, 单位 lines, a blank or two). */
const HEADER_SEARCH_ROWS = 12;
/** A run of blank rows this long ends a table's data. */
const BLANK_RUN = 2;
const MAX_NOTES = 20;
/** Rows below an assigned range still read for its notes. */
const ASSIGNED_NOTE_ROWS = 5;
const MAX_LINE_ROWS = 200;
const MAX_UNLABELLED_RUN = 50;
/** "单位：万元", "金额单位: 元", "单位：人民币元"; not "单位：某某局本级". */
const UNIT = /单位[:：]?(?:人民币)?(万元|元)(?![\u4e00-\u9fa5])/;
const MARKER = /公开\d+表/;

interface Region {
  sheet: Grid;
  top: number;
  bottom: number;
  left: number;
  right: number;
  title?: { row: number; col: number; text: string };
  source: "title" | "assigned";
}

type Attempt = { table: TableInstance; issues: RecognitionIssue[] } | { issue: RecognitionIssue };

/**
 * Finds the nine standard tables in a workbook by their titles (never their numbers), plus any range the
 * user assigned, and reads every row with its cells. What cannot be read is an issue, never an exception.
 */
export function recognizeTables(wb: Workbook, options: RecognizeOptions = {}): Recognition {
  const issues: RecognitionIssue[] = [];
  const found: { table: TableInstance; issues: RecognitionIssue[] }[] = [];
  const failed = new Map<TableKey, RecognitionIssue>();
  const grids = new Map(wb.sheets.map((s) => [s.name, new Grid(s)]));

  const assignedKeys = new Set<TableKey>();
  for (const a of options.assignments ?? []) {
    const grid = grids.get(a.sheet);
    const range = parseRange(a.range);
    if (!grid || !range) {
      issues.push({
        message: grid
          ? `指定给${schemaOf(a.key).title}的区域“${a.range}”不是有效的单元格区域。`
          : `指定给${schemaOf(a.key).title}的工作表“${a.sheet}”不存在。`,
      });
      continue;
    }
    const attempt = recognizeRegion(schemaOf(a.key), assignedRegion(grid, range));
    if ("table" in attempt) {
      found.push(attempt);
      assignedKeys.add(a.key);
    } else issues.push(attempt.issue);
  }

  for (const grid of grids.values()) {
    const hits = findTitles(grid).sort((a, b) => a.row - b.row || a.col - b.col);
    let next = 0;
    hits.forEach((hit, i) => {
      while (next < hits.length && hits[next].row <= hit.row) next++;
      if (assignedKeys.has(hit.schema.key)) return;
      // Titles side by side on one row split the columns between them.
      const sameRowBefore = i > 0 && hits[i - 1].row === hit.row;
      const sameRowAfter = i + 1 < hits.length && hits[i + 1].row === hit.row;
      const region: Region = {
        sheet: grid,
        top: hit.row,
        bottom: next < hits.length ? hits[next].row - 1 : grid.bottom,
        left: sameRowBefore ? hit.col : grid.left,
        right: sameRowAfter ? hits[i + 1].col - 1 : grid.right,
        title: hit,
        source: "title",
      };
      const attempt = recognizeRegion(hit.schema, region);
      if ("table" in attempt) found.push(attempt);
      else if (!failed.has(hit.schema.key)) failed.set(hit.schema.key, attempt.issue);
    });
  }

  const tables: TableInstance[] = [];
  for (const { table: t, issues: own } of found) {
    const first = tables.find((k) => k.key === t.key);
    if (!first) {
      tables.push(t);
      issues.push(...own);
    } else {
      issues.push({
        message: `工作表“${t.sheet}”${rangeToA1(t.range)}又有一张${schemaOf(t.key).title}，只检查“${first.sheet}”中的那一张。`,
        cell: { sheet: t.sheet, address: rangeToA1(t.range).split(":")[0] },
      });
    }
  }
  // A title that led to no table (a 目录 entry, a mention) matters only when the table is nowhere else.
  for (const [key, issue] of failed) if (!tables.some((t) => t.key === key)) issues.push(issue);
  return { tables, issues };
}

function assignedRegion(grid: Grid, range: CellRange): Region {
  let title: Region["title"];
  // A title inside the assigned range is still the table's title.
  for (let r = range.top; r <= Math.min(range.bottom, range.top + 3) && !title; r++) {
    for (const { col, word } of grid.rowWords(r, range.left, range.right)) {
      if (matchTitle(word)) {
        title = { row: r, col, text: grid.text(r, col) };
        break;
      }
    }
  }
  return { sheet: grid, ...range, title, source: "assigned" };
}

function recognizeRegion(schema: TableSchema, region: Region): Attempt {
  const grid = region.sheet;
  const { left, right, bottom } = region;
  const from = region.title ? region.title.row + 1 : region.top;
  const name = grid.sheet.name;
  const where = region.title ? region.title : { row: region.top, col: left };
  const start = findHeaderStart(grid, schema, from, Math.min(bottom, from + HEADER_SEARCH_ROWS), left, right);
  if (start === undefined) {
    return {
      issue: {
        message: `工作表“${name}”中的${schema.title}未找到表头（项目、科目编码或金额列），未能读取。`,
        cell: grid.ref(where.row, where.col),
      },
    };
  }
  const header = readHeader(grid, schema, start, bottom, left, right);
  const amounts: AmountColumn[] = [];
  for (const g of header.groups) amounts.push(...g.amounts);
  if (!amounts.length) {
    return {
      issue: {
        message: `工作表“${name}”中的${schema.title}表头（第 ${start + 1} 行起）中没有可识别的金额列，未能读取。`,
        cell: grid.ref(start, left),
      },
    };
  }

  const { unit, marker } = unitAndMarker(grid, region, header.bottom);
  const end = dataEnd(grid, schema, header.dataStart, bottom, left, right);
  const issues: RecognitionIssue[] = [];
  const ctx: RowContext = { grid, schema, unit, groups: header.groups, taken: new Set(), issues };
  // Loops, not flatMap: V8 runs flatMap several times slower, and this runs for every table of every check.
  const read: TableRow[] = [];
  for (const g of header.groups)
    for (const row of readGroupRows(ctx, g, header.dataStart, end.last)) read.push(row);
  const rows = panelOrder(schema, read);
  for (const row of rows) {
    for (const key in row.cells) {
      const cell = row.cells[key];
      if (!cell.invalid) continue;
      issues.push({
        message: `工作表“${name}”${cell.address}：${cell.invalid}`,
        cell: { sheet: cell.sheet, address: cell.address },
      });
    }
  }

  const cols: number[] = [];
  for (const g of header.groups) {
    cols.push(...g.labelCols);
    if (g.lineCol !== undefined) cols.push(g.lineCol);
  }
  for (const a of amounts) cols.push(a.col);
  const table: TableInstance = {
    key: schema.key,
    title: region.title?.text ?? schema.title,
    sheet: name,
    range: {
      top: region.title?.row ?? start,
      left: Math.min(region.title?.col ?? left, ...cols),
      bottom: Math.max(header.bottom, end.last),
      right: Math.max(...cols),
    },
    unit,
    ...(marker ? { marker } : {}),
    columns: [...new Set(amounts.map((a) => cellKey(schema, a)))],
    rows: schema.singleRow ? rows.slice(0, 1) : rows,
    // An assigned range often stops at the table's last row (it is the range recognition reported):
    // the 本部门…无… line saying why a table is empty stands just below it, so it is read too.
    notes: readNotes(
      grid,
      end.notesFrom,
      region.source === "assigned" ? Math.min(grid.bottom, bottom + ASSIGNED_NOTE_ROWS) : bottom,
      left,
      right,
    ),
    source: region.source,
  };
  return { table, issues };
}

/**
 * T_JBZC's panels are columns of the sheet, but a row's panel comes from its code (a 310 panel is 公用经费):
 * rows are put in panel order, each panel's total after its rows.
 */
function panelOrder(schema: TableSchema, rows: TableRow[]): TableRow[] {
  const panels = schema.panels;
  if (schema.rows !== "economic" || !panels) return rows;
  const rank = (r: TableRow) => {
    const p = panels.findIndex((x) => x.name === r.panel);
    return (p < 0 ? panels.length : p) * 2 + (r.kind === "total" ? 1 : 0);
  };
  // Ranked once per row, not once per comparison; the sort is stable, so rows keep their order in a panel.
  return rows
    .map((row) => ({ row, rank: rank(row) }))
    .sort((x, y) => x.rank - y.rank)
    .map(({ row }) => row);
}

/** "单位：万元" / "单位：元" from the title to the header's end; "单位：某某局本级" names the entity, not a unit. */
function unitAndMarker(grid: Grid, region: Region, headerBottom: number): { unit: Unit; marker?: string } {
  let unit: Unit = "万元";
  let marker: string | undefined;
  const from = Math.max(grid.top, (region.title?.row ?? region.top) - 2);
  for (let r = from; r <= headerBottom; r++) {
    for (const { word } of grid.rowWords(r, region.left, region.right)) {
      const u = UNIT.exec(word);
      if (u) unit = u[1] as Unit;
      const m = MARKER.exec(word);
      if (m) marker = m[0];
    }
  }
  return { unit, marker };
}

/** A cell that holds a number, or text that reads as one ("2,897.43"). */
const AMOUNT_TEXT = /^[-−]?[\d,，]+(\.\d+)?$/;
const holdsAmount = (grid: Grid, r: number, col: number) =>
  typeof grid.raw(r, col) === "number" || AMOUNT_TEXT.test(grid.text(r, col).trim());

/**
 * The last data row: before a note (注：…, 本部门…无…), a run of blank rows, or a new block's header after a
 * blank row (words and no amount, none of them a row label: the next table or a worked example below).
 */
function dataEnd(
  grid: Grid,
  schema: TableSchema,
  from: number,
  to: number,
  left: number,
  right: number,
): { last: number; notesFrom: number } {
  let last = from - 1;
  let labelled = from - 1;
  let blanks = 0;
  for (let r = from; r <= to; r++) {
    if (grid.isBlankRow(r, left, right)) {
      if (++blanks >= BLANK_RUN) return { last, notesFrom: r + 1 };
      continue;
    }
    const words = grid.rowWords(r, left, right);
    if (NOTE_START.test(words[0].word) && words.length <= 2) return { last, notesFrom: r };
    const newBlock =
      blanks > 0 &&
      words.length > 2 &&
      !words.some((w) => isRowLabel(schema, w.word) || holdsAmount(grid, r, w.col));
    if (newBlock) return { last, notesFrom: r };
    blanks = 0;
    // Whatever follows a table without a blank row or a note (pasted noise) must not become its rows:
    // a coded table ends after a long run of rows without a code or a line name, a table of lines at a
    // length no standard table reaches.
    if (schema.rows === "lines") {
      if (r - from >= MAX_LINE_ROWS) break;
    } else if (words.some((w) => isRowLabel(schema, w.word))) labelled = r;
    else if (r - labelled > MAX_UNLABELLED_RUN) return { last: labelled, notesFrom: labelled + 1 };
    last = r;
  }
  return { last, notesFrom: last + 1 };
}

/** Texts below the table up to the next title: 注, 本部门…无… statements. */
function readNotes(grid: Grid, from: number, to: number, left: number, right: number): string[] {
  const notes: string[] = [];
  let blanks = 0;
  for (let r = from; r <= to && notes.length < MAX_NOTES && blanks < 10; r++) {
    const words = grid.rowWords(r, left, right);
    if (!words.length) {
      blanks++;
      continue;
    }
    blanks = 0;
    const text = words.map((w) => grid.text(r, w.col)).join(" ");
    if (MARKER.test(text) && text.replace(MARKER, "").trim().length < 4) continue;
    if (NOTE_START.test(words[0].word) || notes.length || words.length === 1) notes.push(text);
  }
  return notes;
}
