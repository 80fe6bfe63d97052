import Decimal from "decimal.js";
import { AmountCell } from "../amount";
import { levelOf } from "../codes";
import { Finding, Lang } from "../findings";
import { defineCheck, Emit, emitter } from "../catalogue";
import { CellRef, toA1 } from "../model";
import {
  compareAtMost,
  compareEqual,
  compareSum,
  Comparison,
  fenAtMostVerdict,
  fenSumVerdict,
  Published,
  slackInFen,
  Verdict,
} from "../rounding";
import { TableKey, TableRow } from "../tables/types";
import { formatAmount } from "../decimal";
import { describeCell, showAmount, tableTitle } from "./format";
import { findLine, hasSubLines, IndexedTable, isSchemaTotal } from "./table-index";
import { Rule, RowQuantifier, RowSelector, Term } from "./types";

/** The one evaluator of the rulebook: quantifiers, selectors, rounding verdicts, findings. */
export interface RuleContext {
  tables: Map<TableKey, IndexedTable>;
  lang: Lang;
  /** Extra tolerance in 万元 (options.roundingSlack × 0.01). */
  slack: Decimal;
}

interface Binding {
  row?: TableRow;
  code?: string;
  col?: string;
}

/** One addressed cell after selection; `cell` is absent where the row or column is not in the table. */
interface Operand {
  key: TableKey;
  row?: TableRow;
  code?: string;
  col: string;
  cell?: AmountCell;
  negate: boolean;
}

const BLANK: Published = { value: null, decimals: 2 };

/** Rows named "parent/child" are sub-lines (年初…/一般公共预算财政拨款); quantifiers and "above" skip them. */
const isSubLine = (row: TableRow) => row.name.includes("/");

function rowsAbove(ix: IndexedTable, lineName: string, panel: string): TableRow[] {
  const stop = findLine(ix, lineName, panel);
  const rows = ix.panels.get(panel) ?? [];
  const end = stop ? (ix.position.get(stop) ?? rows.length) : rows.length;
  return rows.slice(0, end).filter((r) => r.kind !== "total" && (r.name || r.code) && !isSubLine(r));
}

function levelOfRow(ix: IndexedTable, row: TableRow): string | undefined {
  const code = ix.codes.get(row);
  return row.level ?? (code ? levelOf(code) : undefined);
}

function selectRows(ix: IndexedTable, sel: RowSelector, b: Binding): TableRow[] {
  if ("line" in sel) {
    const row = findLine(ix, sel.line.replace("$", b.col ?? ""), sel.panel);
    return row ? [row] : [];
  }
  if ("code" in sel) {
    const row = ix.byCode.get(sel.code);
    return row ? [row] : [];
  }
  if ("bound" in sel) return b.row ? [b.row] : [];
  if ("sameCode" in sel) {
    const row = b.code ? ix.byCode.get(b.code) : b.row?.kind === "total" ? findLine(ix, "合计") : undefined;
    return row ? [row] : [];
  }
  if ("children" in sel) return (b.code && ix.children.get(b.code)) || [];
  if ("roots" in sel || "level" in sel) {
    const rows =
      "roots" in sel ? ix.roots : [...ix.codes.keys()].filter((r) => levelOfRow(ix, r) === sel.level);
    return rows.filter((r) => {
      const code = ix.codes.get(r) ?? "";
      if (sel.only && !sel.only.some((p) => code.startsWith(p))) return false;
      return !sel.except?.some((p) => code.startsWith(p));
    });
  }
  if ("above" in sel) return rowsAbove(ix, sel.above, sel.panel);
  return ix.table.rows.slice(0, 1);
}

function operands(ctx: RuleContext, term: Term, b: Binding): Operand[] {
  const ix = ctx.tables.get(term.table);
  if (!ix) return [];
  const col = term.col.replace("$", b.col ?? "");
  const rows = selectRows(ix, term.row, b);
  const negate = Boolean(term.negate);
  if (!rows.length && "sameCode" in term.row && b.code)
    return [{ key: term.table, code: b.code, col, negate }];
  return rows.map((row) => ({
    key: term.table,
    row,
    code: ix.codes.get(row),
    col,
    cell: row.cells[col],
    negate,
  }));
}

