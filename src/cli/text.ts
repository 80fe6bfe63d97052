import { basename } from "path";
import { formatAmount, Money } from "../engine/decimal";
import { Lang, SEVERITIES, Severity } from "../engine/findings";
import { CellRef } from "../engine/model";
import { countExplained, countFindings, FileReport, hasUnexplainedError, shownFindings } from "./report";

/** The terminal report: per file, where each table is, then findings by severity, then a summary line. */

const SEVERITY_LABEL: Record<Severity, Record<Lang, string>> = {
  error: { zh: "错误", en: "Errors" },
  rounding: { zh: "尾差", en: "Rounding differences" },
  warning: { zh: "警告", en: "Warnings" },
  info: { zh: "提示", en: "Notes" },
};

const WORDS = {
  zh: {
    colon: "：",
    tables: "找到的表",
    none: "未找到任何决算公开表",
    cells: "单元格",
    expected: "应为",
    actual: "实为",
    difference: "差额",
    clean: "未发现问题",
    explained: "已说明",
    unreadable: "无法读取",
    summary: (tables: number, counts: string) => `小结：${tables} 张表；${counts}`,
    batch: (files: number, unreadable: number, withErrors: number, clean: number) =>
      `共检查 ${files} 个文件：${withErrors} 个有错误，${clean} 个未发现错误，${unreadable} 个无法读取`,
    count: (label: string, n: number) => `${label} ${n} 条`,
    skipped: (n: number) => `；跳过 ${n} 个非 .xlsx 文件`,
    errorFiles: "有错误的文件",
    unreadableFiles: "无法读取的文件",
    otherSpreadsheets: "未检查的其他格式表格（请另存为 .xlsx）",
    previous: "上年报表",
    withoutPrevious: (n: number) => `未与上年报表对照的文件（${n} 个）`,
    narrativeUnread: "情况说明无法读取，未核对",
    narrative: (source: string, checked: number, unchecked: number) =>
      `情况说明 ${source}：核对 ${checked} 个数字，${unchecked} 个无法对应到表中数字、未核对`,
  },
  en: {
    colon: ": ",
    tables: "Tables found",
    none: "No disclosure table found",
    cells: "cells",
    expected: "expected",
    actual: "actual",
    difference: "difference",
    clean: "no findings",
    explained: "Explained",
    unreadable: "cannot read",
    summary: (tables: number, counts: string) => `Summary: ${tables} tables; ${counts}`,
    batch: (files: number, unreadable: number, withErrors: number, clean: number) =>
      `${files} files checked: ${withErrors} with errors, ${clean} without errors, ${unreadable} unreadable`,
    count: (label: string, n: number) => `${n} ${label.toLowerCase()}`,
    skipped: (n: number) => `; ${n} files skipped (not .xlsx)`,
    errorFiles: "Files with errors",
    unreadableFiles: "Unreadable files",
    otherSpreadsheets: "Spreadsheets in other formats, not checked (save them as .xlsx)",
    previous: "Last year's report",
    withoutPrevious: (n: number) => `Files not compared with last year's report (${n})`,
    narrativeUnread: "Narrative not checked: it could not be read",
    narrative: (source: string, checked: number, unchecked: number) =>
      `Narrative ${source}: ${checked} figures checked, ${unchecked} not tied to one table figure and not checked`,
  },
};

const ANSI: Record<Severity | "bold" | "dim", string> = {
  error: "\x1b[31m",
  rounding: "\x1b[33m",
  warning: "\x1b[35m",
  info: "\x1b[36m",
  bold: "\x1b[1m",
  dim: "\x1b[2m",
};

/** "1362.34" → "1,362.34": a finding's decimal string as the tables print it, at its own decimals. */
export function groupDigits(amount: string): string {
  return formatAmount(new Money(amount), amount.split(".")[1]?.length ?? 0);
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  const wide = text.match(
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g,
  );
  return text.length + (wide?.length ?? 0);
}

const padEnd = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

