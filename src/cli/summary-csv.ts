import { closeSync, openSync, writeSync } from "fs";
import { Lang, Severity } from "../engine";
import { FileReport } from "./report";
import { FINDING_HEADERS, findingRows } from "./summary-rows";

/**
 * `--out 审核汇总.csv`: the findings as CSV, written file by file. UTF-8 with a byte-order mark, so that
 * Excel opens the Chinese text as such; CRLF lines and RFC 4180 quoting, as Excel writes CSV.
 */

const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const line = (values: string[]) => `${values.map(field).join(",")}\r\n`;

export class CsvSummary {
  private readonly fd: number;

  constructor(
    path: string,
    private readonly lang: Lang,
    private readonly min: Severity,
  ) {
    this.fd = openSync(path, "w");
    writeSync(this.fd, `\uFEFF${line(FINDING_HEADERS[lang])}`);
  }

  add(r: FileReport): void {
    const rows = findingRows(r, this.lang, this.min);
    if (rows.length) writeSync(this.fd, rows.map(line).join(""));
  }

  finish(): void {
    closeSync(this.fd);
  }
}
