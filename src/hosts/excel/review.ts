import { Finding, Lang } from "../../engine";
import { CellRef, parseA1 } from "../../engine/model";
import { escapeFormulaText } from "../escape";
import {
  cellsText as sharedCellsText,
  LEGACY_MESSAGE_HEADER,
  LEGACY_REVIEW_COLUMNS,
  REVIEW_COL,
  REVIEW_HEADERS as HEADER_TEXTS,
  reviewValues,
} from "../review-rows";
import { quoteSheet } from "./address";
import { chunks, ExcelRun, syncEachChunk } from "./run";
import { parseSettings } from "./settings";
import { fromXml, NAMESPACES, queryParts, queueWrite } from "./store";

/**
 * The sheet exportReview writes. Only the sheet it wrote last (known by id, see NAMESPACES.review) is
 * replaced by the next export; a sheet of the user's that has this name is left alone and the export
 * takes the next free name, "审核结果 (2)".
 */
export const REVIEW_SHEET = "审核结果";

/** The headers in the panel's languages (the zh ones first: tests and older sheets read them). */
export const REVIEW_HEADERS = HEADER_TEXTS.zh;
export const HEADERS = HEADER_TEXTS;
const COL = REVIEW_COL;

/** A header cell that names the column, in either language (the message's older zh name too). */
const isHeader = (h: unknown, col: number) =>
  h === HEADERS.zh[col] || h === HEADERS.en[col] || (col === COL.message && h === LEGACY_MESSAGE_HEADER);

/**
 * Whether a sheet's first row is a review sheet's header, in either language: its first nine columns,
 * as written before the 说明 and 备注 columns were added too.
 */
export function isReviewHeader(first: unknown[]): boolean {
  const legacy = (i: number) => (i === COL.message ? first[i] === LEGACY_MESSAGE_HEADER : false);
  return Object.values(HEADERS).some((h) =>
    h.slice(0, LEGACY_REVIEW_COLUMNS).every((text, i) => first[i] === text || legacy(i)),
  );
}

/** Column widths in points, matching the headers. */
const WIDTHS = [36, 120, 40, 150, 420, 80, 80, 80, 180, 240, 200];

/** Rows per sync: 11 cells and a hyperlink each, ~1 KB with a long message, so ~1 MB a request. */
export const REVIEW_ROWS_PER_SYNC = 1_000;

/** Longest text for the 单元格 column (a hyperlink's display text is limited to 255 characters). */
const CELLS_TEXT_MAX = 250;

/** "表A!B12, C12; 表B!D4": the cells of a finding, cut short when long. */
export const cellsText = (cells: CellRef[]): string => sharedCellsText(cells, CELLS_TEXT_MAX);

/** One row of the review sheet; every text is escaped so that none can run as a formula. */
export function reviewRow(finding: Finding, index: number, lang: Lang = "zh"): (string | number)[] {
  const [no, ...texts] = reviewValues(finding, index, lang, CELLS_TEXT_MAX);
  return [no, ...texts.map(escapeFormulaText)];
}

/** What a reviewer typed into an earlier review sheet, by the finding it stood beside. */
export interface ReviewNote {
  rule: string;
  message: string;
  cells: string;
  note: string;
}

/** The key a note is carried over by: the same rule on the same cells (messages change with amounts). */
const noteKey = (rule: string, cells: string) => `${rule}\u0000${cells}`;

/**
 * The notes in an earlier review sheet's values: the 备注 column (Notes), or, in a sheet written before
 * it existed, whatever was typed to the right of the last column. Columns are found by their headers in
 * either language, so a reviewer's reordering or a language switch loses nothing.
 */
export function readNotes(values: unknown[][]): ReviewNote[] {
  const [header = [], ...rows] = values;
  const find = (i: number) => header.findIndex((h) => isHeader(h, i));
  const rule = find(COL.rule);
  const cells = find(COL.cells);
  const message = find(COL.message);
  const notesCol = find(COL.notes);
  if (rule < 0 || cells < 0) return [];
  const noteCols =
    notesCol >= 0
      ? [notesCol]
      : Array.from(
          { length: Math.max(0, ...rows.map((r) => r.length - LEGACY_REVIEW_COLUMNS)) },
          (_, i) => LEGACY_REVIEW_COLUMNS + i,
        );
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  const notes: ReviewNote[] = [];
  for (const row of rows) {
    const note = noteCols
      .map((c) => text(row[c]))
      .filter(Boolean)
      .join(" / ");
    if (!note) continue;
    notes.push({
      rule: text(row[rule]),
      message: message < 0 ? "" : text(row[message]),
      cells: text(row[cells]),
      note,
    });
  }
  return notes;
}

/** Each row's carried-over note, and the notes whose finding is not in this export (kept below it). */
export function carryNotes(
  rows: { finding: Finding }[],
  notes: ReviewNote[],
): { byRow: string[]; orphans: ReviewNote[] } {
  const pending = new Map<string, ReviewNote[]>();
  for (const n of notes) {
    const key = noteKey(n.rule, n.cells);
    pending.set(key, [...(pending.get(key) ?? []), n]);
  }
  const byRow = rows.map(
    ({ finding }) => pending.get(noteKey(finding.rule, cellsText(finding.cells)))?.shift()?.note ?? "",
  );
  return { byRow, orphans: [...pending.values()].flat() };
}

