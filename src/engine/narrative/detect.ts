import { sheetBounds, textAt, toA1, Workbook } from "../model";
import { NarrativeParagraph, NarrativeSource } from "./types";

/**
 * A 情况说明 kept as a sheet of the workbook: named or titled 情况说明 / 部门决算情况说明 / 说明, or a
 * sheet with section headings (一、收入支出决算总体情况说明) where a third or more of the cells are long
 * text. Sheets that hold recognised tables, and the add-in's own 审核结果, are not narratives.
 */

const NAME = /^(?:部门决算)?(?:情况)?说明$|情况说明/;
const TITLE = /情况说明$/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、.{2,30}说明$/;
const LONG = 20;

function paragraphsOf(wb: Workbook, index: number): NarrativeParagraph[] {
  const sheet = wb.sheets[index];
  const b = sheetBounds(sheet);
  const out: NarrativeParagraph[] = [];
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) {
      const text = textAt(sheet, r, c).trim();
      if (text) out.push({ text, cell: { sheet: sheet.name, address: toA1(r, c) } });
    }
  return out;
}

export function findNarrativeSheet(
  wb: Workbook,
  tableSheets: ReadonlySet<string>,
): NarrativeSource | undefined {
  const candidates = wb.sheets
    .map((sheet, i) => ({ sheet, i }))
    .filter(({ sheet }) => !tableSheets.has(sheet.name) && !/^审核结果/.test(sheet.name));
  let byContent: NarrativeSource | undefined;
  for (const { sheet, i } of candidates) {
    const paragraphs = paragraphsOf(wb, i);
    if (!paragraphs.length) continue;
    const title = paragraphs[0].text.replace(/\s+/g, "");
    if (NAME.test(sheet.name.replace(/\s+/g, "")) || (TITLE.test(title) && !SECTION_HEADING.test(title)))
      return { source: sheet.name, paragraphs };
    const long = paragraphs.filter((p) => p.text.length >= LONG).length;
    const headings = paragraphs.some((p) => SECTION_HEADING.test(p.text.replace(/\s+/g, "")));
    if (!byContent && headings && long >= 2 && long * 3 >= paragraphs.length)
      byContent = { source: sheet.name, paragraphs };
  }
  return byContent;
}
