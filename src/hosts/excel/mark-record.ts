import { Severity, SEVERITIES } from "../../engine/findings";

/**
 * What 标记 saved before changing a cell: its fill and font, and the mark painted over them, kept in
 * the workbook (a CustomXmlPart) so that 清除标记 can restore them after the panel, or the workbook,
 * was closed and reopened.
 */

export interface SavedFill {
  color: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
}

export interface SavedFont {
  color: string;
  bold: boolean;
}

/** A marked cell's format before the first mark; sheet by id so a renamed sheet is still found. */
export interface SavedCell {
  sheetId: string;
  sheet: string;
  /** Where the cell was when last seen; its batch's defined name says where it is now. */
  address: string;
  /** null: the cell had no fill. */
  fill: SavedFill | null;
  /**
   * null: the font was left alone, because the cell's characters have different fonts (rich text,
   * read as a null colour) and one font written over them could not be undone.
   */
  font: SavedFont | null;
  /** The mark painted over it; absent in records written before marks were told apart. */
  mark?: Severity;
}

/**
 * Cells marked together on one sheet, in order. `name` is a hidden defined name whose reference lists
 * the same cells in the same order: Excel moves it when rows or columns are inserted or deleted, so it
 * says where each cell is now. Records from earlier versions have no name ("").
 */
export interface MarkBatch {
  name: string;
  sheetId: string;
  sheet: string;
  cells: SavedCell[];
}

export interface MarkRecord {
  batches: MarkBatch[];
}

export const allCells = (record: MarkRecord): SavedCell[] => record.batches.flatMap((b) => b.cells);

/** Identity of a batch across two reads of the record (a legacy batch has no name). */
export const batchKey = (b: MarkBatch): string =>
  b.name || `${b.sheetId}|${b.cells[0]?.address ?? ""}|${b.cells.length}`;

/** The defined names marks create: hidden, and never taken for a user's own. */
export const MARK_NAME_PREFIX = "JUESUAN_MARK_";
const MARK_NAME = /^JUESUAN_MARK_\w+$/;

const MARK_LETTERS: Record<Severity, string> = { error: "e", rounding: "r", warning: "w", info: "i" };

/**
 * The record as stored: formats once each; per batch the addresses comma-joined, each cell's format
 * index and a letter for its mark. Cells mostly share a few formats, so a cell costs ~8 bytes instead
 * of ~150 as one object each: 50,000 cells stay far below Excel on the web's ~5 MB request limit.
 */
interface StoredRecord {
  v: 3;
  formats: { fill: SavedFill | null; font: SavedFont | null }[];
  sheets: {
    id: string;
    name: string;
    batches: { name: string; cells: string; formats: string; marks: string }[];
  }[];
}

export function encodeRecord(record: MarkRecord): StoredRecord {
  const formats: StoredRecord["formats"] = [];
  const formatIndex = new Map<string, number>();
  const sheets = new Map<string, StoredRecord["sheets"][number]>();
  for (const b of record.batches) {
    if (!b.cells.length) continue;
    let sheet = sheets.get(b.sheetId);
    if (!sheet) sheets.set(b.sheetId, (sheet = { id: b.sheetId, name: b.sheet, batches: [] }));
    const indexes = b.cells.map((c) => {
      const format = { fill: c.fill, font: c.font };
      const key = JSON.stringify(format);
      let i = formatIndex.get(key);
      if (i === undefined) formatIndex.set(key, (i = formats.push(format) - 1));
      return i;
    });
    sheet.batches.push({
      name: b.name,
      cells: b.cells.map((c) => c.address).join(","),
      formats: indexes.join(","),
      marks: b.cells.map((c) => (c.mark ? MARK_LETTERS[c.mark] : "-")).join(""),
    });
  }
  return { v: 3, formats, sheets: [...sheets.values()] };
}

function isFill(f: unknown): f is SavedFill | null {
  return f === null || typeof (f as SavedFill | undefined)?.color === "string";
}

