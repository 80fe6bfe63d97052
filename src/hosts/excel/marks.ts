import { Finding, Severity, SEVERITIES } from "../../engine/findings";
import { parseRange, toA1 } from "../../engine/model";
import { NAMESPACES, queryParts, queueWrite, readParts } from "./store";
import { chunks, ExcelRun, syncEachChunk } from "./run";

/** Fill and font of a mark, by severity (Excel's own "light red fill with dark red text" family). */
export const MARK_STYLES: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  rounding: { fill: "#FFD591", font: "#7A4100" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

/** Cells per sync: at most 5 format reads or writes a cell keeps a request under 5,000 operations. */
export const MARK_CELLS_PER_SYNC = 1_000;

/**
 * Cells one mark call may mark: the saved originals (~80 bytes a cell) go to the workbook in one
 * request, and 20,000 cells keep it near 1.6 MB. More marks than that would not help a reviewer.
 */
export const MAX_MARKED_CELLS = 20_000;

export interface SavedFill {
  color: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
}

/** A marked cell's format before the first mark; sheet by id so a renamed sheet is still found. */
export interface SavedCell {
  sheetId: string;
  sheet: string;
  address: string;
  /** null: the cell had no fill. */
  fill: SavedFill | null;
  font: { color: string; bold: boolean };
}

export interface MarkRecord {
  cells: SavedCell[];
}

interface Target {
  sheetId: string;
  sheet: string;
  address: string;
  severity: Severity;
}

/** The record kept in the workbook; anything malformed reads as no record rather than a crash. */
export function parseRecord(data: unknown): MarkRecord {
  const cells = (data as { cells?: unknown } | undefined)?.cells;
  if (!Array.isArray(cells)) return { cells: [] };
  return {
    cells: cells.filter(
      (c): c is SavedCell =>
        typeof c?.sheetId === "string" &&
        typeof c.address === "string" &&
        (c.fill === null || typeof c.fill?.color === "string") &&
        typeof c.font?.color === "string" &&
        typeof c.font?.bold === "boolean",
    ),
  };
}

/** Every cell of the findings, once, with its most severe finding; cells on missing sheets are skipped. */
function targetsOf(findings: Finding[], sheetIds: Map<string, string>): Target[] {
  const byKey = new Map<string, Target>();
  for (const f of findings) {
    for (const ref of f.cells) {
      const sheetId = sheetIds.get(ref.sheet);
      const range = parseRange(ref.address);
      if (!sheetId || !range) continue;
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) {
          const address = toA1(row, col);
          const key = `${sheetId}!${address}`;
          const known = byKey.get(key);
          if (known && SEVERITIES.indexOf(known.severity) <= SEVERITIES.indexOf(f.severity)) continue;
          if (!known && byKey.size >= MAX_MARKED_CELLS) continue;
          byKey.set(key, { sheetId, sheet: ref.sheet, address, severity: f.severity });
        }
      }
    }
  }
  return [...byKey.values()];
}

/**
 * "No fill" and a white fill both read as color #FFFFFF with pattern null; only tintAndShade tells
 * them apart (null for no fill, a number for a fill: OfficeDev/office-js#4900).
 */
function savedFill(fill: Excel.RangeFill): SavedFill | null {
  const none =
    fill.pattern === "None" ||
    ((fill.tintAndShade === null || fill.tintAndShade === undefined) &&
      fill.color?.toUpperCase() === "#FFFFFF");
  if (none) return null;
  const saved: SavedFill = { color: fill.color };
  if (fill.pattern && fill.pattern !== "Solid") {
    saved.pattern = fill.pattern;
    saved.patternColor = fill.patternColor;
  }
  if (typeof fill.tintAndShade === "number" && fill.tintAndShade !== 0)
    saved.tintAndShade = fill.tintAndShade;
  return saved;
}

