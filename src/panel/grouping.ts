import { Finding, Lang, SEVERITIES, Severity } from "../engine/findings";
import { TableLocation } from "../engine/result";
import { TABLE_ORDER, TABLE_SCHEMAS } from "../engine/tables/schemas";
import { translator } from "./messages";

export interface FindingFilter {
  severities: Severity[];
  text: string;
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface TableGroup {
  /** Table key, "PERF:…" id, or "" for findings that belong to no table. */
  table: string;
  title: string;
  severities: SeverityGroup[];
  count: number;
}

const PERF_PREFIX = "PERF:";

/** The title a user knows a table by: as found in the workbook, else the schema's, else the 自评表's project. */
export function tableTitle(table: string, tables: TableLocation[], lang: Lang): string {
  const t = translator(lang);
  if (!table) return t("otherTable");
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
  const haystack = [f.message, f.rule, f.table ?? "", ...f.cells.map((c) => `${c.sheet}!${c.address}`)];
  return haystack.some((s) => s.toLowerCase().includes(needle));
}

/** Standard tables in published order, then 自评表 and others in the order the engine reported them. */
function tableRank(table: string): number {
  const i = TABLE_ORDER.indexOf(table as (typeof TABLE_ORDER)[number]);
  if (i >= 0) return i;
  return table ? TABLE_ORDER.length : TABLE_ORDER.length + 1;
}

/** Findings grouped by table, then by severity (most severe first), after the filter. */
export function groupFindings(
  findings: Finding[],
  tables: TableLocation[],
  filter: FindingFilter,
  lang: Lang,
): TableGroup[] {
  const byTable = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!matchesFilter(f, filter)) continue;
    const key = f.table ?? "";
    const list = byTable.get(key);
    if (list) list.push(f);
    else byTable.set(key, [f]);
  }
  const keys = [...byTable.keys()];
  // Stable sort keeps the engine's order among 自评表.
  keys.sort((a, b) => tableRank(a) - tableRank(b));
  return keys.map((table) => {
    const list = byTable.get(table) ?? [];
    const severities = SEVERITIES.map((severity) => ({
      severity,
      findings: list.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0);
    return { table, title: tableTitle(table, tables, lang), severities, count: list.length };
  });
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