function quantifiedRows(ctx: RuleContext, q: RowQuantifier): Binding[] {
  const ix = ctx.tables.get(q.table);
  if (!ix) return [];
  const above = q.above && q.panel ? new Set(rowsAbove(ix, q.above, q.panel)) : undefined;
  return ix.table.rows
    .filter(
      (r) =>
        !isSubLine(r) &&
        (!q.kinds || q.kinds.includes(r.kind)) &&
        (!q.panel || r.panel === q.panel) &&
        (!q.level || levelOfRow(ix, r) === q.level) &&
        (!q.coded || ix.codes.has(r)) &&
        (!q.parents || ix.children.has(ix.codes.get(r) ?? "")) &&
        (!q.under || (ix.codes.get(r) ?? "").startsWith(q.under)) &&
        (!above || above.has(r)),
    )
    .map((row) => ({ row, code: ix.codes.get(row) }));
}

function* bindings(ctx: RuleContext, rule: Rule): Generator<Binding> {
  const rows = rule.forEach?.rows ? quantifiedRows(ctx, rule.forEach.rows) : [{}];
  const spec = rule.forEach?.columns;
  const cols = spec === "all" ? (ctx.tables.get(rule.total.table)?.table.columns ?? []) : spec;
  for (const b of rows) {
    if (!cols) yield b;
    else for (const col of cols) yield { row: b.row, code: b.code, col };
  }
}

/** Whether every table the rule reads was recognised (asked per rule, so without building a list). */
function hasTables(ctx: RuleContext, rule: Rule): boolean {
  if (!ctx.tables.has(rule.total.table)) return false;
  for (const p of rule.parts) if (!ctx.tables.has(p.table)) return false;
  return !rule.forEach?.rows || ctx.tables.has(rule.forEach.rows.table);
}

const published = (o: Operand): Published => o.cell ?? BLANK;

/** `selected.flat()`, which V8 runs many times slower than this loop: it is called for every instance. */
function flatten(selected: Operand[][]): Operand[] {
  if (selected.length === 1) return selected[0];
  const out: Operand[] = [];
  for (const list of selected) for (const o of list) out.push(o);
  return out;
}

const BLANK_FEN = { blank: true, decimals: 2, fen: 0 };

/**
 * The verdict alone, on exact integers of 分 (undefined where an amount has none): most instances hold,
 * and one that holds needs no Decimal. What is reported is always worked out by `compare`.
 */
function quickVerdict(rule: Rule, total: Operand, parts: Operand[], slackFen: number): Verdict | undefined {
  const t = total.cell ?? BLANK_FEN;
  if (rule.kind === "sum") {
    return fenSumVerdict(t, parts, slackFen);
  }
  const other = parts[0]?.cell ?? BLANK_FEN;
  if (rule.kind === "atLeast") return fenAtMostVerdict(other, t, slackFen);
  return rule.kind === "equal"
    ? fenSumVerdict(t, [{ cell: other }], slackFen)
    : fenAtMostVerdict(t, other, slackFen);
}

function compare(rule: Rule, total: Operand, parts: Operand[], slack: Decimal): Comparison {
  if (rule.kind === "sum") {
    // A blank part adds nothing, not even to the interval: leave it out (big tables are mostly blank).
    const given = parts.filter((p) => p.cell && !p.cell.blank);
    return compareSum(
      published(total),
      given.map((p) => ({ value: published(p), negate: p.negate })),
      slack,
    );
  }
  const other = parts[0] ? published(parts[0]) : BLANK;
  if (rule.kind === "atLeast") {
    // total ≥ other is other ≤ total, said from the total's side.
    const c = compareAtMost(other, published(total), slack);
    return { verdict: c.verdict, expected: c.actual, actual: c.expected, difference: c.difference.negated() };
  }
  return rule.kind === "equal"
    ? compareEqual(published(total), other, slack)
    : compareAtMost(published(total), other, slack);
}

/** A user rule's fixed tolerance replaces the rounding intervals; under ≈ a 尾差 holds. */
function judged(rule: Rule, cmp: Comparison): Comparison {
  if (rule.tolerance !== undefined) {
    const d = cmp.difference;
    const wrong = rule.kind === "atMost" ? d.gt(0) : rule.kind === "atLeast" ? d.lt(0) : !d.isZero();
    return { ...cmp, verdict: wrong && d.abs().gt(rule.tolerance) ? "inconsistent" : "exact" };
  }
  return rule.approx && cmp.verdict === "rounding" ? { ...cmp, verdict: "exact" } : cmp;
}

