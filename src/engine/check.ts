import { defineCheck, Emit, emitter } from "./catalogue";
import { Finding, SEVERITIES } from "./findings";
import { checkPerformance, recognizePerfTables } from "./selfeval";
import { Money } from "./decimal";
import { checkPreviousYear } from "./previous";
import { applyExplanations } from "./explanations";
import { CellRef, rangeToA1, Workbook } from "./model";
import { narrativeStep } from "./narrative";
import { CheckOptions, CheckResult, TableLocation } from "./result";
import { runRules } from "./rules";
import { runUserRules } from "./rules/user";
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

const RECOGNITION = defineCheck({
  id: "recognition",
  group: "cells",
  severity: "warning",
  // Recognition explains itself in Chinese (it names the sheet and the headers it looked for).
  messages: { zh: "{message}", en: "Table recognition: {message}" },
  describe: { zh: "表格识别提示", en: "table recognition notices" },
});

function recognitionFinding(issue: RecognitionIssue, emit: Emit): Finding {
  return emit(RECOGNITION, { message: issue.message }, issue.cell ? [issue.cell] : []);
}

/** Checks tables already recognised (tests, and the panel after the user assigned a range). */
export function checkTables(tables: TableInstance[], options: CheckOptions = {}): CheckResult {
  const user = runUserRules(undefined, tables, options);
  const findings = [...runRules(tables, options), ...user.findings].filter((f) => !user.disabled.has(f.rule));
  return { tables: tables.map(locate), findings: sortFindings(findings) };
}

/**
 * Last year's tables by workbook: a host keeps last year's report open while this year's is checked again
 * and again (the panel re-checks on every edit), and a model once read is never changed.
 */
const lastYear = new WeakMap<Workbook, TableInstance[]>();

function previousTables(wb: Workbook): TableInstance[] {
  let tables = lastYear.get(wb);
  if (!tables) lastYear.set(wb, (tables = recognizeTables(wb).tables));
  return tables;
}

export function checkWorkbook(wb: Workbook, options: CheckOptions = {}): CheckResult {
  const emit = emitter(options.lang ?? "zh");
  const { tables, issues } = recognizeTables(wb, { assignments: options.assignments });
  const findings = runRules(tables, options);
  // An invalid amount is already a cell.invalid finding; recognition reports it too.
  const invalid = new Set(findings.filter((f) => f.rule === "cell.invalid").map((f) => cellId(f.cells[0])));
  for (const issue of issues)
    if (!issue.cell || !invalid.has(cellId(issue.cell))) findings.push(recognitionFinding(issue, emit));
  // The 自评表, recognised once: for the 绩效 checks and for the 情况说明's project figures.
  const perfTables = recognizePerfTables(wb);
  const perf = checkPerformance(wb, tables, options, perfTables);
  const previous = options.previous;
  // Last year's tables, read once: for the cross-year checks and the narrative's 同比 figures.
  const last = previous && { file: previous.file, tables: previousTables(previous.workbook) };
  if (last && !options.disabledGroups?.includes("previous")) {
    const slack = new Money(options.roundingSlack ?? 0).times("0.01");
    findings.push(...checkPreviousYear(tables, last, emit, slack));
  }
  // 审核公式 run beside the built-in checks; a `关闭 id` line drops that check's findings.
  const user = runUserRules(wb, tables, options);
  const located = [...tables.map(locate), ...perf.tables];
  const narrative = narrativeStep(wb, tables, options, last, perfTables);
  const all = [
    ...findings,
    ...perf.findings,
    ...user.findings,
    ...uncalculatedFindings(wb, located, emit),
    ...(narrative?.findings ?? []),
  ];
  const sorted = sortFindings(
    all.filter((f) => !user.disabled.has(f.rule)),
    perf.tables.map((t) => t.key),
  );
  const explained = options.explanations?.length
    ? applyExplanations(sorted, options.explanations).findings
    : sorted;
  return { tables: located, findings: explained, ...(narrative && { narrative: narrative.coverage }) };
}
