import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { PassThrough } from "stream";
import { Lang, Severity } from "../engine";
import { FileReport } from "./report";
import {
  AMOUNT_COLUMNS,
  FINDING_HEADERS,
  FINDING_WIDTHS,
  FINDINGS_SHEET,
  findingRows,
  SUMMARY_HEADERS,
  SUMMARY_SHEET,
  SUMMARY_WIDTHS,
  summaryRow,
  Value,
} from "./summary-rows";

/**
 * `--out 审核汇总.xlsx`: sheet 汇总 (a row per file) and 问题清单 (a row per finding), written row by row
 * with exceljs's streaming writer, so a large batch is held as compact sheet XML, not as reports.
 * The same inputs give the same bytes: fixed document dates and zip entry times.
 */

/** Document properties and zip entry times: fixed, for byte-identical output. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** "1362.34" → 1362.34 with two decimals shown; amounts beyond a double's 15 digits stay text. */
function amountCell(s: string): { value: Value; numFmt?: string } {
  if (!/^-?\d+(\.\d+)?$/.test(s) || s.replace(/[-.]/g, "").replace(/^0+/, "").length > 15)
    return { value: s };
  const decimals = s.split(".")[1]?.length ?? 0;
  return { value: Number(s), numFmt: decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0" };
}

export class XlsxSummary {
  private readonly chunks: Buffer[] = [];
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly summary: ExcelJS.Worksheet;
  private readonly findings: ExcelJS.Worksheet;
  private summaryRows = 1;
  private findingRowCount = 1;

  constructor(
    private readonly lang: Lang,
    private readonly min: Severity,
  ) {
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    this.book.creator = "决算助手";
    this.book.created = FIXED_DATE;
    this.book.modified = FIXED_DATE;
    const frozen: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: "frozen", ySplit: 1 }] };
    this.summary = this.book.addWorksheet(SUMMARY_SHEET[lang], frozen);
    this.findings = this.book.addWorksheet(FINDINGS_SHEET[lang], frozen);
    this.header(this.summary, SUMMARY_HEADERS[lang], SUMMARY_WIDTHS);
    this.header(this.findings, FINDING_HEADERS[lang], FINDING_WIDTHS);
  }

  add(r: FileReport): void {
    this.summary.addRow(summaryRow(r, this.lang)).commit();
    this.summaryRows++;
    for (const values of findingRows(r, this.lang, this.min)) {
      const row = this.findings.addRow(values);
      for (const i of AMOUNT_COLUMNS) {
        if (!values[i]) continue;
        const { value, numFmt } = amountCell(values[i]);
        const cell = row.getCell(i + 1);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      }
      row.commit();
      this.findingRowCount++;
    }
  }

  /** The workbook's bytes. */
  async finish(): Promise<Uint8Array> {
    this.summary.autoFilter = {
      from: "A1",
      to: { row: this.summaryRows, column: SUMMARY_HEADERS.zh.length },
    };
    this.findings.autoFilter = {
      from: "A1",
      to: { row: this.findingRowCount, column: FINDING_HEADERS.zh.length },
    };
    this.summary.commit();
    this.findings.commit();
    await this.book.commit();
    // archiver stamps each entry with the time of writing; the same entries at a fixed time are stable.
    const entries = unzipSync(new Uint8Array(Buffer.concat(this.chunks)));
    return zipSync(entries, { level: 6, mtime: new Date(2000, 0, 1) });
  }

  private header(sheet: ExcelJS.Worksheet, headers: string[], widths: number[]): void {
    sheet.columns = widths.map((width) => ({ width }));
    const row = sheet.addRow(headers);
    row.font = { bold: true };
    row.commit();
  }
}