/** Under `空白=未知` an instance whose total or single-cell part is blank (or has no row) is not judged. */
function hasUnknown(rule: Rule, total: Operand, selected: Operand[][]): boolean {
  if (total.cell?.blank) return true;
  return rule.parts.some((t, i) => {
    const many = "children" in t.row || "roots" in t.row || "level" in t.row || "above" in t.row;
    return !many && !selected[i].some((o) => o.cell && !o.cell.blank);
  });
}

function showColumn(ctx: RuleContext, o: Operand): boolean {
  const schema = ctx.tables.get(o.key)?.schema;
  if (!schema) return false;
  const panel = o.row?.panel;
  return (
    schema.columns.filter((c) => !c.panel || !panel || c.panel === panel).length > 1 || o.col.includes(".")
  );
}

function describe(ctx: RuleContext, o: Operand): string {
  return describeCell(o.key, o.row, o.code, o.col, showColumn(ctx, o), ctx.lang);
}

const ref = (c: AmountCell): CellRef => ({ sheet: c.sheet, address: c.address });

/** What an identity's message says after its own text: the difference, and whether it is 尾差. */
const DIFFERENCE = { zh: "（相差 {difference}）", en: " (difference {difference})" };
const SUM_ROUNDING = {
  zh: "（相差 {difference}，属尾差，在四舍五入误差范围内）",
  en: " (difference {difference}: a rounding difference, within rounding tolerance)",
};
// A sum of rounded parts may legitimately miss its total by 尾差; the same amount shown twice may not.
const SAME_ROUNDING = {
  zh: "（相差 {difference}，属尾差，在四舍五入误差范围内，但同一数在两处应一致，仍建议修正）",
  en: " (difference {difference}: a rounding difference, within rounding tolerance; the same amount in two places should still agree)",
};

function finding(
  ctx: RuleContext,
  emit: Emit,
  rule: Rule,
  total: Operand,
  parts: Operand[],
  cmp: Comparison,
): Finding {
  // Every part row is named, blank ones too: a forgotten amount is the usual cause of a broken sum.
  const named = parts.filter((p) => p.cell);
  const cells: CellRef[] = [];
  const seen = new Set<string>();
  for (const c of [total.cell, ...named.map((p) => p.cell)]) {
    const key = c ? `${c.sheet}!${c.address}` : "";
    if (c && !seen.has(key)) {
      seen.add(key);
      cells.push(ref(c));
    }
  }
  const decimals = Math.max(2, total.cell?.decimals ?? 2, ...named.map((p) => p.cell?.decimals ?? 2));
  // Amounts read from 元 carry 6 decimals in 万元; a message shows only the decimals its figures need.
  const shown = Math.max(
    2,
    cmp.expected.decimalPlaces(),
    cmp.actual.decimalPlaces(),
    cmp.difference.decimalPlaces(),
  );
  const display = Math.min(decimals, shown);
  const rounding = cmp.verdict === "rounding";
  const params = {
    cell: describe(ctx, total),
    actual: showAmount(total.cell?.value ?? null, display, ctx.lang),
    expected: formatAmount(cmp.expected, display),
    other: parts[0] ? describe(ctx, parts[0]) : "",
    difference: formatAmount(cmp.difference, display),
  };
  return emit(rule, params, cells, {
    severity: rounding ? "rounding" : rule.severity,
    suffix: !rounding ? DIFFERENCE : rule.kind === "sum" ? SUM_ROUNDING : SAME_ROUNDING,
    expected: cmp.expected.toFixed(decimals),
    actual: cmp.actual.toFixed(decimals),
    difference: cmp.difference.toFixed(decimals),
    table: total.key,
  });
}

const MISSING_LINE = defineCheck({
  id: "completeness.missing-line",
  group: "completeness",
  severity: "info",
  messages: {
    zh: "{title}中没有找到“{line}”行，相关勾稽未检查",
    en: "{title}: no “{line}” line found; the checks that need it were skipped",
  },
  describe: {
    zh: "勾稽需要的合计行缺失（相关勾稽未检查）",
    en: "a total line the identities need is missing (they are not checked)",
  },
});

/** Info finding: a total line a rule needs is not in the table (said once per table). */
function missingLine(ctx: RuleContext, emit: Emit, key: TableKey, name: string): Finding {
  const ix = ctx.tables.get(key);
  const cells = ix ? [{ sheet: ix.table.sheet, address: ix.table.rows[0]?.label.address ?? "A1" }] : [];
  return emit(MISSING_LINE, { title: tableTitle(key), line: name }, cells, { table: key });
}

