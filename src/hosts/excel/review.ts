import { Finding, Lang, Severity } from "../../engine/findings";
import { CellRef, parseA1 } from "../../engine/model";
import { tableTitle } from "../../taskpane/grouping";
import { escapeFormulaText } from "../escape";
import { quoteSheet } from "./address";
import { chunks, ExcelRun, syncEachChunk } from "./run";
import { parseSettings } from "./settings";
import { fromXml, NAMESPACES, queryParts } from "./store";

/** The sheet exportReview writes; it is ours, so an older one is replaced, and the checker skips it. */
export const REVIEW_SHEET = "审核结果";

export const REVIEW_HEADERS = ["序号", "规则", "级别", "表", "说明", "应为", "实为", "差额", "单元格"];

const HEADERS: Record<Lang, string[]> = {
  zh: REVIEW_HEADERS,
  en: ["No.", "Rule", "Severity", "Table", "Message", "Expected", "Actual", "Difference", "Cells"],
};

const SEVERITY_TEXT: Record<Lang, Record<Severity, string>> = {
  zh: { error: "错误", rounding: "尾差", warning: "警告", info: "提示" },
  en: { error: "Error", rounding: "Rounding", warning: "Warning", info: "Note" },
};

/** Column widths in points, matching the headers. */
const WIDTHS = [36, 120, 40, 150, 420, 80, 80, 80, 180];

/** Rows per sync: 9 cells and a hyperlink each, ~1 KB with a long message, so ~1 MB a request. */
export const REVIEW_ROWS_PER_SYNC = 1_000;

/** Longest text for the 单元格 column (a hyperlink's display text is limited to 255 characters). */
const CELLS_TEXT_MAX = 250;

/** The table as the panel names it (a 自评表 by its project), not its key ("PERF:…"). */
function tableName(table: string | undefined, lang: Lang): string {
  return table ? tableTitle(table, [], lang) : "";
}

/** "表A!B12, C12; 表B!D4": the cells of a finding, by sheet, cut short when long. */
export function cellsText(cells: CellRef[]): string {
  const groups: { sheet: string; addresses: string[] }[] = [];
  for (const c of cells) {
    const last = groups[groups.length - 1];
    if (last?.sheet === c.sheet) last.addresses.push(c.address);
    else groups.push({ sheet: c.sheet, addresses: [c.address] });
  }
  const text = groups.map((g) => `${g.sheet}!${g.addresses.join(", ")}`).join("; ");
  return text.length > CELLS_TEXT_MAX ? `${text.slice(0, CELLS_TEXT_MAX - 1)}…` : text;
}

/** One row of the review sheet; every text is escaped so that none can run as a formula. */
export function reviewRow(finding: Finding, index: number, lang: Lang = "zh"): (string | number)[] {
  const texts = [
    finding.rule,
    SEVERITY_TEXT[lang][finding.severity],
    tableName(finding.table, lang),
    finding.message,
    finding.expected ?? "",
    finding.actual ?? "",
    finding.difference ?? "",
    cellsText(finding.cells),
  ];
  return [index + 1, ...texts.map(escapeFormulaText)];
}

/** A link to the finding's first cell, when it has one that can be linked. */
export function reviewLink(finding: Finding): Excel.RangeHyperlink | undefined {
  const first = finding.cells.find((c) => parseA1(c.address.split(":")[0]));
  if (!first) return undefined;
  return {
    documentReference: `${quoteSheet(first.sheet)}!${first.address}`,
    textToDisplay: escapeFormulaText(cellsText(finding.cells)),
    screenTip: `${first.sheet}!${first.address}`,
  };
}

/**
 * Writes the 审核结果 sheet (replacing an older one) and activates it. Text columns get the "@" number
 * format before their values and formula-like texts a quote prefix, so nothing written is evaluated.
 * The new sheet's id goes to onSheet before any cell is written, so change events it causes can be told
 * apart from the user's edits. Syncs: 2 + ceil(findings / 1,000).
 */
export function exportReviewIn(
  run: ExcelRun,
  findings: Finding[],
  onSheet: (id: string) => void,
): Promise<void> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const old = worksheets.getItemOrNullObject(REVIEW_SHEET);
    // The sheet speaks the panel's language (the messages already do); the settings ride along.
    const settingsParts = queryParts(context, NAMESPACES.settings);
    await context.sync();
    if (!old.isNullObject) old.delete();
    const sheet = worksheets.add(REVIEW_SHEET);
    sheet.load("id");
    const settingsXml = settingsParts.items[0]?.getXml();
    await context.sync();
    onSheet(sheet.id);
    const { lang } = parseSettings(settingsXml ? fromXml(settingsXml.value) : undefined);

    const header = sheet.getRangeByIndexes(0, 0, 1, REVIEW_HEADERS.length);
    header.values = [HEADERS[lang]];
    header.format.font.bold = true;
    WIDTHS.forEach((w, col) => (sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = w));
    sheet.freezePanes.freezeRows(1);
    sheet.activate();

    const batches = chunks(
      findings.map((f, i) => ({ row: reviewRow(f, i, lang), link: reviewLink(f), at: i + 1 })),
      REVIEW_ROWS_PER_SYNC,
    );
    if (!batches.length) batches.push([]);
    await syncEachChunk(context, batches, (chunk) => {
      if (!chunk.length) return;
      const range = sheet.getRangeByIndexes(chunk[0].at, 0, chunk.length, REVIEW_HEADERS.length);
      range.numberFormat = chunk.map(() => ["0", ...REVIEW_HEADERS.slice(1).map(() => "@")]);
      range.values = chunk.map((r) => r.row);
      for (const { link, at } of chunk) {
        if (link) sheet.getRangeByIndexes(at, REVIEW_HEADERS.length - 1, 1, 1).hyperlink = link;
      }
    });
  });
}
