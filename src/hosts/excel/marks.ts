import { Finding, SEVERITIES, Severity } from "../../engine";
import { parseA1, parseRange, toA1 } from "../../engine/model";
import { quoteSheet, splitAreas } from "./address";
import {
  allCells,
  batchKey,
  encodeRecord,
  MARK_NAME_PREFIX,
  MarkBatch,
  MarkRecord,
  parseRecord,
  SavedCell,
  SavedFill,
} from "./mark-record";
import { fromXml, NAMESPACES, queryParts, queueWrite } from "./store";
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

/**
 * Cells one defined name lists, and the longest reference it gets: well below Excel's 8,192 characters
 * a formula, whatever the sheet's name.
 */
export const NAME_MAX_CELLS = 200;
const NAME_MAX_CHARS = 4_000;

interface Target {
  sheetId: string;
  sheet: string;
  address: string;
  severity: Severity;
}

/**
 * What a mark or a clear did: the cells it changed, the protected sheets whose cells it left alone,
 * the cells it did not mark because of the caps (mark), and the cells it did not restore because their
 * fill is no longer the mark (clear: someone changed it since).
 */
export interface MarkOutcome {
  cells: number;
  protectedSheets: string[];
  skipped: number;
  changed: number;
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

/**
 * Every cell of the findings, once, with its most severe finding; cells on missing sheets are left
 * out, and `over` counts the cells past MAX_MARKED_CELLS.
 */
function targetsOf(findings: Finding[], sheetIds: Map<string, string>): { targets: Target[]; over: number } {
  const byKey = new Map<string, Target>();
  const over = new Set<string>();
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
          if (!known && byKey.size >= MAX_MARKED_CELLS) {
            over.add(key);
            continue;
          }
          byKey.set(key, { sheetId, sheet: ref.sheet, address, severity: f.severity });
        }
      }
    }
  }
  return { targets: [...byKey.values()], over: over.size };
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

const same = (a: string | null | undefined, b: string) => a?.toUpperCase() === b.toUpperCase();

/** Whether a colour is the one the cell's mark painted (any mark's, for a record that did not say). */
function isMark(
  color: string | null | undefined,
  mark: Severity | undefined,
  part: "fill" | "font",
): boolean {
  const styles = mark ? [MARK_STYLES[mark]] : Object.values(MARK_STYLES);
  return styles.some((s) => same(color, s[part]));
}