const ORPHAN_LABEL: Record<Lang, string> = {
  zh: "以下备注来自上次导出的审核表，对应的问题本次未列出（可能已改正，或被筛选掉）：",
  en: "Notes from the previous export whose findings are not listed this time (fixed, or filtered out):",
};

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

/** The review sheet the add-in wrote last, as kept in the workbook. */
export interface ReviewRecord {
  sheetId: string;
  name: string;
}

export function parseReviewRecord(data: unknown): ReviewRecord | undefined {
  const d = data as Partial<ReviewRecord> | undefined;
  return typeof d?.sheetId === "string" && typeof d.name === "string"
    ? { sheetId: d.sheetId, name: d.name }
    : undefined;
}

/** "审核结果", or "审核结果 (2)", "(3)" … when taken (Excel compares sheet names ignoring case). */
export function freeSheetName(taken: string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  let name = REVIEW_SHEET;
  for (let i = 2; names.has(name.toLowerCase()); i++) name = `${REVIEW_SHEET} (${i})`;
  return name;
}

/**
 * Writes the review sheet and activates it. It replaces the sheet the add-in wrote last, if that is
 * still there under the name it was given (a renamed one was kept on purpose); any other sheet, such
 * as the user's own 审核结果, is never deleted. Text columns get the "@" number format before their
 * values and formula-like texts a quote prefix, so nothing written is evaluated. The new sheet's id goes
 * to onSheet before any cell is written, so change events it causes can be told apart from the user's
 * edits. Syncs: 3 + ceil(findings / 1,000).
 */
export function exportReviewIn(
  run: ExcelRun,
  findings: Finding[],
  onSheet: (id: string) => void,
): Promise<void> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    // The sheet speaks the panel's language (the messages already do); the settings ride along.
    const settingsParts = queryParts(context, NAMESPACES.settings);
    const reviewParts = queryParts(context, NAMESPACES.review);
    await context.sync();
    const settingsXml = settingsParts.items[0]?.getXml();
    const reviewXml = reviewParts.items[0]?.getXml();
    await context.sync();
    const { lang } = parseSettings(settingsXml ? fromXml(settingsXml.value) : undefined);
    const last = parseReviewRecord(reviewXml ? fromXml(reviewXml.value) : undefined);

    const ours = worksheets.items.find((ws) => ws.id === last?.sheetId && ws.name === last?.name);
    const name = ours ? ours.name : freeSheetName(worksheets.items.map((ws) => ws.name));
    // The reviewer's notes in the sheet about to be replaced go into the new one.
    let notes: ReviewNote[] = [];
    if (ours) {
      const used = ours.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      if (!used.isNullObject) notes = readNotes(used.values);
    }
    ours?.delete();
    const sheet = worksheets.add(name);
    sheet.load("id");
    await context.sync();
    onSheet(sheet.id);
    queueWrite(context, reviewParts, NAMESPACES.review, { sheetId: sheet.id, name });

    const header = sheet.getRangeByIndexes(0, 0, 1, REVIEW_HEADERS.length);
    header.values = [HEADERS[lang]];
    header.format.font.bold = true;
    WIDTHS.forEach((w, col) => (sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = w));
    sheet.freezePanes.freezeRows(1);
    sheet.activate();

    const rows: { finding?: Finding; row: (string | number)[]; link?: Excel.RangeHyperlink; at: number }[] =
      findings.map((f, i) => ({ finding: f, row: reviewRow(f, i, lang), link: reviewLink(f), at: i + 1 }));
    const { byRow, orphans } = carryNotes(rows as { finding: Finding }[], notes);
    byRow.forEach((note, i) => (rows[i].row[COL.notes] = escapeFormulaText(note)));
    if (orphans.length) {
      const blank = () => REVIEW_HEADERS.map(() => "");
      const label = blank();
      label[COL.message] = ORPHAN_LABEL[lang];
      rows.push({ row: label, at: findings.length + 2 });
      orphans.forEach((n, i) => {
        const row: (string | number)[] = blank();
        row[COL.rule] = escapeFormulaText(n.rule);
        row[COL.message] = escapeFormulaText(n.message);
        row[COL.cells] = escapeFormulaText(n.cells);
        row[COL.notes] = escapeFormulaText(n.note);
        rows.push({ row, at: findings.length + 3 + i });
      });
    }
    const batches = chunks(rows, REVIEW_ROWS_PER_SYNC);
    if (!batches.length) batches.push([]);
    await syncEachChunk(context, batches, (chunk) => {
      if (!chunk.length) return;
      // Rows are consecutive except for the blank row before the kept notes: one range per run.
      for (const run of runsOf(chunk)) {
        const range = sheet.getRangeByIndexes(run[0].at, 0, run.length, REVIEW_HEADERS.length);
        range.numberFormat = run.map(() => ["0", ...REVIEW_HEADERS.slice(1).map(() => "@")]);
        range.values = run.map((r) => r.row);
      }
      for (const { link, at } of chunk) {
        if (link) sheet.getRangeByIndexes(at, COL.cells, 1, 1).hyperlink = link;
      }
    });
  });
}

/** Splits rows into runs of consecutive row numbers. */
function runsOf<T extends { at: number }>(rows: T[]): T[][] {
  const runs: T[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].at + 1 === r.at) last.push(r);
    else runs.push([r]);
  }
  return runs;
}
