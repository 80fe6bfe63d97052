import { Sheet, sheetBounds, textAt, toA1, Workbook } from "../model";
import { squash } from "../text";
import { NarrativeSource } from "./types";

/**
 * A 情况说明 kept as a sheet of the workbook: named or titled 情况说明 / 部门决算情况说明 / 说明, or a
 * sheet with section headings (一、收入支出决算总体情况说明) where a third or more of the cells are long
 * text. Sheets that hold recognised tables, and the add-in's own 审核结果, are not narratives.
 */

const NAME = /^(?:部门决算)?(?:情况)?说明$|情况说明/;
const TITLE = /情况说明$/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、.{2,30}说明$/;
const LONG = 20;

/** A sheet's non-empty cells in row order; cell references are made only for the sheet chosen. */
interface CellText {
  text: string;
  row: number;
  col: number;
}

function textsOf(sheet: Sheet): CellText[] {
  const b = sheetBounds(sheet);
  const out: CellText[] = [];
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) {
      const text = textAt(sheet, r, c).trim();
      if (text) out.push({ text, row: r, col: c });
    }
  return out;
}

function narrative(sheet: Sheet, texts: CellText[]): NarrativeSource {
  return {
    source: sheet.name,
    paragraphs: texts.map((t) => ({
      text: t.text,
      cell: { sheet: sheet.name, address: toA1(t.row, t.col) },
    })),
  };
}

export function findNarrativeSheet(
  wb: Workbook,
  tableSheets: ReadonlySet<string>,
): NarrativeSource | undefined {
  const candidates = wb.sheets.filter(
    (sheet) => !tableSheets.has(sheet.name) && !/^审核结果/.test(sheet.name),
  );

  let byContent: { sheet: Sheet; texts: CellText[] } | undefined;
  for (const sheet of candidates) {
    const texts = textsOf(sheet);
    if (!texts.length) continue;
    const title = squash(texts[0].text);
    if (NAME.test(squash(sheet.name)) || (TITLE.test(title) && !SECTION_HEADING.test(title)))
      return narrative(sheet, texts);
    if (byContent) continue;
    const long = texts.filter((p) => p.text.length >= LONG).length;
    const headings = texts.some(
      // The text is trimmed: a heading's last character is 说明's 明 (cheap to test before squashing).
      (p) => p.text.endsWith("明") && SECTION_HEADING.test(squash(p.text)),
    );
    if (headings && long >= 2 && long * 3 >= texts.length) byContent = { sheet, texts };
  }
  return byContent && narrative(byContent.sheet, byContent.texts);
}
