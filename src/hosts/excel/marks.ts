import { Finding, Severity, SEVERITIES } from "../../engine/findings";
import { parseRange, toA1 } from "../../engine/model";
import { encodeRecord, parseRecord, SavedCell, SavedFill } from "./mark-record";
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
 * Cells one mark call may mark: 20 requests to read their originals and 20 to mark them. More marks
 * than that would not help a reviewer.
 */
export const MAX_MARKED_CELLS = 20_000;

/**
 * Cells the record in the workbook may hold across marks (each mark adds the cells not marked before).
 * A cell costs ~5 bytes there (see mark-record.ts), so the record stays well under 1 MB.
 */
export const MAX_RECORD_CELLS = 50_000;

interface Target {
  sheetId: string;
  sheet: string;
  address: string;
  severity: Severity;
}

/** What a mark or a clear did, and the protected sheets whose cells it had to leave alone. */
export interface MarkOutcome {
  cells: number;
  protectedSheets: string[];
}

interface SheetInfo {
  id: string;
  name: string;
  /** Protected against format changes: marks there would fail, so its cells are left alone. */
  locked: boolean;
}

/** Queues loading every sheet's name, id and protection; read after the next sync. */
function loadSheets(context: Excel.RequestContext): () => SheetInfo[] {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/protection/protected,items/protection/options");
  return () =>
    worksheets.items.map((ws) => ({
      id: ws.id,
      name: ws.name,
      locked: ws.protection.protected && !ws.protection.options?.allowFormatCells,
    }));
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
 * them apart (null for no fill, a number for a fill: OfficeDev/office-js#4900). undefined: the fill
 * cannot be read (no colour), so it could not be restored and the cell is not marked.
 */
function savedFill(fill: Excel.RangeFill): SavedFill | null | undefined {
  const none =
    fill.pattern === "None" ||
    ((fill.tintAndShade === null || fill.tintAndShade === undefined) &&
      fill.color?.toUpperCase() === "#FFFFFF");
  if (none) return null;
  if (typeof fill.color !== "string") return undefined;
  const saved: SavedFill = { color: fill.color };
  if (fill.pattern && fill.pattern !== "Solid") {
    saved.pattern = fill.pattern;
    saved.patternColor = fill.patternColor;
  }
  if (typeof fill.tintAndShade === "number" && fill.tintAndShade !== 0)
    saved.tintAndShade = fill.tintAndShade;
  return saved;
}

/** A font of mixed characters (rich text) reads as null: marks leave it alone (see SavedCell.font). */
function savedFont(font: Excel.RangeFont): SavedCell["font"] {
  return typeof font.color === "string" && typeof font.bold === "boolean"
    ? { color: font.color, bold: font.bold }
    : null;
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
  if (cell.font) {
    font.color = cell.font.color;
    font.bold = cell.font.bold;
  }
}

function sheetGetter(context: Excel.RequestContext): (id: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (id) => {
    let ws = cache.get(id);
    if (!ws) cache.set(id, (ws = context.workbook.worksheets.getItem(id)));
    return ws;
  };
}

const keyOf = (c: { sheetId: string; address: string }) => `${c.sheetId}!${c.address}`;

/**
 * Marks the findings' cells. The originals of cells not marked before are read and written to the
 * workbook in the same request as, and ahead of, the first format change; a cell marked again keeps
 * its first saved original. Only fill and font change: never a value or a formula. Cells on protected
 * sheets are left alone (a format change there fails) and their sheets reported.
 * Syncs: 1 (sheets, record parts) + 1 when a record exists + ceil(new cells / 1,000) reads
 * + ceil(cells / 1,000) writes.
 */
export function markIn(run: ExcelRun, findings: Finding[]): Promise<MarkOutcome> {
  return run(async (context) => {
    const sheetsNow = loadSheets(context);
    const parts = queryParts(context, NAMESPACES.marks);
    await context.sync();
    const sheetInfo = sheetsNow();
    // Cells of sheets deleted since can never be restored (ids are not reused): they leave the record.
    const live = new Set(sheetInfo.map((s) => s.id));
    const stored = parseRecord(await readParts(context, parts));
    const record = { cells: stored.cells.filter((c) => live.has(c.sheetId)) };

    const open = sheetInfo.filter((s) => !s.locked);
    const protectedSheets = sheetInfo
      .filter((s) => s.locked && findings.some((f) => f.cells.some((c) => c.sheet === s.name)))
      .map((s) => s.name);
    const saved = new Map(record.cells.map((c) => [keyOf(c), c]));
    // Cells already saved can always be marked again; new ones only while the record has room.
    let room = MAX_RECORD_CELLS - record.cells.length;
    const targets = targetsOf(findings, new Map(open.map((s) => [s.name, s.id]))).filter(
      (t) => saved.has(keyOf(t)) || room-- > 0,
    );
    const fresh = targets.filter((t) => !saved.has(keyOf(t)));
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
      const fill = savedFill(format.fill);
      if (fill === undefined) continue;
      const cell: SavedCell = {
        sheetId: target.sheetId,
        sheet: target.sheet,
        address: target.address,
        fill,
        font: savedFont(format.font),
      };
      record.cells.push(cell);
      saved.set(keyOf(cell), cell);
    }
    const marked = targets.filter((t) => saved.has(keyOf(t)));

    await syncEachChunk(context, chunks(marked, MARK_CELLS_PER_SYNC), (chunk, index) => {
      if (index === 0) queueWrite(context, parts, NAMESPACES.marks, encodeRecord(record));
      for (const target of chunk) {
        const { fill, font } = sheet(target.sheetId).getRange(target.address).format;
        const style = MARK_STYLES[target.severity];
        fill.color = style.fill;
        if (!saved.get(keyOf(target))?.font) continue;
        font.color = style.font;
        font.bold = true;
      }
    });
    return { cells: marked.length, protectedSheets };
  });
}

/**
 * Restores every recorded cell's fill and font, then removes the record (with the last batch, so an
 * interrupted clear can be run again). Cells on sheets deleted since are dropped; cells on sheets
 * protected since are kept in the record, to be cleared once the protection is off.
 * Syncs: 2 + ceil(cells / 1,000).
 */
export function clearMarksIn(run: ExcelRun): Promise<MarkOutcome> {
  return run(async (context) => {
    const sheetsNow = loadSheets(context);
    const parts = queryParts(context, NAMESPACES.marks);
    await context.sync();
    if (!parts.items.length) return { cells: 0, protectedSheets: [] };
    const record = parseRecord(await readParts(context, parts));

    const sheetInfo = new Map(sheetsNow().map((s) => [s.id, s]));
    const cells = record.cells.filter((c) => sheetInfo.get(c.sheetId)?.locked === false);
    const kept = record.cells.filter((c) => sheetInfo.get(c.sheetId)?.locked);
    const protectedSheets = [...new Set(kept.map((c) => sheetInfo.get(c.sheetId)!.name))];
    const sheet = sheetGetter(context);
    const batches = chunks(cells, MARK_CELLS_PER_SYNC);
    if (!batches.length) batches.push([]);
    await syncEachChunk(context, batches, (chunk, index) => {
      for (const cell of chunk) restore(sheet(cell.sheetId).getRange(cell.address), cell);
      if (index === batches.length - 1) {
        const rest = kept.length ? encodeRecord({ cells: kept }) : undefined;
        queueWrite(context, parts, NAMESPACES.marks, rest);
      }
    });
    return { cells: cells.length, protectedSheets };
  });
}
