import { Finding } from "../engine/findings";
import { TableLocation } from "../engine/result";
import { ReadFailure } from "../hosts/xlsx/zip";

/** The outcome for one file: where its tables are and what was found, or why it could not be read. */
export interface FileReport {
  file: string;
  tables: TableLocation[];
  findings: Finding[];
  /** Set when the file could not be read or checked: a Chinese sentence naming the reason. */
  error?: string;
  reason?: ReadFailure | "internal";
}

/**
 * The `--json` document. Field order and presence are the contract: every finding carries expected,
 * actual and difference (null where the rule compares no amounts), and `table` only when known.
 */
export function toJson(reports: FileReport[]): string {
  const files = reports.map((r) => ({
    file: r.file,
    ...(r.error !== undefined ? { error: r.error, reason: r.reason } : {}),
    tables: r.tables.map(({ key, title, sheet, range }) => ({ key, title, sheet, range })),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells: f.cells.map(({ sheet, address }) => ({ sheet, address })),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      difference: f.difference ?? null,
      ...(f.table !== undefined ? { table: f.table } : {}),
    })),
  }));
  return JSON.stringify({ files }, null, 2);
}

/** 0 no error findings; 1 error findings; 2 some file could not be read (2 wins). */
export function exitStatus(reports: FileReport[]): number {
  if (reports.some((r) => r.error !== undefined)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
