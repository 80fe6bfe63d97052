/**
 * What 标记 saved before changing a cell: its fill and font, kept in the workbook (a CustomXmlPart) so
 * that 清除标记 can restore them after the panel, or the workbook, was closed and reopened.
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
  address: string;
  /** null: the cell had no fill. */
  fill: SavedFill | null;
  /**
   * null: the font was left alone, because the cell's characters have different fonts (rich text,
   * read as a null colour) and one font written over them could not be undone.
   */
  font: SavedFont | null;
}

export interface MarkRecord {
  cells: SavedCell[];
}

/**
 * The record as stored: formats once each, and per sheet the addresses of the cells that had each
 * format, comma-joined. Cells in a sheet mostly share a few formats, so a cell costs ~5 bytes instead of
 * ~150 as one object each: 50,000 cells stay far below Excel on the web's ~5 MB request limit.
 */
interface StoredRecord {
  v: 2;
  formats: { fill: SavedFill | null; font: SavedFont | null }[];
  sheets: { id: string; name: string; cells: Record<string, string> }[];
}

export function encodeRecord(record: MarkRecord): StoredRecord {
  const formats: StoredRecord["formats"] = [];
  const formatIndex = new Map<string, number>();
  const sheets = new Map<string, StoredRecord["sheets"][number]>();
  for (const c of record.cells) {
    const format = { fill: c.fill, font: c.font };
    const key = JSON.stringify(format);
    let i = formatIndex.get(key);
    if (i === undefined) formatIndex.set(key, (i = formats.push(format) - 1));
    let sheet = sheets.get(c.sheetId);
    if (!sheet) sheets.set(c.sheetId, (sheet = { id: c.sheetId, name: c.sheet, cells: {} }));
    sheet.cells[i] = sheet.cells[i] ? `${sheet.cells[i]},${c.address}` : c.address;
  }
  return { v: 2, formats, sheets: [...sheets.values()] };
}

function isFill(f: unknown): f is SavedFill | null {
  return f === null || typeof (f as SavedFill | undefined)?.color === "string";
}

function isFont(f: unknown): f is SavedFont | null {
  const font = f as SavedFont | null | undefined;
  return font === null || (typeof font?.color === "string" && typeof font.bold === "boolean");
}

/**
 * The record kept in the workbook, in this version's form or the earlier one (one object per cell),
 * so that marks made before an update can still be cleared. Anything malformed is left out rather than
 * failing: a damaged record must not stop the other cells from being restored.
 */
export function parseRecord(data: unknown): MarkRecord {
  const d = data as (Partial<StoredRecord> & { cells?: unknown }) | undefined;
  if (Array.isArray(d?.cells)) {
    return {
      cells: d.cells.filter(
        (c): c is SavedCell =>
          typeof c?.sheetId === "string" && typeof c.address === "string" && isFill(c.fill) && isFont(c.font),
      ),
    };
  }
  if (d?.v !== 2 || !Array.isArray(d.formats) || !Array.isArray(d.sheets)) return { cells: [] };
  const cells: SavedCell[] = [];
  for (const sheet of d.sheets) {
    if (typeof sheet?.id !== "string" || typeof sheet.cells !== "object" || !sheet.cells) continue;
    for (const [index, addresses] of Object.entries(sheet.cells)) {
      const format = d.formats[Number(index)];
      if (!format || !isFill(format.fill) || !isFont(format.font) || typeof addresses !== "string") continue;
      for (const address of addresses.split(",")) {
        if (address) {
          cells.push({ sheetId: sheet.id, sheet: String(sheet.name ?? ""), address, ...format });
        }
      }
    }
  }
  return { cells };
}
