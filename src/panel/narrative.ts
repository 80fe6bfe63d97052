import { Finding, TextQuote } from "../engine";
import { CellRef, parseA1, textAt, Workbook } from "../engine/model";
import { NarrativeSource } from "../engine/narrative/types";

/** A quoted paragraph as the panel shows it: its text, and its cell when it stands in a sheet. */
export interface QuotedParagraph {
  text: string;
  cell?: CellRef;
}

/**
 * The paragraph a finding quotes: from the narrative the user gave (a file or pasted text), or from the
 * workbook's narrative sheet, whose paragraph cell the finding names among its cells (the one holding
 * the quote when it names several).
 */
export function quotedParagraph(
  quote: TextQuote,
  finding: Finding,
  given: NarrativeSource | undefined,
  workbook: Workbook | undefined,
): QuotedParagraph | undefined {
  if (given && quote.source === given.source) {
    const p = given.paragraphs[quote.paragraph - 1];
    return p && { text: p.text, cell: p.cell };
  }
  const sheet = workbook?.sheets.find((s) => s.name === quote.source);
  if (!sheet) return undefined;
  const texts = finding.cells
    .filter((c) => c.sheet === sheet.name)
    .map((cell) => {
      const at = parseA1(cell.address);
      return { cell, text: at ? textAt(sheet, at.row, at.col).trim() : "" };
    })
    .filter((p) => p.text !== "");
  return texts.find((p) => p.text.includes(quote.quote)) ?? texts[0];
}

export interface Highlighted {
  before: string;
  quote: string;
  after: string;
}

/** Around this many characters of a long paragraph are shown on each side of the quote. */
const CONTEXT = 60;

/**
 * The paragraph cut around the quote (its first occurrence), with an ellipsis where text was left out;
 * undefined when the quote is not in it as written.
 */
export function highlight(text: string, quote: string, context = CONTEXT): Highlighted | undefined {
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) return undefined;
  const start = Math.max(0, at - context);
  const end = Math.min(text.length, at + quote.length + context);
  return {
    before: (start > 0 ? "…" : "") + text.slice(start, at),
    quote,
    after: text.slice(at + quote.length, end) + (end < text.length ? "…" : ""),
  };
}
