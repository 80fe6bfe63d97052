/**
 * The seed report's 情况说明 (scripts/samples/narrative-data.ts) in the two forms the hosts read: a
 * 情况说明 sheet of the sample workbooks, one paragraph a cell down column A, and a Word document. Both
 * are byte-for-byte reproducible.
 */
import { Document, Packer, Paragraph, TextRun } from "docx";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const NARRATIVE_SHEET = "情况说明";

/** Headings ("一、…", "(一) …", "第三部分 …") are set in bold, as in the published report. */
const HEADING =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Paragraph N of the narrative is cell A{N}: the engine counts a sheet's non-empty cells in row order. */
export function addNarrativeSheet(wb: ExcelJS.Workbook, paragraphs: readonly string[]): void {
  const ws = wb.addWorksheet(NARRATIVE_SHEET);
  ws.getColumn(1).width = 110;
  paragraphs.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (HEADING.test(text) && text.length < 40) cell.font = { bold: true };
  });
}

/** A .docx of the paragraphs, its document dates and zip entry times fixed to `date`. */
export async function narrativeDocx(paragraphs: readonly string[], date: Date): Promise<Uint8Array> {
  const doc = new Document({
    creator: "juesuan samples",
    lastModifiedBy: "juesuan samples",
    title: "部门决算情况说明",
    sections: [
      {
        children: paragraphs.map(
          (text) =>
            new Paragraph({
              children: [new TextRun({ text, bold: HEADING.test(text) && text.length < 40 })],
            }),
        ),
      },
    ],
  });
  const packed = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  // The docx package stamps the core properties with the time of writing.
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core = "docProps/core.xml";
  if (packed[core])
    packed[core] = strToU8(
      strFromU8(packed[core]).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
        (_, open: string, close: string) => `${open}${stamp}${close}`,
      ),
    );
  const names = Object.keys(packed).sort();
  return zipSync(Object.fromEntries(names.map((n) => [n, [packed[n], { mtime: date, level: 9 }]])));
}
