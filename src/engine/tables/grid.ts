import { CellRange, CellRef, RawValue, Sheet, textAt, toA1, valueAt } from "../model";
import { squash } from "../text";

/** Merges taller than this are not header cells; indexing them row by row would only cost time. */
const MAX_INDEXED_MERGE_ROWS = 200;

/**
 * Read access to one sheet for recognition: absolute positions, displayed text, and merged areas looked up
 * by row so that a header cell inside a merge reads the merge's text.
 */
export class Grid {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(readonly sheet: Sheet) {
    let width = 0;
    for (const row of sheet.values) if (row && row.length > width) width = row.length;
    this.top = sheet.origin.row;
    this.bottom = sheet.origin.row + sheet.values.length - 1;
    this.left = sheet.origin.col;
    this.right = sheet.origin.col + width - 1;
    for (const m of sheet.merges) {
      const last = Math.min(m.bottom, m.top + MAX_INDEXED_MERGE_ROWS);
      for (let r = m.top; r <= last; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  raw(row: number, col: number): RawValue {
    return valueAt(this.sheet, row, col);
  }

  /** Displayed text, trimmed. */
  text(row: number, col: number): string {
    return textAt(this.sheet, row, col).trim();
  }

  /** Displayed text without any whitespace. */
  word(row: number, col: number): string {
    return squash(textAt(this.sheet, row, col));
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    const list = this.mergesByRow.get(row);
    return list?.find((m) => m.left <= col && col <= m.right && m.top <= row && row <= m.bottom);
  }

  /** A header cell's word: inside a merged area, the text of the area's top-left cell. */
  headerWord(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.word(m.top, m.left) : this.word(row, col);
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.sheet.name, address: toA1(row, col) };
  }

  /** The raw row array (relative to the origin), for fast scans. */
  rowValues(row: number): RawValue[] | undefined {
    return this.sheet.values[row - this.top];
  }

  isBlankRow(row: number, left: number, right: number): boolean {
    const values = this.rowValues(row);
    if (!values) return true;
    for (let c = left; c <= right; c++) {
      const v = values[c - this.left];
      if (v !== null && v !== undefined && String(v).trim() !== "") return false;
    }
    return true;
  }

  /** Non-blank words of a row between two columns, with their columns. */
  rowWords(row: number, left: number, right: number): { col: number; word: string }[] {
    const out: { col: number; word: string }[] = [];
    const values = this.rowValues(row);
    if (!values) return out;
    const last = Math.min(right, this.left + values.length - 1);
    for (let c = Math.max(left, this.left); c <= last; c++) {
      const v = values[c - this.left];
      if (v === null || v === undefined) continue;
      const word = this.word(row, c);
      if (word) out.push({ col: c, word });
    }
    return out;
  }
}
