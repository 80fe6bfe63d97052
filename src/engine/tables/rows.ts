import { AmountCell, isSignificant, readAmount, readAmountAt, Unit } from "../amount";
import { toA1 } from "../model";
import { levelOf } from "../codes";
import { AmountColumn, ColumnGroup } from "./header";
import { Grid } from "./grid";
import { classCode, codeDigits, isNumbered, splitCodeName, stripNumbering } from "./labels";
import { LineSchema, TableSchema } from "./schemas";
import { CodeLevel, RecognitionIssue, TableRow } from "./types";

/** A data row of one panel as read, before it is named and classified. */
interface RawRow {
  row: number;
  code?: string;
  name: string;
  numbered: boolean;
  labelCol: number;
  line?: number;
  cells: Record<string, AmountCell>;
  hasAmount: boolean;
  /** An amount other than zero (or an unreadable one): exporters write 0.00 into every empty cell. */
  significant: boolean;
}

/** Where a 基本支出 row belongs: 人员经费 = 301 + 303, everything else is 公用经费 (domain §2). */
function economicPanel(code: string): string {
  return code.startsWith("301") || code.startsWith("303") ? "人员经费" : "公用经费";
}

export interface RowContext {
  grid: Grid;
  schema: TableSchema;
  unit: Unit;
  /** Every panel of the table, left to right (a total label merged across panels takes a later amount). */
  groups: ColumnGroup[];
  /** Cells already taken by a row of an earlier panel ("row:col"). */
  taken: Set<string>;
  issues: RecognitionIssue[];
}

export function cellKey(schema: TableSchema, a: AmountColumn): string {
  return schema.singleRow && a.panel ? `${a.panel}.${a.id}` : a.id;
}

function lineOf(schema: TableSchema, name: string, panel: string | undefined): LineSchema | undefined {
  const fits = (l: LineSchema) => l.labels.some((re) => re.test(name));
  return (
    schema.lines.find((l) => (!l.panel || !panel || l.panel === panel) && fits(l)) ?? schema.lines.find(fits)
  );
}

function isKnownName(schema: TableSchema, name: string, panel: string | undefined): boolean {
  const n = stripNumbering(name);
  return lineOf(schema, n, panel) !== undefined || (schema.rows === "lines" && classCode(n) !== undefined);
}

/** The code of a row from its code cells: one cell ("2010301") or split ("201" "03" "01"; a 款 row "201" "03" ""). */
function joinCode(
  parts: { col: number; digits: string }[],
  levels: Map<number, CodeLevel>,
  last: { 类?: string; 款?: string },
): string | undefined {
  if (!parts.length) return undefined;
  const whole = parts.map((p) => p.digits).join("");
  if (parts.length > 1 && levelOf(whole)) return whole;
  const first = parts[0];
  // A split layout may leave the parent's digits out: "" "03" "" under 类 201.
  const level = levels.get(first.col);
  if (first.digits.length === 2 && level === "款" && last.类) return last.类 + first.digits;
  if (first.digits.length === 2 && level === "项" && last.款) return last.款 + first.digits;
  return first.digits;
}

function readAmounts(ctx: RowContext, row: number, amounts: AmountColumn[]): Record<string, AmountCell> {
  const cells: Record<string, AmountCell> = {};
  for (const a of amounts) {
    const key = cellKey(ctx.schema, a);
    // Most tables take no cell of another panel: skip building the key then.
    const taken = ctx.taken.size > 0 && ctx.taken.has(`${row}:${a.col}`);
    cells[key] = readAmountAt(
      ctx.grid.sheet.name,
      toA1(row, a.col),
      taken ? null : ctx.grid.raw(row, a.col),
      taken ? "" : ctx.grid.text(row, a.col),
      ctx.unit,
    );
  }
  return cells;
}

/**
 * A label merged over its own amount column (T_JBZC "公用经费合计" across two panels) puts the amount in the
 * first amount column right of the merge; without a merge, a total whose own amount is blank takes the
 * amount of a later panel whose label is empty in that row.
 */
function borrowAmount(ctx: RowContext, group: ColumnGroup, raw: RawRow): void {
  if (group.amounts.length !== 1) return;
  const { grid } = ctx;
  const own = group.amounts[0];
  const key = cellKey(ctx.schema, own);
  const merge = grid.mergeAt(raw.row, raw.labelCol);
  const later = ctx.groups.filter((g) => g.amounts.length === 1 && g.amounts[0].col > own.col);
  let source: AmountColumn | undefined;
  if (merge && merge.right >= own.col) {
    source = later.map((g) => g.amounts[0]).find((a) => a.col > merge.right);
  } else if (raw.cells[key].blank) {
    for (const g of later) {
      if (g.labelCols.some((c) => grid.text(raw.row, c) !== "")) break;
      if (grid.text(raw.row, g.amounts[0].col) !== "") {
        source = g.amounts[0];
        break;
      }
    }
  }
  if (!source || ctx.taken.has(`${raw.row}:${source.col}`)) return;
  ctx.taken.add(`${raw.row}:${source.col}`);
  raw.cells[key] = readAmount(
    grid.ref(raw.row, source.col),
    grid.raw(raw.row, source.col),
    grid.text(raw.row, source.col),
    ctx.unit,
  );
  raw.hasAmount = !raw.cells[key].blank && !raw.cells[key].invalid;
}