function restore(range: Excel.Range, cell: SavedCell): void {
  const { fill, font } = range.format;
  if (cell.fill === null) {
    fill.clear();
  } else {
    fill.color = cell.fill.color;
    if (cell.fill.pattern) fill.pattern = cell.fill.pattern as Excel.FillPattern;
    if (cell.fill.patternColor) fill.patternColor = cell.fill.patternColor;
    if (cell.fill.tintAndShade !== undefined) fill.tintAndShade = cell.fill.tintAndShade;
  }
  font.color = cell.font.color;
  font.bold = cell.font.bold;
}

function sheetGetter(context: Excel.RequestContext): (id: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (id) => {
    let ws = cache.get(id);
    if (!ws) cache.set(id, (ws = context.workbook.worksheets.getItem(id)));
    return ws;
  };
}

/**
 * Marks the findings' cells. The originals of cells not marked before are read and written to the
 * workbook in the same request as, and ahead of, the first format change; a cell marked again keeps
 * its first saved original. Only fill and font change: never a value or a formula.
 * Syncs: 1 (sheets, record parts) + 1 when a record exists + ceil(new cells / 1,000) reads
 * + ceil(cells / 1,000) writes.
 */
export function markIn(run: ExcelRun, findings: Finding[]): Promise<number> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const parts = queryParts(context, NAMESPACES.marks);
    await context.sync();
    const record = parseRecord(await readParts(context, parts));

    const targets = targetsOf(findings, new Map(worksheets.items.map((ws) => [ws.name, ws.id])));
    if (!targets.length) return 0;
    const saved = new Set(record.cells.map((c) => `${c.sheetId}!${c.address}`));
    const fresh = targets.filter((t) => !saved.has(`${t.sheetId}!${t.address}`));
    const sheet = sheetGetter(context);

    const probes: { target: Target; format: Excel.RangeFormat }[] = [];
    await syncEachChunk(context, chunks(fresh, MARK_CELLS_PER_SYNC), (chunk) => {
      for (const target of chunk) {
        const format = sheet(target.sheetId).getRange(target.address).format;
        format.fill.load("color,pattern,patternColor,tintAndShade");
        format.font.load("color,bold");
        probes.push({ target, format });
      }
    });
    for (const { target, format } of probes) {
      record.cells.push({
        sheetId: target.sheetId,
        sheet: target.sheet,
        address: target.address,
        fill: savedFill(format.fill),
        font: { color: format.font.color, bold: format.font.bold },
      });
    }

    await syncEachChunk(context, chunks(targets, MARK_CELLS_PER_SYNC), (chunk, index) => {
      if (index === 0) queueWrite(context, parts, NAMESPACES.marks, record);
      for (const target of chunk) {
        const { fill, font } = sheet(target.sheetId).getRange(target.address).format;
        const style = MARK_STYLES[target.severity];
        fill.color = style.fill;
        font.color = style.font;
        font.bold = true;
      }
    });
    return targets.length;
  });
}

/**
 * Restores every recorded cell's fill and font, then removes the record (with the last batch, so an
 * interrupted clear can be run again). Cells on sheets deleted since are skipped.
 * Syncs: 2 + ceil(cells / 1,000).
 */
export function clearMarksIn(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id");
    const parts = queryParts(context, NAMESPACES.marks);
    await context.sync();
    if (!parts.items.length) return 0;
    const record = parseRecord(await readParts(context, parts));

    const live = new Set(worksheets.items.map((ws) => ws.id));
    const cells = record.cells.filter((c) => live.has(c.sheetId));
    const sheet = sheetGetter(context);
    const batches = chunks(cells, MARK_CELLS_PER_SYNC);
    if (!batches.length) batches.push([]);
    await syncEachChunk(context, batches, (chunk, index) => {
      for (const cell of chunk) restore(sheet(cell.sheetId).getRange(cell.address), cell);
      if (index === batches.length - 1) queueWrite(context, parts, NAMESPACES.marks, undefined);
    });
    return cells.length;
  });
}
