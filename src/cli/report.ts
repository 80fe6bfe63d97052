import { Finding, SEVERITIES, Severity } from "../engine/findings";
import { NarrativeCoverage } from "../engine/narrative/types";
import { TableLocation } from "../engine/result";
import { ReadFailure } from "../hosts/xlsx/zip";

/** The outcome for one file: where its tables are and what was found, or why it could not be read. */
export interface FileReport {
  file: string;
  /** As the tables name them (单位：…, 2024年度…), when they do. */
  department?: string;
  year?: string;
  tables: TableLocation[];
  findings: Finding[];
  /** Set when the file could not be read or checked: a Chinese sentence naming the reason. */
  error?: string;
  reason?: ReadFailure | "internal";
  /** The 情况说明 checked with the workbook: how much of it was checked. */
  narrative?: NarrativeCoverage;
  /** The 情况说明 paired with the workbook could not be read (the tables were checked all the same). */
  narrativeError?: string;
  /** Last year's workbook the cross-year checks compared with (--previous). */
  previous?: string;
  /** --previous was given but last year's workbook was not found or not read: the cross-year checks were not done. */
  previousError?: string;
}

export type Counts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Findings at `min` or more severe (--severity). */
export function shownFindings(findings: readonly Finding[], min: Severity): Finding[] {
  const rank = SEVERITIES.indexOf(min);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= rank);
}

/** Errors without a 说明: an error the department explained in the workbook is accepted, not failed. */
export const hasUnexplainedError = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === "error" && f.explanation === undefined);

/** Findings that carry a 说明 kept in the workbook. */
export const countExplained = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.explanation !== undefined).length;

/** 有错误 / 错误均已说明 / 仅尾差或警告 / 无问题 / 无法读取: a file's line in the batch summary. */
export type FileStatus = "error" | "explained" | "minor" | "clean" | "unreadable";

export function fileStatus(r: FileReport): FileStatus {
  if (r.error !== undefined) return "unreadable";
  const counts = countFindings(r.findings);
  if (hasUnexplainedError(r.findings)) return "error";
  if (counts.error) return "explained";
  return counts.rounding || counts.warning ? "minor" : "clean";
}

/**
 * 0 no unexplained error findings; 1 error findings without a 说明; 2 the file, its 情况说明 or last
 * year's could not be read.
 */
export function fileExitStatus(r: FileReport): number {
  if (r.error !== undefined || r.narrativeError !== undefined || r.previousError !== undefined) return 2;
  return hasUnexplainedError(r.findings) ? 1 : 0;
}

/**
 * One file's entry of the `--json` document. Field order and presence are the contract: every finding
 * carries expected, actual and difference (null where the rule compares no amounts), and `table` only
 * when known. `counts` counts every finding, also those below --severity.
 */
export function fileJson(r: FileReport, min: Severity): object {
  return {
    file: r.file,
    ...(r.department !== undefined ? { department: r.department } : {}),
    ...(r.year !== undefined ? { year: r.year } : {}),
    ...(r.error !== undefined ? { error: r.error, reason: r.reason } : {}),
    counts: countFindings(r.findings),
    tables: r.tables.map(({ key, title, sheet, range }) => ({ key, title, sheet, range })),
    findings: shownFindings(r.findings, min).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells: f.cells.map(({ sheet, address, file }) => ({
        sheet,
        address,
        ...(file !== undefined ? { file } : {}),
      })),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      difference: f.difference ?? null,
      ...(f.table !== undefined ? { table: f.table } : {}),
      ...(f.text !== undefined ? { text: f.text } : {}),
      ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
    })),
    ...(r.narrative !== undefined ? { narrative: r.narrative } : {}),
    ...(r.narrativeError !== undefined ? { narrativeError: r.narrativeError } : {}),
    ...(r.previous !== undefined ? { previous: r.previous } : {}),
    ...(r.previousError !== undefined ? { previousError: r.previousError } : {}),
  };
}

/**
 * The `--json` document written file by file, so that a batch of a thousand workbooks is never held:
 * the same text JSON.stringify(document, null, 2) would give.
 */
export class JsonStream {
  private count = 0;

  constructor(
    private readonly write: (text: string) => unknown,
    private readonly min: Severity,
  ) {}

  begin(meta: { version: string; skipped: number }): void {
    const head = JSON.stringify(meta, null, 2).slice(0, -2);
    this.write(`${head},\n  "files": [`);
  }

  file(r: FileReport): void {
    const body = JSON.stringify(fileJson(r, this.min), null, 2).replace(/\n/g, "\n    ");
    this.write(`${this.count++ ? "," : ""}\n    ${body}`);
  }

  end(): void {
    this.write(this.count ? "\n  ]\n}\n" : "]\n}\n");
  }
}
