import { CellRange, RawValue, Sheet, Workbook, parseRange } from "../../engine/model";
import { splitAreas } from "./address";
import { isReviewHeader, parseReviewRecord } from "./review";
import { syncEachChunk } from "./run";
import { fromXml, NAMESPACES, queryParts } from "./store";

/**
 * Cells whose values and texts one sync may load. A cell costs about 50 bytes of JSON (value and
 * text, longer for Chinese labels), so 50,000 cells keep a response near 2.5 MB: half of Excel on the
 * web's ~5 MB limit.
 */
export const READ_CELL_BUDGET = 50_000;

/** The smallest budget a read falls back to when Excel finds a request too large. */
export const MIN_CELL_BUDGET = 2_000;

const PAYLOAD_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);

/** Rows [row, row + rows) of one sheet's used range, loaded in one request. */
export interface RowBlock {
  sheet: number;
  row: number;
  rows: number;
}

/**
 * Packs the sheets' used ranges (rows × cols each) into as few batches as the budget allows, splitting
 * large sheets into row blocks. Every batch but the last is filled to within one row of the budget,
 * so batches ≈ ceil(cells / budget).
 */
export function planBlocks(dims: { rows: number; cols: number }[], budget: number): RowBlock[][] {
  const batches: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let left = budget;
  dims.forEach(({ rows, cols }, sheet) => {
    for (let row = 0; row < rows && cols > 0;) {
      let fit = Math.floor(left / cols);
      if (fit <= 0) {
        if (current.length) batches.push(current);
        current = [];
        left = budget;
        fit = Math.max(1, Math.floor(budget / cols));
      }
      const n = Math.min(fit, rows - row);
      current.push({ sheet, row, rows: n });
      left -= n * cols;
      row += n;
    }
  });
  if (current.length) batches.push(current);
  return batches;
}

/** A review sheet the add-in wrote (perhaps before it kept their ids, or copied): its header row. */
function isReviewSheet(sheet: Sheet): boolean {
  if (sheet.origin.row !== 0 || sheet.origin.col !== 0) return false;
  return isReviewHeader(sheet.values[0] ?? []);
}

/**
 * Reads every sheet except the add-in's own review sheets (their ids go to onOwnSheet) into the
 * engine's model. A user's sheet that happens to be named 审核结果 is read like any other.
 * Round trips: syncs = 2 + ceil(cells / budget): one for the sheet list, one for every used range's
 * position and size (and the id of the review sheet written last), then the values and texts in
 * budget-sized batches (merged areas ride along with the first; they need ExcelApi 1.13, and without
 * it sheets come without merges). A normal 决算 workbook (well under 50,000 used cells) takes 3 syncs
 * whatever its sheet count. A batch Excel refuses as too large is read again in smaller blocks.
 */
export async function readWorkbookIn(
  context: Excel.RequestContext,
  {
    budget = READ_CELL_BUDGET,
    merges = true,
    onOwnSheet,
  }: { budget?: number; merges?: boolean; onOwnSheet?: (id: string) => void } = {},
): Promise<Workbook> {
  const workbook = context.workbook;
  workbook.load("name");
  workbook.worksheets.load("items/name,items/id");
  const reviewParts = queryParts(context, NAMESPACES.review);
  await context.sync();

  const all = workbook.worksheets.items;
  const reviewXml = reviewParts.items[0]?.getXml();
  const allUsed = all.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();
  const ownId = parseReviewRecord(reviewXml ? fromXml(reviewXml.value) : undefined)?.sheetId;
  if (ownId && all.some((ws) => ws.id === ownId)) onOwnSheet?.(ownId);
  const keep = all.map((ws) => ws.id !== ownId);
  const worksheets = all.filter((_, i) => keep[i]);
  const used = allUsed.filter((_, i) => keep[i]);

  const sheets: Sheet[] = worksheets.map((ws, i) => {
    const u = used[i];
    return {
      name: ws.name,
      origin: u.isNullObject ? { row: 0, col: 0 } : { row: u.rowIndex, col: u.columnIndex },
      values: [],
      texts: [],
      merges: [],
    };
  });
  const dims = used.map((u) =>
    u.isNullObject ? { rows: 0, cols: 0 } : { rows: u.rowCount, cols: u.columnCount },
  );

  const load = async (cellBudget: number) => {
    const merged: { sheet: number; areas: Excel.RangeAreas }[] = [];
    const blocks: { block: RowBlock; range: Excel.Range }[] = [];
    await syncEachChunk(context, planBlocks(dims, cellBudget), (batch, index) => {
      if (index === 0 && merges) {
        used.forEach((u, sheet) => {
          if (!u.isNullObject) merged.push({ sheet, areas: u.getMergedAreasOrNullObject().load("address") });
        });
      }
      for (const block of batch) {
        const { origin } = sheets[block.sheet];
        const range = worksheets[block.sheet]
          .getRangeByIndexes(origin.row + block.row, origin.col, block.rows, dims[block.sheet].cols)
          .load("values,text");
        blocks.push({ block, range });
      }
    });
    return { merged, blocks };
  };
  // The budget assumes short cells; sheets of long texts (自评表 descriptions) can still pass Excel on
  // the web's ~5 MB response limit. Excel then refuses the request whole, so read again in smaller
  // blocks rather than fail the check.
  let read: Awaited<ReturnType<typeof load>> | undefined;
  for (let b = budget; !read; b = Math.max(MIN_CELL_BUDGET, Math.floor(b / 5))) {
    read = await load(b).catch((e: unknown) => {
      if (b <= MIN_CELL_BUDGET || !PAYLOAD_ERRORS.has((e as { code?: string }).code ?? "")) throw e;
      return undefined;
    });
  }
  const { merged, blocks } = read;

  for (const { block, range } of blocks) {
    const sheet = sheets[block.sheet];
    range.values.forEach((row, r) => {
      sheet.values[block.row + r] = row.map(toRaw);
      sheet.texts![block.row + r] = range.text[r].map(String);
    });
  }
  for (const { sheet, areas } of merged) {
    if (!areas.isNullObject) sheets[sheet].merges = toMerges(areas.address);
  }
  const own = sheets.map(isReviewSheet);
  own.forEach((o, i) => o && onOwnSheet?.(worksheets[i].id));
  return { name: workbook.name, sheets: sheets.filter((_, i) => !own[i]) };
}

/** Office.js gives "" for an empty cell; the model, like the .xlsx reader, says null. */
function toRaw(v: unknown): RawValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

function toMerges(address: string): CellRange[] {
  return splitAreas(address)
    .map((a) => parseRange(a))
    .filter((r): r is CellRange => r !== undefined);
}
