import { Money } from "../engine/decimal";
import { Finding, Lang, SEVERITIES, Severity, TableLocation } from "../engine";
import { TABLE_ORDER, TABLE_SCHEMAS } from "../engine/tables/schemas";
import { translator } from "./messages";

export interface FindingFilter {
  severities: Severity[];
  text: string;
}

export interface TableGroup {
  /** Table key, "PERF:…" id, or "" for findings that belong to no table. */
  table: string;
  title: string;
  findings: Finding[];
}

export interface SeveritySection {
  severity: Severity;
  tables: TableGroup[];
}

const PERF_PREFIX = "PERF:";

/** The group of findings about the 情况说明 (those that quote it), whatever table they compare with. */
export const NARRATIVE_GROUP = "NARRATIVE";

/** The group a finding is listed under: 情况说明 when it quotes the narrative, else its table. */
export function groupOf(f: Finding): string {
  return f.text?.length ? NARRATIVE_GROUP : (f.table ?? "");
}

/** The title a user knows a table by: as found in the workbook, else the schema's, else the 自评表's project. */
export function tableTitle(table: string, tables: TableLocation[], lang: Lang): string {
  const t = translator(lang);
  if (!table) return t("otherTable");
  if (table === NARRATIVE_GROUP) return t("narrativeGroup");
  const found = tables.find((l) => l.key === table);
  if (found?.title) return found.title;
  if (table.startsWith(PERF_PREFIX))
    return `${t("perfTable")}${lang === "en" ? ": " : "："}${table.slice(PERF_PREFIX.length)}`;
  return TABLE_SCHEMAS.find((s) => s.key === table)?.title ?? table;
}

export function matchesFilter(f: Finding, filter: FindingFilter): boolean {
  if (!filter.severities.includes(f.severity)) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    f.message,
    f.rule,
    f.table ?? "",
    ...f.cells.map((c) => `${c.sheet}!${c.address}`),
    ...(f.text ?? []).map((q) => q.quote),
  ];
  return haystack.some((s) => s.toLowerCase().includes(needle));
}

/** Standard tables in published order, then 自评表 and others in the order the engine reported them. */
function tableRank(table: string): number {
  const i = TABLE_ORDER.indexOf(table as (typeof TABLE_ORDER)[number]);
  if (i >= 0) return i;
  // The 情况说明 after the tables and 自评表 it is checked against, before findings of no table.
  if (table === NARRATIVE_GROUP) return TABLE_ORDER.length + 0.5;
  return table ? TABLE_ORDER.length : TABLE_ORDER.length + 1;
}

const cellId = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Findings that are the cause of others: the total a finding rests on (its first cell) is blank or
 * zero, and other findings cite that same cell. A forgotten 人员经费合计 breaks its own sum and every
 * identity that reads it; fixing the one fixes the rest, so it is read first.
 */
export function rootCauses(findings: Finding[]): Set<Finding> {
  const citations = new Map<string, number>();
  for (const f of findings)
    for (const id of new Set(f.cells.map(cellId))) citations.set(id, (citations.get(id) ?? 0) + 1);
  const roots = new Set<Finding>();
  for (const f of findings) {
    const total = f.cells[0];
    const blank = f.actual !== undefined && PLAIN_DECIMAL.test(f.actual) && new Money(f.actual).isZero();
    if (total && blank && (citations.get(cellId(total)) ?? 0) > 1) roots.add(f);
  }
  return roots;
}

/**
 * The panel's reading order, after the filter: by severity (errors, 尾差, warnings, notes), within
 * each by table in the set's order, the root causes first (their tables before the others, and
 * first within their table). The engine's own order (by table) stays as it is for the CLI and JSON.
 */
export function groupFindings(
  findings: Finding[],
  tables: TableLocation[],
  filter: FindingFilter,
  lang: Lang,
): SeveritySection[] {
  const roots = rootCauses(findings);
  const shown = findings.filter((f) => matchesFilter(f, filter));
  return SEVERITIES.map((severity) => {
    const byTable = new Map<string, Finding[]>();
    for (const f of shown) {
      if (f.severity !== severity) continue;
      const key = groupOf(f);
      const list = byTable.get(key);
      if (list) list.push(f);
      else byTable.set(key, [f]);
    }
    const hasRoot = (key: string) => ((byTable.get(key) ?? []).some((f) => roots.has(f)) ? 0 : 1);
    // Stable sorts keep the engine's order among 自评表 and among a table's findings.
    const keys = [...byTable.keys()].sort((a, b) => hasRoot(a) - hasRoot(b) || tableRank(a) - tableRank(b));
    const groups = keys.map((table) => {
      const list = byTable.get(table) ?? [];
      const ordered = [...list].sort((a, b) => Number(roots.has(b)) - Number(roots.has(a)));
      return { table, title: tableTitle(table, tables, lang), findings: ordered };
    });
    return { severity, tables: groups };
  }).filter((s) => s.tables.length > 0);
}

/** The findings in the order the panel lists them (for 标记 and 导出, which follow the list). */
export function orderedFindings(sections: SeveritySection[]): Finding[] {
  return sections.flatMap((s) => s.tables.flatMap((t) => t.findings));
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
