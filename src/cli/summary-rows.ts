import { Lang, Severity } from "../engine";
import { escapeFormulaText } from "../hosts/escape";
import { countFindings, FileReport, fileStatus, FileStatus, shownFindings } from "./report";
import { cellText, escapeControls } from "./text";

/**
 * The rows of the batch summary (`--out 审核汇总.xlsx` / `.csv`): one per file for 汇总, one per finding
 * for 问题清单. Texts come from workbooks and file names, so each is made safe for a spreadsheet:
 * control characters escaped, formula-like texts quoted.
 */

export type Value = string | number;

export const SUMMARY_SHEET: Record<Lang, string> = { zh: "汇总", en: "Summary" };
export const FINDINGS_SHEET: Record<Lang, string> = { zh: "问题清单", en: "Findings" };

export const SUMMARY_HEADERS: Record<Lang, string[]> = {
  zh: ["文件", "部门", "年度", "找到的表", "错误", "尾差", "警告", "提示", "状态", "原因"],
  en: [
    "File",
    "Department",
    "Year",
    "Tables found",
    "Errors",
    "Rounding",
    "Warnings",
    "Notes",
    "Status",
    "Reason",
  ],
};
export const SUMMARY_WIDTHS = [40, 30, 8, 10, 8, 8, 8, 8, 14, 60];

export const FINDING_HEADERS: Record<Lang, string[]> = {
  zh: ["文件", "表", "规则", "级别", "问题", "应为", "实为", "差额", "单元格", "说明"],
  en: [
    "File",
    "Table",
    "Rule",
    "Severity",
    "Message",
    "Expected",
    "Actual",
    "Difference",
    "Cells",
    "Explanation",
  ],
};
export const FINDING_WIDTHS = [40, 28, 24, 8, 80, 14, 14, 12, 40, 40];
/** Columns of 问题清单 holding amounts (0-based): numbers in the workbook, decimal strings in the CSV. */
export const AMOUNT_COLUMNS = [5, 6, 7];

const STATUS: Record<FileStatus, Record<Lang, string>> = {
  error: { zh: "有错误", en: "Errors" },
  explained: { zh: "错误均已说明", en: "Errors explained" },
  minor: { zh: "仅尾差或警告", en: "Rounding or warnings only" },
  clean: { zh: "无问题", en: "No problems" },
  unreadable: { zh: "无法读取", en: "Unreadable" },
};

const SEVERITY_WORD: Record<Severity, Record<Lang, string>> = {
  error: { zh: "错误", en: "error" },
  rounding: { zh: "尾差", en: "rounding" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

const NARRATIVE_UNREAD: Record<Lang, string> = { zh: "情况说明无法读取：", en: "Narrative not read: " };

/** Any text from a workbook or a file name, made safe to put in a cell or a CSV field. */
export const safeText = (s: string) => escapeFormulaText(escapeControls(s));

export function summaryRow(r: FileReport, lang: Lang): Value[] {
  const c = countFindings(r.findings);
  const reason = [
    r.error,
    r.narrativeError !== undefined ? NARRATIVE_UNREAD[lang] + r.narrativeError : undefined,
    r.previousError,
  ]
    .filter((x) => x !== undefined)
    .join("；");
  return [
    safeText(r.file),
    safeText(r.department ?? ""),
    r.year ?? "",
    r.tables.length,
    c.error,
    c.rounding,
    c.warning,
    c.info,
    STATUS[fileStatus(r)][lang],
    safeText(reason),
  ];
}

/**
 * 问题清单's rows for one file: its findings at `min` or above, with the table's title; an unreadable
 * file (or 情况说明) gets a row of its own, so that a list filtered to errors still shows it.
 */
export function findingRows(r: FileReport, lang: Lang, min: Severity): string[][] {
  const titles = new Map(r.tables.map((t) => [t.key, t.title]));
  const file = safeText(r.file);
  const rows: string[][] = [];
  if (r.error !== undefined) {
    rows.push([
      file,
      "",
      `file.${r.reason ?? "unreadable"}`,
      SEVERITY_WORD.error[lang],
      safeText(r.error),
      "",
      "",
      "",
      "",
      "",
    ]);
  }
  if (r.narrativeError !== undefined) {
    const message = safeText(NARRATIVE_UNREAD[lang] + r.narrativeError);
    rows.push([file, "", "narrative.unreadable", SEVERITY_WORD.error[lang], message, "", "", "", "", ""]);
  }
  if (r.previousError !== undefined) {
    const message = safeText(r.previousError);
    rows.push([file, "", "previous.unreadable", SEVERITY_WORD.error[lang], message, "", "", "", "", ""]);
  }
  for (const f of shownFindings(r.findings, min)) {
    rows.push([
      file,
      safeText(f.table === undefined ? "" : (titles.get(f.table) ?? f.table)),
      f.rule,
      SEVERITY_WORD[f.severity][lang],
      safeText(f.message),
      f.expected ?? "",
      f.actual ?? "",
      f.difference ?? "",
      safeText(f.cells.map(cellText).join(", ")),
      safeText(f.explanation ?? ""),
    ]);
  }
  return rows;
}
