import { CellRange, RawValue, Sheet, Workbook, parseRange } from "../../engine/model";
import { splitAreas } from "./address";
import { REVIEW_SHEET } from "./review";
import { syncEachChunk } from "./run";

/**
 * Cells whose values and texts one sync may load. A cell costs about 50 bytes of JSON (value and
 * text, longer for Chinese labels), so 50,000 cells keep a response near 2.5 MB: half of Excel on the
 * web's ~5 MB limit.
 */
export const READ_CELL_BUDGET = 50_000;

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

/**
 * Reads every sheet (except our own 审核结果, whose id goes to onOwnSheet) into the engine's model.
 * Round trips: syncs = 2 + ceil(cells / budget): one for the sheet list, one for every used range's
 * position and size, then the values and texts in budget-sized batches (merged areas ride along with
 * the first; they need ExcelApi 1.13, and without it sheets come without merges). A normal 决算
 * workbook (well under 50,000 used cells) takes 3 syncs whatever its sheet count.
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
  await context.sync();

  const all = workbook.worksheets.items;
  all.filter((ws) => ws.name === REVIEW_SHEET).forEach((ws) => onOwnSheet?.(ws.id));
  const worksheets = all.filter((ws) => ws.name !== REVIEW_SHEET);
  const used = worksheets.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();

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

  const merged: { sheet: number; areas: Excel.RangeAreas }[] = [];
  const blocks: { block: RowBlock; range: Excel.Range }[] = [];
  await syncEachChunk(context, planBlocks(dims, budget), (batch, index) => {
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
  return { name: workbook.name, sheets };
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
