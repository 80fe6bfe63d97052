import { Finding, Lang } from "../engine/findings";
import { escapeFormulaText } from "../hosts/escape";
import { tableTitle } from "../panel/grouping";
import { severityName } from "../panel/messages";

const HEADERS: Record<Lang, string[]> = {
  zh: ["序号", "表", "严重程度", "规则", "说明", "应为", "实为", "差额", "单元格"],
  en: ["No.", "Table", "Severity", "Rule", "Message", "Expected", "Actual", "Difference", "Cells"],
};

/** A plain decimal is data, not a formula, even with a leading minus: keep it readable as a number. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function field(s: string): string {
  const safe = DECIMAL.test(s) ? s : escapeFormulaText(s);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A cell as Excel writes a reference to it: a sheet name with spaces, quotes or punctuation goes in single
 * quotes (doubled inside), so that the space-separated list of cells can be read back.
 */
function reference(sheet: string, address: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet);
  return plain ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * The 审核结果 as CSV (UTF-8 with BOM so Excel reads the Chinese). Every text that a spreadsheet would
 * run as a formula is escaped: cell texts come from the audited workbook and are not trusted.
 */
export function reviewCsv(findings: Finding[], lang: Lang = "zh"): string {
  const rows = [HEADERS[lang]];
  findings.forEach((f, i) =>
    rows.push([
      String(i + 1),
      tableTitle(f.table ?? "", [], lang),
      severityName(lang, f.severity),
      f.rule,
      f.message,
      f.expected ?? "",
      f.actual ?? "",
      f.difference ?? "",
      f.cells.map((c) => reference(c.sheet, c.address)).join(" "),
    ]),
  );
  return "\uFEFF" + rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