const MISSING_COLUMNS = defineCheck({
  id: "completeness.missing-column",
  group: "completeness",
  severity: "warning",
  messages: {
    zh: "{title}缺少{columns}列，依赖这些列的表内平衡未检查",
    en: "{title} has no {columns} column(s); the identities that need them were not checked",
  },
});

/**
 * The parts of a sum that all address columns the table does not have (支出决算表 printed with its total
 * column only): the sum cannot be checked at all, which is one finding for the table, not one per row.
 */
function absentParts(ctx: RuleContext, rule: Rule): string[] {
  if (rule.kind !== "sum" || !rule.parts.length) return [];
  const ix = ctx.tables.get(rule.total.table);
  const absent = rule.parts.filter(
    (t) => ix && t.table === rule.total.table && !t.col.includes("$") && !ix.table.columns.includes(t.col),
  );
  return absent.length === rule.parts.length ? absent.map((t) => t.col) : [];
}

function missingColumns(ctx: RuleContext, emit: Emit, missing: Map<TableKey, Set<string>>): Finding[] {
  return [...missing].map(([key, cols]) => {
    const ix = ctx.tables.get(key) as IndexedTable;
    const cell = { sheet: ix.table.sheet, address: toA1(ix.table.range.top, ix.table.range.left) };
    const columns = [...cols].map((c) => `“${c}”`).join("");
    return emit(MISSING_COLUMNS, { title: tableTitle(key), columns }, [cell], { table: key });
  });
}

export function evaluateRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const emit = emitter(ctx.lang);
  const missingSaid = new Set<TableKey>();
  const missingCols = new Map<TableKey, Set<string>>();
  const slackFen = slackInFen(ctx.slack);
  for (const rule of rules) {
    if (!hasTables(ctx, rule)) continue;
    const absent = absentParts(ctx, rule);
    if (absent.length) {
      const cols = missingCols.get(rule.total.table) ?? new Set<string>();
      for (const c of absent) cols.add(c);
      missingCols.set(rule.total.table, cols);
      continue;
    }
    const unless = rule.unlessSubLines;
    if (unless && hasSubLines(ctx.tables.get(unless.table) as IndexedTable, unless.line, unless.panel))
      continue;
    for (const b of bindings(ctx, rule)) {
      const [total] = operands(ctx, rule.total, b);
      if (!total?.row) {
        const sel = rule.total.row;
        const ix = ctx.tables.get(rule.total.table) as IndexedTable;
        const name = "line" in sel ? sel.line.replace("$", b.col ?? "") : "";
        if (
          name &&
          isSchemaTotal(ix, name, "line" in sel ? sel.panel : undefined) &&
          !missingSaid.has(ix.table.key)
        ) {
          missingSaid.add(ix.table.key);
          findings.push(missingLine(ctx, emit, ix.table.key, name));
        }
        continue;
      }
      if (!total.cell) continue;
      const selected = rule.parts.map((t) => operands(ctx, t, b));
      if (rule.parts.some((t, i) => t.required && !selected[i].length)) continue;
      const parts = flatten(selected);
      if (rule.needParts && !parts.some((p) => p.row)) continue;
      // A comparison with a line or column the other table does not have says nothing (a missing
      // code row, on the other hand, is a blank: that class was not spent on there).
      if (rule.kind !== "sum" && (!parts[0] || (parts[0].row && !parts[0].cell))) continue;
      // A cell that is not an amount is its own finding (cell.invalid); sums over it would only echo it.
      if (total.cell.invalid || parts.some((p) => p.cell?.invalid)) continue;
      // Blank against blanks holds whatever the rule; most cells of a big table are blank.
      if (total.cell.blank && parts.every((p) => !p.cell || p.cell.blank)) continue;
      if (rule.blanks === "unknown" && hasUnknown(rule, total, selected)) continue;
      // 尾差 is worth saying where the rule is an error; against a warning (决算 over 预算) it is noise.
      const quick =
        rule.tolerance === undefined && slackFen !== undefined
          ? quickVerdict(rule, total, parts, slackFen)
          : undefined;
      if (quick === "exact" || (quick === "rounding" && (rule.approx || rule.severity !== "error"))) continue;
      const cmp = judged(rule, compare(rule, total, parts, ctx.slack));
      const said =
        cmp.verdict === "inconsistent" || (cmp.verdict === "rounding" && rule.severity === "error");
      if (said) findings.push(finding(ctx, emit, rule, total, parts, cmp));
    }
  }
  return [...findings, ...missingColumns(ctx, emit, missingCols)];
}
