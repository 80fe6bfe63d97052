import { readFileSync } from "fs";
import { join } from "path";
import { buildNarrativeDocx } from "../../scripts/build-samples";
import { NARRATIVE_SHEET } from "../../scripts/samples/narrative";
import { correctedNarrative, PUBLISHED_NARRATIVE } from "../../scripts/samples/narrative-data";
import { checkWorkbook } from "../../src/engine/check";
import { Workbook } from "../../src/engine/model";
import { readNarrative } from "../../src/hosts/narrative/read";
import { readXlsx } from "../../src/hosts/xlsx/read";

const SAMPLES = join(__dirname, "..", "..", "samples");
const DOCX = "published-情况说明.docx";

const workbook = async (name: string) => readXlsx(new Uint8Array(readFileSync(join(SAMPLES, name))), name);

/** Column A of the 情况说明 sheet, row by row. */
function sheetParagraphs(wb: Workbook): string[] {
  const sheet = wb.sheets.find((s) => s.name === NARRATIVE_SHEET);
  return (sheet?.values ?? []).map((row) => String(row[0] ?? ""));
}

describe("the sample 情况说明", () => {
  it(`samples/${DOCX} is what \`npm run samples\` builds, byte for byte, and reads back as published`, async () => {
    const committed = readFileSync(join(SAMPLES, DOCX));
    expect(Buffer.from(await buildNarrativeDocx()).equals(committed)).toBe(true);
    const n = await readNarrative(new Uint8Array(committed), DOCX);
    expect(n.source).toBe(DOCX);
    expect(n.paragraphs.map((p) => p.text)).toEqual(PUBLISHED_NARRATIVE);
  });

  it("stands in each sample workbook as a 情况说明 sheet, paragraph N in cell AN", async () => {
    expect(sheetParagraphs(await workbook("published.xlsx"))).toEqual(PUBLISHED_NARRATIVE);
    expect(sheetParagraphs(await workbook("corrected.xlsx"))).toEqual(correctedNarrative());
  });

  it("gives the same narrative findings from the sheet and from the .docx, each quoting its own source", async () => {
    const wb = await workbook("published.xlsx");
    const fromSheet = checkWorkbook(wb);
    const docx = await readNarrative(new Uint8Array(readFileSync(join(SAMPLES, DOCX))), DOCX);
    const fromDocx = checkWorkbook(wb, { narrative: docx });
    const quotes = (r: typeof fromSheet, source: string) =>
      r.findings
        .filter((f) => f.text)
        .map((f) => [f.rule, f.text?.map((q) => ({ ...q, source: q.source === source ? "·" : q.source }))]);
    expect(quotes(fromSheet, NARRATIVE_SHEET).length).toBeGreaterThan(0);
    expect(quotes(fromDocx, DOCX)).toEqual(quotes(fromSheet, NARRATIVE_SHEET));
    expect(fromSheet.narrative?.source).toBe(NARRATIVE_SHEET);
    expect(fromDocx.narrative).toMatchObject({ ...fromSheet.narrative, source: DOCX });
    // The sheet's findings name the paragraph's cell; the .docx has none.
    const zeroBudget = fromSheet.findings.find((f) => f.text?.[0].paragraph === 49);
    expect(zeroBudget?.cells).toContainEqual({ sheet: NARRATIVE_SHEET, address: "A49" });
    expect(fromDocx.findings.flatMap((f) => f.cells).some((c) => c.sheet === NARRATIVE_SHEET)).toBe(false);
  });
});
