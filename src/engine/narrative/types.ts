import { CellRef } from "../model";

/**
 * A 情况说明 as every host hands it to the engine: its paragraphs in order, from a sheet of the workbook
 * (each non-empty cell, in row order), a .docx, a .txt, or text pasted in the panel.
 */
export interface NarrativeSource {
  /** The file name (部门A.docx), the sheet's name, or "粘贴的文本" for pasted text. */
  source: string;
  /** Non-empty paragraphs in order; paragraph N of findings is paragraphs[N - 1]. */
  paragraphs: NarrativeParagraph[];
}

export interface NarrativeParagraph {
  text: string;
  /** The cell holding the paragraph, when it comes from a sheet. */
  cell?: CellRef;
}

/** How much of the narrative was checked: "no findings" must never hide "nothing was checked". */
export interface NarrativeCoverage {
  source: string;
  paragraphs: number;
  /** Figures read (amounts, shares, rates, 同比). */
  figures: number;
  /** Tied to exactly one quantity and compared. */
  checked: number;
  matched: number;
  wrong: number;
  /** Not tied to exactly one quantity: counted, not guessed. */
  unchecked: number;
}
