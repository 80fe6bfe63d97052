import { Workbook } from "../../engine/model";
import { readCustomXmlParts } from "./customXmlParts";
import { readSharedStrings } from "./sharedStrings";
import { readSheet, WorkbookCounts } from "./sheetPart";
import { readStyles } from "./stylesPart";
import { readWorkbookParts } from "./workbookPart";
import { DEFAULT_LIMITS, inflateEntry, inspectZip, WorkbookReadError, ZipEntry, ZipLimits } from "./zip";

/**
 * Reads an .xlsx file into the engine's workbook model, in Node and in the browser: fflate inflates each
 * part once, capped at its declared size, and saxes parses it as it inflates. The file's bytes are only
 * read: nothing is ever written back. Every failure is a WorkbookReadError with a Chinese reason.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  name?: string,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return read(bytes, name, limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(`工作簿已损坏，无法读取（${(e as Error).message}）`, "corrupt");
  }
}

function read(bytes: Uint8Array, name: string | undefined, limits: ZipLimits): Workbook {
  const entries = new Map<string, ZipEntry>(inspectZip(bytes, limits).map((e) => [e.name, e]));
  const parts = readWorkbookParts(bytes, entries);
  const ctx = {
    strings: readSharedStrings(bytes, parts.sharedStrings),
    styles: readStyles(bytes, parts.styles),
    date1904: parts.date1904,
    limits,
    counts: { cells: 0, mergedCells: 0, largestMerge: { cells: 0, where: "" } } as WorkbookCounts,
  };
  const sheets = parts.sheets.map((s) => readSheet(bytes, s.name, s.entry, ctx));
  const custom = readCustomXmlParts(bytes, entries.values());
  // The parts not read are inflated too, capped, so that a damaged or lying entry is refused as Excel would.
  const read = new Set<ZipEntry | undefined>([
    entries.get("xl/workbook.xml"),
    entries.get("xl/_rels/workbook.xml.rels"),
    parts.sharedStrings,
    parts.styles,
    ...parts.sheets.map((s) => s.entry),
    ...custom.read,
  ]);
  for (const e of entries.values()) if (!read.has(e)) inflateEntry(bytes, e, () => undefined);
  return Object.keys(custom.parts).length ? { name, sheets, parts: custom.parts } : { name, sheets };
}