/**
 * Control characters (and bidirectional overrides) from cells and file names shown as escapes: a crafted
 * workbook must not clear the terminal, move the cursor or print a fake line.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0);
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u${code.toString(16).padStart(4, "0")}`;
    },
  );
}

/** A sheet name as Excel writes it in a reference: quoted when needed, a quote doubled ('It''s'!A1). */
export function sheetRef(sheet: string): string {
  return /[^\p{L}\p{N}_]|^\d/u.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** "公开01表!F15"; a cell of another workbook (last year's) as Excel names it: '[2023.xlsx]公开01表'!F15. */
export const cellText = (c: CellRef) =>
  `${c.file === undefined ? sheetRef(c.sheet) : `'[${basename(c.file).replace(/'/g, "''")}]${c.sheet.replace(/'/g, "''")}'`}!${c.address}`;

/** The reason in English before the Chinese detail, which names the file, part or limit. */
const READ_FAILURE_EN: Record<NonNullable<FileReport["reason"]>, string> = {
  "not-workbook": "not a workbook",
  encrypted: "encrypted, or an old .xls",
  corrupt: "corrupt",
  "too-large": "too large",
  "not-found": "file not found",
  unreadable: "the file could not be read",
  internal: "internal error while checking",
};

/** One file's report; findings below `min` are not listed (the summary line counts them all). */
export function formatText(
  reports: FileReport[],
  lang: Lang,
  color: boolean,
  min: Severity = "info",
): string {
  const w = WORDS[lang];
  const paint = (style: keyof typeof ANSI, s: string) => (color ? `${ANSI[style]}${s}\x1b[0m` : s);
  const safe = escapeControls;
  const out: string[] = [];
  for (const r of reports) {
    out.push(paint("bold", safe(r.file)));
    if (r.error !== undefined) {
      const why = lang === "en" && r.reason ? ` (${READ_FAILURE_EN[r.reason]})` : "";
      out.push(`  ${paint("error", `${w.unreadable}${why}${w.colon}${safe(r.error)}`)}`, "");
      continue;
    }
    if (r.tables.length) {
      out.push(`  ${w.tables} (${r.tables.length})`);
      const keyWidth = Math.max(...r.tables.map((t) => displayWidth(safe(t.key))));
      for (const t of r.tables) {
        const where = cellText({ sheet: t.sheet, address: t.range });
        out.push(`    ${padEnd(safe(t.key), keyWidth)}  ${safe(t.title)}  ${paint("dim", safe(where))}`);
      }
    } else {
      out.push(`  ${paint("warning", w.none)}`);
    }
    if (r.narrativeError !== undefined)
      out.push(`  ${paint("error", `${w.narrativeUnread}${w.colon}${safe(r.narrativeError)}`)}`);
    else if (r.narrative)
      out.push(`  ${w.narrative(safe(r.narrative.source), r.narrative.checked, r.narrative.unchecked)}`);
    if (r.previousError !== undefined) out.push(`  ${paint("error", safe(r.previousError))}`);
    else if (r.previous !== undefined) out.push(`  ${w.previous}${w.colon}${safe(r.previous)}`);
    const counts = countFindings(r.findings);
    const shown = shownFindings(r.findings, min);
    for (const severity of SEVERITIES) {
      const findings = shown.filter((f) => f.severity === severity);
      if (!findings.length) continue;
      out.push(`  ${paint(severity, `${SEVERITY_LABEL[severity][lang]} (${findings.length})`)}`);
      for (const f of findings) {
        out.push(`    ${paint(severity, "•")} ${safe(f.message)}  ${paint("dim", `[${safe(f.rule)}]`)}`);
        if (f.cells.length) out.push(`      ${w.cells}${w.colon}${safe(f.cells.map(cellText).join(", "))}`);
        const amounts = (
          [
            [w.expected, f.expected],
            [w.actual, f.actual],
            [w.difference, f.difference],
          ] as const
        ).filter(([, v]) => v !== undefined);
        if (amounts.length)
          out.push(`      ${amounts.map(([k, v]) => `${k} ${groupDigits(v as string)}`).join("  ")}`);
        if (f.explanation !== undefined) out.push(`      ${w.explained}${w.colon}${safe(f.explanation)}`);
      }
    }
    if (!r.findings.length) out.push(`  ${w.clean}`);
    const countText = SEVERITIES.map((s) => w.count(SEVERITY_LABEL[s][lang], counts[s]));
    const explained = countExplained(r.findings);
    if (explained) countText.push(w.count(w.explained, explained));
    out.push(`  ${w.summary(r.tables.length, countText.join(lang === "zh" ? "，" : ", "))}`, "");
  }
  return `${out.join("\n")}\n`;
}

/** Spreadsheets in other formats, skipped in a folder: the closing line names them. */
const OTHER_SPREADSHEET = /\.(xls|xlsm|xlsb|et|ett|ods|csv)$/i;

/** Files named in the closing line before "…". */
const NAMED_FILES = 20;

/** What the closing line says, tallied file by file so that a batch is never held. */
export class BatchTally {
  files = 0;
  unreadable: string[] = [];
  withErrors: string[] = [];
  /** --previous given, but no last year's workbook compared (not found, not read, wrong year). */
  withoutPrevious: string[] = [];

  add(r: FileReport): void {
    this.files++;
    if (r.previousError !== undefined) this.withoutPrevious.push(r.file);
    if (r.error !== undefined) this.unreadable.push(r.file);
    else if (hasUnexplainedError(r.findings)) this.withErrors.push(r.file);
  }
}

const nameList = (files: string[], lang: Lang) =>
  files
    .slice(0, NAMED_FILES)
    .map(escapeControls)
    .join(lang === "zh" ? "、" : ", ") + (files.length > NAMED_FILES ? " …" : "");

/** The closing lines over a batch: the counts, then which files have errors and which could not be read. */
export function formatBatchSummary(tally: BatchTally, skipped: readonly string[], lang: Lang): string {
  const w = WORDS[lang];
  const clean = tally.files - tally.unreadable.length - tally.withErrors.length;
  const lines = [
    w.batch(tally.files, tally.unreadable.length, tally.withErrors.length, clean) +
      (skipped.length ? w.skipped(skipped.length) : ""),
  ];
  if (tally.withErrors.length) lines.push(`${w.errorFiles}${w.colon}${nameList(tally.withErrors, lang)}`);
  if (tally.unreadable.length)
    lines.push(`${w.unreadableFiles}${w.colon}${nameList(tally.unreadable, lang)}`);
  if (tally.withoutPrevious.length) {
    const n = tally.withoutPrevious.length;
    lines.push(`${w.withoutPrevious(n)}${w.colon}${nameList(tally.withoutPrevious, lang)}`);
  }
  // A department's .xls or .et among the skipped is a submission nobody checked: named, not just counted.
  const sheets = skipped.filter((f) => OTHER_SPREADSHEET.test(f));
  if (sheets.length) lines.push(`${w.otherSpreadsheets}${w.colon}${nameList(sheets, lang)}`);
  return `${lines.join("\n")}\n`;
}
