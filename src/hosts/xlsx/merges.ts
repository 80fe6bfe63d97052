/**
 * Counts the cells a sheet's merged areas cover, from its XML as it inflates. exceljs turns every
 * covered cell into an object of its own, so a merge over a whole column (A1:A1048576) keeps the page
 * busy for a minute: such a sheet is refused before exceljs sees it.
 */
const MERGE = /<mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export class MergeCounter {
  /** Cells covered by all merged areas so far. */
  cells = 0;
  /** The largest merged area, as its A1 range. */
  largest = "";
  private largestCells = 0;
  private carry = "";
  private readonly decoder = new TextDecoder();

  feed(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    let end = 0;
    for (const m of text.matchAll(MERGE)) {
      const cells = (Math.abs(column(m[3]) - column(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
      this.cells += cells;
      if (cells > this.largestCells) {
        this.largestCells = cells;
        this.largest = `${m[1]}${m[2]}:${m[3]}${m[4]}`;
      }
      end = (m.index ?? 0) + m[0].length;
    }
    // A merge cut in two by the chunk's end is matched with the next chunk.
    this.carry = text.slice(Math.max(end, text.length - 64));
  }
}
