import { Finding, Lang, SEVERITIES } from "./findings";
import { checkPerformance } from "./selfeval";
import { CellRef, rangeToA1, Workbook } from "./model";
import { CheckOptions, CheckResult, TableLocation } from "./result";
import { runRules } from "./rules";
import { recognizeTables } from "./tables/recognize";
import { TABLE_ORDER } from "./tables/schemas";
import { RecognitionIssue, TableInstance } from "./tables/types";
import { uncalculatedFindings } from "./uncalculated";

/**
 * The engine's top level: recognise the tables, run the rulebook and the further checks, and hand back
 * where each table is and what does not add up. Pure: every host (panel, CLI, batch review) calls this.
 */

/**
 * Table order (the standard set in published order, then the given extra tables such as 自评表 in
 * workbook order, table-less last), then severity, then rule id; otherwise stable.
 */
export function sortFindings(findings: Finding[], extraTables: readonly string[] = []): Finding[] {
  const order = new Map<string, number>([...TABLE_ORDER, ...extraTables].map((k, i) => [k, i]));
  const rank = (f: Finding) => (f.table === undefined ? order.size + 1 : (order.get(f.table) ?? order.size));
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank(a.f) - rank(b.f) ||
        SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) ||
        (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

export function locate(table: TableInstance): TableLocation {
  return { key: table.key, title: table.title, sheet: table.sheet, range: rangeToA1(table.range) };
}

const cellId = (c: CellRef) => `${c.sheet}!${c.address}`;

function recognitionFinding(issue: RecognitionIssue, lang: Lang): Finding {
  return {
    rule: "recognition",
    severity: "warning",
    message: lang === "zh" ? issue.message : `Table recognition: ${issue.message}`,
    cells: issue.cell ? [{ sheet: issue.cell.sheet, address: issue.cell.address }] : [],
  };
}

/** Checks tables already recognised (tests, and the panel after the user assigned a range). */
export function checkTables(tables: TableInstance[], options: CheckOptions = {}): CheckResult {
  return { tables: tables.map(locate), findings: sortFindings(runRules(tables, options)) };
}

export function checkWorkbook(wb: Workbook, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? "zh";
  const { tables, issues } = recognizeTables(wb, { assignments: options.assignments });
  const findings = runRules(tables, options);
  // An invalid amount is already a cell.invalid finding; recognition reports it too.
  const invalid = new Set(findings.filter((f) => f.rule === "cell.invalid").map((f) => cellId(f.cells[0])));
  for (const issue of issues)
    if (!issue.cell || !invalid.has(cellId(issue.cell))) findings.push(recognitionFinding(issue, lang));
  const perf = checkPerformance(wb, tables, options);
  const located = [...tables.map(locate), ...perf.tables];
  return {
    tables: located,
    findings: sortFindings(
      [...findings, ...perf.findings, ...uncalculatedFindings(wb, located, lang)],
      perf.tables.map((t) => t.key),
    ),
  };
}
