import { Finding, Lang } from "../engine";
import { escapeFormulaText } from "../hosts/escape";
import { REVIEW_HEADERS, reviewValues } from "../hosts/review-rows";

/** A plain decimal is data, not a formula, even with a leading minus: keep it readable as a number. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function field(value: string | number): string {
  const s = String(value);
  const safe = DECIMAL.test(s) ? s : escapeFormulaText(s);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The 审核结果 as CSV (UTF-8 with BOM so Excel reads the Chinese), with the Excel export's columns.
 * Every text that a spreadsheet would run as a formula is escaped: cell texts come from the audited
 * workbook and are not trusted.
 */
export function reviewCsv(findings: Finding[], lang: Lang = "zh"): string {
  const rows = [REVIEW_HEADERS[lang], ...findings.map((f, i) => reviewValues(f, i, lang))];
  return "\uFEFF" + rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
