import { Finding, Lang, Severity } from "../engine";
import { CellRef } from "../engine/model";
import { tableTitle } from "../panel/grouping";

/**
 * The rows of a review sheet (审核结果), one builder for the Excel export and the browser's CSV: same
 * columns, same order. Values are as the engine gives them; each host escapes formula-like texts with
 * ./escape.ts as it writes them (an Excel cell and a CSV field are made safe differently).
 */

export const REVIEW_HEADERS: Record<Lang, string[]> = {
  zh: ["序号", "规则", "级别", "表", "问题", "应为", "实为", "差额", "单元格", "说明", "备注"],
  en: [
    "No.",
    "Rule",
    "Severity",
    "Table",
    "Message",
    "Expected",
    "Actual",
    "Difference",
    "Cells",
    "Explanation",
    "Notes",
  ],
};

/** Columns of a row, by their place in the headers: 说明 is the department's word, 备注 the reviewer's. */
export const REVIEW_COL = { rule: 1, message: 4, cells: 8, explanation: 9, notes: 10 } as const;

/**
 * Sheets written before explanations had nine columns (then a 备注) and called the message 说明: they
 * are still known as review sheets by these.
 */
export const LEGACY_REVIEW_COLUMNS = 9;
export const LEGACY_MESSAGE_HEADER = "说明";

const SEVERITY_TEXT: Record<Lang, Record<Severity, string>> = {
  zh: { error: "错误", rounding: "尾差", warning: "警告", info: "提示" },
  en: { error: "Error", rounding: "Rounding", warning: "Warning", info: "Note" },
};

/**
 * "表A!B12, C12; 表B!D4": the cells of a finding, by sheet; cut short with "…" beyond `max` characters
 * (an Excel hyperlink shows at most 255).
 */
export function cellsText(cells: readonly CellRef[], max = Infinity): string {
  const groups: { sheet: string; addresses: string[] }[] = [];
  for (const c of cells) {
    // Last year's cells are named with their workbook, as Excel names another workbook's: [2023.xlsx]表!F35.
    const sheet = c.file === undefined ? c.sheet : `[${c.file}]${c.sheet}`;
    const last = groups[groups.length - 1];
    if (last?.sheet === sheet) last.addresses.push(c.address);
    else groups.push({ sheet, addresses: [c.address] });
  }
  const text = groups.map((g) => `${g.sheet}!${g.addresses.join(", ")}`).join("; ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One finding's row, not yet escaped, with its 说明 if it has one; the 备注 column is left for the reviewer. */
export function reviewValues(
  finding: Finding,
  index: number,
  lang: Lang,
  cellsMax?: number,
): [number, ...string[]] {
  return [
    index + 1,
    finding.rule,
    SEVERITY_TEXT[lang][finding.severity],
    finding.table ? tableTitle(finding.table, [], lang) : "",
    finding.message,
    finding.expected ?? "",
    finding.actual ?? "",
    finding.difference ?? "",
    cellsText(finding.cells, cellsMax),
    finding.explanation ?? "",
    "",
  ];
}
