/**
 * Builds samples/published.xlsx (the seed report exactly as published) and samples/corrected.xlsx (the
 * same report made consistent) from the data in scripts/samples/, each with its 情况说明 sheet, and the
 * published 情况说明 alone as samples/published-情况说明.docx, and the seed as last year's report as
 * samples/previous.xlsx. Run with `npm run samples`. The output
 * is byte-for-byte reproducible: fixed document dates and fixed zip entry times.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { addDisclosureSheets } from "./samples/disclosure-sheets";
import { correctedDisclosure, publishedDisclosure } from "./samples/disclosure-seed";
import { Disclosure } from "./samples/disclosure-types";
import { addNarrativeSheet, narrativeDocx } from "./samples/narrative";
import { correctedNarrative, PUBLISHED_NARRATIVE } from "./samples/narrative-data";
import { addPerfSheets } from "./samples/perf";
import { previousWorkbook } from "./samples/previous";

type Variant = "published" | "corrected";

const FIXED_DATE = new Date(Date.UTC(2025, 4, 20, 0, 0, 0));
const ROOT = join(__dirname, "..");

/** Sets every entry's DOS time stamp (local header and central directory) to one fixed value. */
export function fixZipTimes(bytes: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    const local = view.getUint32(p + 42, true);
    for (const at of [p + 12, local + 10]) {
      view.setUint16(at, dosTime, true);
      view.setUint16(at + 2, dosDate, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

const NARRATIVES: Record<Variant, () => readonly string[]> = {
  published: () => PUBLISHED_NARRATIVE,
  corrected: correctedNarrative,
};

/** The nine disclosure tables, the five 绩效自评表 (scripts/samples/perf.ts), then the 情况说明. */
export async function buildWorkbook(d: Disclosure, variant: Variant): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "juesuan samples";
  wb.lastModifiedBy = "juesuan samples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  addDisclosureSheets(wb, d);
  addPerfSheets(wb, variant);
  addNarrativeSheet(wb, NARRATIVES[variant]());
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), FIXED_DATE);
}

/** The seed as the department's 2023 report, whose 年末 is not the seed's 年初 in one fund. */
export async function buildPreviousWorkbook(): Promise<Uint8Array> {
  const wb = previousWorkbook(FIXED_DATE);
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), FIXED_DATE);
}

/** The published 情况说明 alone, as a department hands it in beside its workbook. */
export function buildNarrativeDocx(): Promise<Uint8Array> {
  return narrativeDocx(PUBLISHED_NARRATIVE, FIXED_DATE);
}

async function main(): Promise<void> {
  mkdirSync(join(ROOT, "samples"), { recursive: true });
  const variants: [Variant, Disclosure][] = [
    ["published", publishedDisclosure()],
    ["corrected", correctedDisclosure()],
  ];
  for (const [variant, d] of variants) {
    const file = join(ROOT, "samples", `${variant}.xlsx`);
    writeFileSync(file, await buildWorkbook(d, variant));
    console.log(`wrote ${file}`);
  }
  // Last year's report of the same department, for `--previous` (scripts/samples/previous.ts).
  const previous = join(ROOT, "samples", "previous.xlsx");
  writeFileSync(previous, await buildPreviousWorkbook());
  console.log(`wrote ${previous}`);
  const docx = join(ROOT, "samples", "published-情况说明.docx");
  writeFileSync(docx, await buildNarrativeDocx());
  console.log(`wrote ${docx}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
