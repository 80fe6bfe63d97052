import { CellRange, CellRef, RawValue, Sheet, sheetBounds, textAt, toA1, valueAt } from "../model";
import { norm } from "./text";
import { PerfText } from "./types";

/**
 * A sheet as 自评表 recognition reads it: trimmed cell texts, and which merged range a cell belongs to
 * (a merged label hands its value over to the first cell right of the whole merge). Recognition reads
 * each cell many times (a scan per row, then per section), so texts are kept once read.
 */
export class SheetView {
  readonly bounds: CellRange;
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly texts = new Map<number, string>();
  private readonly labels = new Map<number, string>();

  constructor(readonly sheet: Sheet) {
    this.bounds = sheetBounds(sheet);
    for (const m of sheet.merges) {
      // Clip to the grid: a merge across a whole row must not make us walk 16 384 columns.
      const bottom = Math.min(m.bottom, this.bounds.bottom);
      const right = Math.min(m.right, this.bounds.right);
      for (let r = m.top; r <= bottom; r++)
        for (let c = m.left; c <= right; c++) this.mergeOf.set(this.key(r, c), m);
    }
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  text(row: number, col: number): string {
    const key = this.key(row, col);
    let t = this.texts.get(key);
    if (t === undefined) {
      t = textAt(this.sheet, row, col).trim();
      this.texts.set(key, t);
    }
    return t;
  }

  /** The cell's text as labels are matched: `norm`ed (no spaces, ASCII brackets and digits). */
  label(row: number, col: number): string {
    const key = this.key(row, col);
    let t = this.labels.get(key);
    if (t === undefined) {
      t = norm(this.text(row, col));
      this.labels.set(key, t);
    }
    return t;
  }

  raw(row: number, col: number): RawValue {
    return valueAt(this.sheet, row, col);
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.sheet.name, address: toA1(row, col) };
  }

  /** The cell's ref and its text, fields spelled out: `{ ...ref, text }` costs microseconds per cell. */
  refText(row: number, col: number, text = this.text(row, col)): PerfText {
    return { sheet: this.sheet.name, address: toA1(row, col), text };
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.mergeOf.get(this.key(row, col));
  }

  /** The first column right of the cell's merge (of the cell itself when not merged). */
  nextCol(row: number, col: number): number {
    return (this.merge(row, col)?.right ?? col) + 1;
  }

  /** The first non-empty cell right of (row, col), up to `limit` (exclusive); undefined when none. */
  rightOf(row: number, col: number, limit = this.bounds.right + 1): number | undefined {
    for (let c = this.nextCol(row, col); c < limit; c++) if (this.text(row, c) !== "") return c;
    return undefined;
  }

  /** Columns of the row's non-empty cells. */
  filled(row: number, left = this.bounds.left, right = this.bounds.right): number[] {
    const cols: number[] = [];
    for (let c = left; c <= right; c++) if (this.text(row, c) !== "") cols.push(c);
    return cols;
  }
}