/** Restores the fill, and the font where it still shows the mark (a font the user set since stays). */
function restore(range: Excel.Range, cell: SavedCell, font: boolean): void {
  const { fill } = range.format;
  if (cell.fill === null) {
    fill.clear();
  } else {
    fill.color = cell.fill.color;
    if (cell.fill.pattern) fill.pattern = cell.fill.pattern as Excel.FillPattern;
    if (cell.fill.patternColor) fill.patternColor = cell.fill.patternColor;
    if (cell.fill.tintAndShade !== undefined) fill.tintAndShade = cell.fill.tintAndShade;
  }
  if (font && cell.font) {
    range.format.font.color = cell.font.color;
    range.format.font.bold = cell.font.bold;
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
 * A batch with its cells where they are now: its defined name lists them in order, and Excel has moved
 * the name with inserted or deleted rows and columns. A deleted cell (#REF!) leaves the batch; the
 * batch then loses its name, to be named afresh with what is left. Without a usable name (an earlier
 * version's record, a name the user deleted) the recorded addresses stand.
 */
function resolveBatch(batch: MarkBatch, formula: string | undefined): MarkBatch {
  // A name not loaded was made by another panel since (its addresses are fresh) or deleted by the user.
  if (!batch.name || formula === undefined) return batch;
  const areas = splitAreas(formula.replace(/^=/, ""));
  if (areas.length !== batch.cells.length) return { ...batch, name: "" };
  const cells: SavedCell[] = [];
  batch.cells.forEach((c, i) => {
    const address = areas[i].replace(/\$/g, "");
    if (parseA1(address)) cells.push({ ...c, address });
  });
  return { ...batch, cells, name: cells.length === batch.cells.length ? batch.name : "" };
}

interface MarkState {
  sheets: SheetInfo[];
  /** The add-in's defined names, with their references as Excel keeps them now. */
  names: Map<string, Excel.NamedItem>;
  record: MarkRecord;
}

/** The record resolved to where its cells are now; cells of sheets deleted since leave it. */
function resolve(data: unknown, state: Pick<MarkState, "sheets" | "names">): MarkRecord {
  const live = new Set(state.sheets.map((s) => s.id));
  const batches = parseRecord(data)
    .batches.filter((b) => live.has(b.sheetId))
    .map((b) => resolveBatch(b, state.names.get(b.name)?.formula));
  return { batches: batches.filter((b) => b.cells.length) };
}

/**
 * Every record part's batches, resolved, each batch once and each cell once (two panels adding a part
 * at once leave two, and may both have saved one cell). Of two originals saved for a cell, one that is
 * not a mark's colour wins: the other was read after the first panel had painted it.
 */
async function readRecord(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  state: Pick<MarkState, "sheets" | "names">,
): Promise<MarkRecord> {
  const xmls = parts.items.map((p) => p.getXml());
  if (xmls.length) await context.sync();
  const batches = new Map<string, MarkBatch>();
  for (const xml of xmls) {
    for (const b of resolve(fromXml(xml.value), state).batches)
      if (!batches.has(batchKey(b))) batches.set(batchKey(b), b);
  }
  const chosen = new Map<string, SavedCell>();
  const painted = (c: SavedCell) => c.fill !== null && isMark(c.fill.color, undefined, "fill");
  for (const c of allCells({ batches: [...batches.values()] })) {
    const known = chosen.get(keyOf(c));
    if (!known || (painted(known) && !painted(c))) chosen.set(keyOf(c), c);
    else if (c.mark && (!known.mark || SEVERITIES.indexOf(c.mark) < SEVERITIES.indexOf(known.mark)))
      known.mark = c.mark;
  }
  return {
    batches: [...batches.values()]
      .map((b) => {
        const cells = b.cells.filter((c) => chosen.get(keyOf(c)) === c);
        return { ...b, cells, name: cells.length === b.cells.length ? b.name : "" };
      })
      .filter((b) => b.cells.length),
  };
}

/** Sheets, the add-in's names and the record, resolved. Syncs: 1, and 1 more when a record exists. */
async function loadState(context: Excel.RequestContext): Promise<MarkState> {
  const sheetsNow = loadSheets(context);
  const parts = queryParts(context, NAMESPACES.marks);
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const ours = names.items.filter((n) => n.name.startsWith(MARK_NAME_PREFIX));
  const state = { sheets: sheetsNow(), names: new Map(ours.map((n) => [n.name, n])) };
  return { ...state, record: await readRecord(context, parts, state) };
}

/**
 * The record as it is in the workbook now, read again just before writing: another panel (a second
 * window, a co-author) may have marked or cleared since this one read it. Syncs: 1 or 2.
 */
async function latestRecord(
  context: Excel.RequestContext,
  state: MarkState,
): Promise<{ parts: Excel.CustomXmlPartScopedCollection; record: MarkRecord }> {
  const parts = queryParts(context, NAMESPACES.marks);
  await context.sync();
  return { parts, record: await readRecord(context, parts, state) };
}

/** Times a write is checked and merged again when another panel's write crossed it. */
const SETTLE_ROUNDS = 3;

/**
 * Reads the record back after writing it; while another panel's write crossed this one's (a batch this
 * one needs is missing, one it removed is back, or two parts exist), merges and writes again.
 */
async function settle(
  context: Excel.RequestContext,
  state: MarkState,
  merge: (latest: MarkRecord) => MarkRecord | undefined,
  twoParts: boolean,
): Promise<void> {
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    const latest = await latestRecord(context, state);
    const next =
      merge(latest.record) ?? (twoParts && latest.parts.items.length > 1 ? latest.record : undefined);
    if (!next) return;
    queueRecord(context, latest.parts, state, next);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a rare retry, at most SETTLE_ROUNDS
    await context.sync();
  }
}

let nameSeq = 0;
/** A defined name no other batch, panel or session uses. */
function freshName(): string {
  const stamp = Date.now().toString(36);
  const salt = Math.floor(Math.random() * 36 ** 4).toString(36);
  return `${MARK_NAME_PREFIX}${stamp}_${salt}_${(nameSeq++).toString(36)}`;
}

/** Cells in batches of one sheet each (in their order within a sheet), small enough for one defined name's reference. */
function batchesOf(cells: SavedCell[], sheetNames: Map<string, string>): MarkBatch[] {
  const out: MarkBatch[] = [];
  let batch: MarkBatch | undefined;
  let chars = 0;
  const bySheet = [...cells].sort((a, b) => (a.sheetId < b.sheetId ? -1 : a.sheetId > b.sheetId ? 1 : 0));
  for (const c of bySheet) {
    const ref = `${quoteSheet(sheetNames.get(c.sheetId) ?? c.sheet)}!${c.address},`;
    if (
      !batch ||
      batch.sheetId !== c.sheetId ||
      batch.cells.length >= NAME_MAX_CELLS ||
      chars + ref.length > NAME_MAX_CHARS
    ) {
      out.push((batch = { name: "", sheetId: c.sheetId, sheet: c.sheet, cells: [] }));
      chars = 0;
    }
    batch.cells.push(c);
    chars += ref.length;
  }
  return out;
}

/**
 * Queues writing the record: a hidden defined name for each batch that has none (new cells, an earlier
 * version's record, a batch that lost a deleted cell), the add-in's names no batch uses any more
 * deleted, and the part replaced (removed when nothing is marked).
 */
function queueRecord(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  state: MarkState,
  record: MarkRecord,
): MarkBatch[] {
  const sheetNames = new Map(state.sheets.map((s) => [s.id, s.name]));
  const batches = record.batches.flatMap((b) => (b.name ? [b] : batchesOf(b.cells, sheetNames)));
  for (const b of batches) {
    if (b.name) continue;
    b.name = freshName();
    const sheet = quoteSheet(sheetNames.get(b.sheetId) ?? b.sheet);
    const reference = `=${b.cells.map((c) => `${sheet}!$${c.address.replace(/(\d+)$/, "$$$1")}`).join(",")}`;
    const item = context.workbook.names.add(b.name, reference);
    item.visible = false;
  }
  const used = new Set(batches.map((b) => b.name));
  for (const [name, item] of state.names) {
    if (used.has(name)) continue;
    item.delete();
    state.names.delete(name);
  }
  queueWrite(context, parts, NAMESPACES.marks, batches.length ? encodeRecord({ batches }) : undefined);
  return batches;
}

/**
 * Marks the findings' cells. The originals of cells not marked before are read and written to the
 * workbook in the same request as, and ahead of, the first format change; a cell marked again keeps
 * its first saved original (and takes the new mark). Only fill and font change: never a value or a
 * formula. Cells on protected sheets are left alone (a format change there fails) and their sheets
 * reported; cells past the caps are counted. The record is read again just before it is written and
 * what another panel recorded meanwhile is kept.
 * Syncs: 1 (sheets, names, record parts) + 1 when a record exists + ceil(new cells / 1,000) reads
 * + 1–2 (the record again) + ceil(cells / 1,000) writes.
 */
export function markIn(run: ExcelRun, findings: Finding[]): Promise<MarkOutcome> {
  return run(async (context) => {
    const state = await loadState(context);
    const open = state.sheets.filter((s) => !s.locked);
    const protectedSheets = state.sheets
      .filter((s) => s.locked && findings.some((f) => f.cells.some((c) => c.sheet === s.name)))
      .map((s) => s.name);
    const saved = new Map(allCells(state.record).map((c) => [keyOf(c), c]));
    // Cells already saved can always be marked again; new ones only while the record has room.
    let room = MAX_RECORD_CELLS - saved.size;
    const all = targetsOf(findings, new Map(open.map((s) => [s.name, s.id])));
    const targets = all.targets.filter((t) => saved.has(keyOf(t)) || room-- > 0);
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
    const added: SavedCell[] = [];
    for (const { target, format } of probes) {
      const fill = savedFill(format.fill);
      if (fill === undefined) continue;
      added.push({
        sheetId: target.sheetId,
        sheet: target.sheet,
        address: target.address,
        fill,
        font: savedFont(format.font),
      });
    }

    // Another panel may have recorded some of these cells meanwhile: its original was read before its
    // mark, so it wins over what this one just read (which may be that mark).
    const latest = await latestRecord(context, state);
    const mine = new Map(state.record.batches.map((b) => [batchKey(b), b]));
    const batches = latest.record.batches.map((b) => mine.get(batchKey(b)) ?? b);
    const held = new Set(allCells({ batches }).map(keyOf));
    // A batch this panel held that the other one cleared since comes back only for cells marked now.
    const marking = new Set(targets.map(keyOf));
    for (const [key, b] of mine) {
      if (batches.some((x) => batchKey(x) === key)) continue;
      const cells = b.cells.filter((c) => marking.has(keyOf(c)) && !held.has(keyOf(c)));
      if (cells.length) batches.push({ ...b, name: "", cells });
      cells.forEach((c) => held.add(keyOf(c)));
    }
    const newCells = added.filter((c) => !held.has(keyOf(c)));
    batches.push({ name: "", sheetId: "", sheet: "", cells: newCells });
    const record: MarkRecord = { batches: batches.filter((b) => b.cells.length) };
    const recorded = new Map(allCells(record).map((c) => [keyOf(c), c]));
    const marked = targets.filter((t) => recorded.has(keyOf(t)));
    for (const t of marked) recorded.get(keyOf(t))!.mark = t.severity;

    const batchesToWrite = chunks(marked, MARK_CELLS_PER_SYNC);
    if (!batchesToWrite.length) batchesToWrite.push([]);
    let written: MarkBatch[] = [];
    await syncEachChunk(context, batchesToWrite, (chunk, index) => {
      if (index === 0 && (marked.length || state.names.size || latest.parts.items.length))
        written = queueRecord(context, latest.parts, state, record);
      for (const target of chunk) {
        const { fill, font } = sheet(target.sheetId).getRange(target.address).format;
        const style = MARK_STYLES[target.severity];
        fill.color = style.fill;
        if (!recorded.get(keyOf(target))?.font) continue;
        font.color = style.font;
        font.bold = true;
      }
    });
    // The batches holding this mark's cells must be in the record, whatever another panel wrote since.
    const needed = written.filter((b) => b.cells.some((c) => marking.has(keyOf(c))));
    await settle(
      context,
      state,
      (now) => {
        const present = new Set(now.batches.map(batchKey));
        const missing = needed.filter((b) => !present.has(batchKey(b)));
        if (!missing.length) return undefined;
        const taken = new Set(allCells(now).map(keyOf));
        const back = missing.map((b) => {
          const cells = b.cells.filter((c) => !taken.has(keyOf(c)));
          return { ...b, cells, name: cells.length === b.cells.length ? b.name : "" };
        });
        return { batches: [...now.batches, ...back.filter((b) => b.cells.length)] };
      },
      marked.length > 0,
    );
    return {
      cells: marked.length,
      protectedSheets,
      skipped: all.over + all.targets.length - targets.length,
      changed: 0,
    };
  });
}

/**
 * Restores the recorded cells whose fill is still the mark, and the font where it is still the mark's.
 * A cell whose fill someone changed since (a colour of the reviewer's, a row sorted into its place) is
 * left as it is and counted. Cells on sheets deleted since are dropped; cells on sheets protected
 * since stay in the record, to be cleared once the protection is off. The record is read again before
 * it is written, so marks another panel made meanwhile stay recorded.
 * Syncs: 1 + 1 (record) + ceil(cells / 1,000) reads + 1–2 (record again) + ceil(cells / 1,000) writes.
 */
export function clearMarksIn(run: ExcelRun): Promise<MarkOutcome> {
  return run(async (context) => {
    const state = await loadState(context);
    const none = { cells: 0, protectedSheets: [], skipped: 0, changed: 0 };
    if (!state.record.batches.length && !state.names.size) return none;

    const sheetInfo = new Map(state.sheets.map((s) => [s.id, s]));
    const open = state.record.batches.filter((b) => sheetInfo.get(b.sheetId)?.locked === false);
    const kept = state.record.batches.filter((b) => sheetInfo.get(b.sheetId)?.locked);
    const protectedSheets = [...new Set(kept.map((b) => sheetInfo.get(b.sheetId)!.name))];
    const sheet = sheetGetter(context);

    const probes: { cell: SavedCell; format: Excel.RangeFormat }[] = [];
    await syncEachChunk(context, chunks(allCells({ batches: open }), MARK_CELLS_PER_SYNC), (chunk) => {
      for (const cell of chunk) {
        const format = sheet(cell.sheetId).getRange(cell.address).format;
        format.fill.load("color");
        format.font.load("color");
        probes.push({ cell, format });
      }
    });
    const restorable = probes.filter((p) => isMark(p.format.fill.color, p.cell.mark, "fill"));

    const latest = await latestRecord(context, state);
    const done = new Set(open.map(batchKey));
    const record = { batches: latest.record.batches.filter((b) => !done.has(batchKey(b))) };
    const batches = chunks(restorable, MARK_CELLS_PER_SYNC);
    if (!batches.length) batches.push([]);
    await syncEachChunk(context, batches, (chunk, index) => {
      for (const { cell, format } of chunk) {
        const font = isMark(format.font.color, cell.mark, "font");
        restore(sheet(cell.sheetId).getRange(cell.address), cell, font);
      }
      if (index === batches.length - 1) queueRecord(context, latest.parts, state, record);
    });
    // What this clear removed stays removed, even if another panel wrote an older copy meanwhile.
    await settle(
      context,
      state,
      (now) =>
        now.batches.some((b) => done.has(batchKey(b)))
          ? { batches: now.batches.filter((b) => !done.has(batchKey(b))) }
          : undefined,
      true,
    );
    return {
      cells: restorable.length,
      protectedSheets,
      skipped: 0,
      changed: probes.length - restorable.length,
    };
  });
}