function readRaw(ctx: RowContext, group: ColumnGroup, from: number, to: number): RawRow[] {
  const { grid, schema } = ctx;
  const out: RawRow[] = [];
  const last: { 类?: string; 款?: string } = {};
  for (let r = from; r <= to; r++) {
    const parts: { col: number; digits: string }[] = [];
    let name = "";
    let labelCol: number | undefined;
    for (const c of group.labelCols) {
      const v = grid.raw(r, c);
      const text = typeof v === "number" && Number.isInteger(v) ? String(v) : grid.text(r, c);
      if (!text) continue;
      let digits = codeDigits(text);
      // A 款 or 项 typed as a number loses its leading zero: 3 in the 款 column is "03".
      if (digits?.length === 1 && group.codeLevels.get(c) !== undefined && group.codeLevels.get(c) !== "类") {
        digits = "0" + digits;
      }
      const joined = digits ? undefined : splitCodeName(text);
      if (digits) parts.push({ col: c, digits });
      else if (joined && !name) {
        parts.push({ col: c, digits: joined.code });
        name = joined.name.trim();
      } else if (!name) name = text;
      labelCol ??= c;
    }
    const code = joinCode(parts, group.codeLevels, last);
    if (code?.length === 3) last.类 = code;
    if (code?.length === 5) last.款 = code;
    const lineText = group.lineCol === undefined ? "" : grid.text(r, group.lineCol);
    const line = /^\d+$/.test(lineText) ? Number(lineText) : undefined;
    const cells = readAmounts(ctx, r, group.amounts);
    let hasAmount = false;
    let significant = false;
    for (const key in cells) {
      hasAmount ||= !cells[key].blank;
      significant ||= isSignificant(cells[key]);
    }
    const raw: RawRow = {
      row: r,
      code,
      name,
      numbered: isNumbered(name),
      labelCol: labelCol ?? group.labelCols[0] ?? group.amounts[0]?.col ?? grid.left,
      line,
      cells,
      hasAmount,
      significant,
    };
    if (name && !code && schema.rows === "economic" && lineOf(schema, stripNumbering(name), undefined)) {
      borrowAmount(ctx, group, raw);
    }
    const prev = out[out.length - 1];
    if (prev && isContinuation(schema, group.panel, prev, raw)) {
      prev.name += name;
      continue;
    }
    out.push(raw);
  }
  return out;
}

/** A row holding only the rest of the previous row's name (a name split over two lines). */
function isContinuation(schema: TableSchema, panel: string | undefined, prev: RawRow, raw: RawRow): boolean {
  if (!raw.name || raw.code || raw.line !== undefined || raw.significant || raw.numbered) return false;
  if (prev.row !== raw.row - 1 || !(prev.name || prev.code)) return false;
  if (isKnownName(schema, raw.name, panel)) return false;
  const open = (prev.name.match(/[（(]/g)?.length ?? 0) > (prev.name.match(/[）)]/g)?.length ?? 0);
  return open || !isKnownName(schema, prev.name, panel);
}

function makeRow(
  grid: Grid,
  raw: RawRow,
  name: string,
  kind: TableRow["kind"],
  panel: string | undefined,
  code?: string,
): TableRow {
  // Built field by field: object spread is slow enough to matter at thousands of rows.
  const row: TableRow = { name, kind, label: grid.ref(raw.row, raw.labelCol), cells: raw.cells };
  if (code) {
    row.code = code;
    const level = levelOf(code);
    if (level) row.level = level;
  }
  if (panel !== undefined) row.panel = panel;
  if (raw.line !== undefined) row.line = raw.line;
  return row;
}

/** The rows of one panel, named and classified. */
export function readGroupRows(ctx: RowContext, group: ColumnGroup, from: number, to: number): TableRow[] {
  const { grid, schema } = ctx;
  const rows: TableRow[] = [];
  let split: { line: string; subLines: string[]; count: number } | undefined;
  for (const raw of readRaw(ctx, group, from, to)) {
    const name = stripNumbering(raw.name);
    if (raw.code) {
      const panel = schema.rows === "economic" ? economicPanel(raw.code) : group.panel;
      rows.push(makeRow(grid, raw, name, "code", panel, raw.code));
      continue;
    }
    const line = name ? lineOf(schema, name, group.panel) : undefined;
    if (split && split.count < split.subLines.length && !(line && line.kind === "total")) {
      const sub = split.subLines.find((f) => name.startsWith(f)) ?? split.subLines[split.count];
      split.count++;
      rows.push(makeRow(grid, raw, `${split.line}/${sub}`, "item", group.panel));
      continue;
    }
    split = undefined;
    if (line) {
      if (line.subLines) split = { line: line.name, subLines: line.subLines, count: 0 };
      rows.push(makeRow(grid, raw, line.name, line.kind, line.panel ?? group.panel));
      continue;
    }
    const cls = schema.rows === "lines" && name ? classCode(name) : undefined;
    if (cls) rows.push(makeRow(grid, raw, name, "code", group.panel, cls));
    else if (name) rows.push(makeRow(grid, raw, name, "item", group.panel));
    else if (!group.labelCols.length && raw.hasAmount && !rows.length) {
      // T_SG: one data row of amounts, no label.
      rows.push(makeRow(grid, raw, "三公经费", "item", undefined));
    } else if (raw.significant) {
      ctx.issues.push({
        message: `工作表“${grid.sheet.name}”第 ${raw.row + 1} 行有金额但没有项目名称或科目编码，未读取。`,
        cell: grid.ref(raw.row, raw.labelCol),
      });
    }
  }
  return rows;
}