function isFont(f: unknown): f is SavedFont | null {
  const font = f as SavedFont | null | undefined;
  return font === null || (typeof font?.color === "string" && typeof font.bold === "boolean");
}

const markOf = (letter: string | undefined): Severity | undefined =>
  SEVERITIES.find((s) => MARK_LETTERS[s] === letter);

/** Earlier records: one object per cell (v1), or addresses grouped by format (v2); no names, no marks. */
function parseLegacy(d: Record<string, unknown>): SavedCell[] {
  if (Array.isArray(d.cells)) {
    return d.cells.filter(
      (c): c is SavedCell =>
        typeof c?.sheetId === "string" && typeof c.address === "string" && isFill(c.fill) && isFont(c.font),
    );
  }
  if (d.v !== 2 || !Array.isArray(d.formats) || !Array.isArray(d.sheets)) return [];
  const formats = d.formats as StoredRecord["formats"];
  const cells: SavedCell[] = [];
  for (const sheet of d.sheets as { id?: unknown; name?: unknown; cells?: unknown }[]) {
    if (typeof sheet?.id !== "string" || typeof sheet.cells !== "object" || !sheet.cells) continue;
    for (const [index, addresses] of Object.entries(sheet.cells)) {
      const format = formats[Number(index)];
      if (!format || !isFill(format.fill) || !isFont(format.font) || typeof addresses !== "string") continue;
      for (const address of addresses.split(",")) {
        if (address) cells.push({ sheetId: sheet.id, sheet: String(sheet.name ?? ""), address, ...format });
      }
    }
  }
  return cells;
}

/**
 * The record kept in the workbook, in this version's form or an earlier one, so that marks made before
 * an update can still be cleared. Anything malformed is left out rather than failing: a damaged record
 * must not stop the other cells from being restored.
 */
export function parseRecord(data: unknown): MarkRecord {
  const d = data as Record<string, unknown> | undefined;
  if (!d || typeof d !== "object") return { batches: [] };
  if (d.v !== 3) {
    const bySheet = new Map<string, SavedCell[]>();
    for (const c of parseLegacy(d)) bySheet.set(c.sheetId, [...(bySheet.get(c.sheetId) ?? []), c]);
    return {
      batches: [...bySheet.values()].map((cells) => ({
        name: "",
        sheetId: cells[0].sheetId,
        sheet: cells[0].sheet,
        cells,
      })),
    };
  }
  const formats = Array.isArray(d.formats) ? (d.formats as StoredRecord["formats"]) : [];
  const batches: MarkBatch[] = [];
  for (const sheet of Array.isArray(d.sheets)
    ? (d.sheets as Partial<StoredRecord["sheets"][number]>[])
    : []) {
    if (typeof sheet?.id !== "string" || !Array.isArray(sheet.batches)) continue;
    for (const b of sheet.batches) {
      if (typeof b?.cells !== "string" || typeof b.formats !== "string") continue;
      const indexes = b.formats.split(",");
      const cells: SavedCell[] = [];
      b.cells.split(",").forEach((address, i) => {
        const format = formats[Number(indexes[i])];
        if (!address || !format || !isFill(format.fill) || !isFont(format.font)) return;
        const mark = markOf(typeof b.marks === "string" ? b.marks[i] : undefined);
        cells.push({
          sheetId: sheet.id!,
          sheet: String(sheet.name ?? ""),
          address,
          ...format,
          ...(mark && { mark }),
        });
      });
      // A name pairs with the cells by position: with a cell left out, the pairing would be wrong.
      const whole = cells.length === b.cells.split(",").length;
      const name = whole && typeof b.name === "string" && MARK_NAME.test(b.name) ? b.name : "";
      if (cells.length) batches.push({ name, sheetId: sheet.id, sheet: String(sheet.name ?? ""), cells });
    }
  }
  return { batches };
}
