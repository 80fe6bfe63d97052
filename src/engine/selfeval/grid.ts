import { CellRange, CellRef, RawValue, Sheet, sheetBounds, textAt, toA1, valueAt } from "../model";
import { norm } from "./text";
import { PerfText } from "./types";

/**
 * A sheet as 自评表 recognition reads it: trimmed cell texts, and which merged range a cell belongs to
 * (a merged label hands its value over to the first cell right of the whole merge). Recognition reads
 * each cell many times (a scan per row, then per section), so each cell's text, its `norm`ed label and
 * each row's filled columns are worked out once, in flat per-cell arrays (a Map per lookup cost more
 * than the lookups). Cells outside the grid read as the model reads them, uncached.
 */
export class SheetView {
  readonly bounds: CellRange;
  private readonly width: number;
  private readonly texts: (string | undefined)[];
  private readonly labels: (string | undefined)[];
  private readonly filledRows: (readonly number[] | undefined)[];
  /** Per cell, the merge it belongs to (the last listed when merges overlap); built on first use. */
  private mergeOf?: (CellRange | undefined)[];

  constructor(readonly sheet: Sheet) {
    this.bounds = sheetBounds(sheet);
    this.width = Math.max(0, this.bounds.right - this.bounds.left + 1);
    const height = Math.max(0, this.bounds.bottom - this.bounds.top + 1);
    this.texts = new Array(this.width * height);
    this.labels = new Array(this.width * height);
    this.filledRows = new Array(height);
  }

  /** The cell's index in the per-cell arrays; −1 outside the grid. */
  private index(row: number, col: number): number {
    const r = row - this.bounds.top;
    const c = col - this.bounds.left;
    return r < 0 || c < 0 || row > this.bounds.bottom || c >= this.width ? -1 : r * this.width + c;
  }

  text(row: number, col: number): string {
    const i = this.index(row, col);
    if (i < 0) return textAt(this.sheet, row, col).trim();
    return (this.texts[i] ??= textAt(this.sheet, row, col).trim());
  }

  /** The cell's text as labels are matched: `norm`ed (no spaces, ASCII brackets and digits). */
  label(row: number, col: number): string {
    const i = this.index(row, col);
    if (i < 0) return norm(this.text(row, col));
    return (this.labels[i] ??= norm(this.text(row, col)));
  }

  /*
   * Screens that spare most cells their label. `norm` maps full-width ASCII forms and drops spaces: it
   * neither makes nor breaks a CJK letter, so a label holds a CJK word only where the text holds its
   * letters (spaces between them aside), and starts with the text's first letter (texts are trimmed).
   */

  /** Whether the cell's label holds `word` (CJK letters only); the label is worked out only when unsure. */
  labelHas(row: number, col: number, word: string): boolean {
    const text = this.text(row, col);
    // One scan for most texts, which lack the word's first letter.
    const at = text.indexOf(firstLetter(word));
    if (at < 0) return false;
    return text.startsWith(word, at) || text.includes(word, at + 1) || this.label(row, col).includes(word);
  }

  /** Whether the cell's label may start with one of `letters` (CJK letters only). */
  startsWithAny(row: number, col: number, letters: string): boolean {
    // Char codes: text[0] of a CJK letter would be a new string per call.
    const first = this.text(row, col).charCodeAt(0);
    for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === first) return true;
    return false;
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
    const i = this.index(row, col);
    return i >= 0 ? this.merges()[i] : this.outside(row, col);
  }

  /** A cell above or left of the grid (never asked for in practice): merges are clipped at the bottom and right. */
  private outside(row: number, col: number): CellRange | undefined {
    if (row > this.bounds.bottom || col > this.bounds.right) return undefined;
    let found: CellRange | undefined;
    for (const m of this.sheet.merges)
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) found = m;
    return found;
  }

  private merges(): (CellRange | undefined)[] {
    if (this.mergeOf) return this.mergeOf;
    const of: (CellRange | undefined)[] = new Array(this.texts.length);
    const { top, left, bottom, right } = this.bounds;
    for (const m of this.sheet.merges) {
      // Clipped to the grid: a merge across a whole row must not make us walk 16 384 columns.
      for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++)
        for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) of[this.index(r, c)] = m;
    }
    return (this.mergeOf = of);
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

  /** Columns of the row's non-empty cells, left to right (shared: callers only read it). */
  filled(row: number): readonly number[] {
    const r = row - this.bounds.top;
    const known = this.filledRows[r];
    if (known) return known;
    const cols: number[] = [];
    for (let c = this.bounds.left; c <= this.bounds.right; c++) if (this.text(row, c) !== "") cols.push(c);
    if (r >= 0 && row <= this.bounds.bottom) this.filledRows[r] = cols;
    return cols;
  }
}

/** Each word's first letter, kept: `word[0]` of a CJK letter is a new string per call. */
const FIRST_LETTERS = new Map<string, string>();

function firstLetter(word: string): string {
  let letter = FIRST_LETTERS.get(word);
  if (letter === undefined) FIRST_LETTERS.set(word, (letter = word[0]));
  return letter;
}
