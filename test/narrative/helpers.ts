import { readFileSync } from "fs";
import { join } from "path";
import { FUNCTION_CODES } from "../../src/engine/codes";
import { Finding, Lang } from "../../src/engine/findings";
import { Workbook } from "../../src/engine/model";
import { checkNarrative, NarrativeResult } from "../../src/engine/narrative";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { TableInstance } from "../../src/engine/tables/types";
import { readXlsx } from "../../src/hosts/xlsx/read";

/** The bundled samples, read once per test file. */
const workbooks = new Map<string, Promise<Workbook>>();

export function sample(name: "published" | "corrected"): Promise<Workbook> {
  let wb = workbooks.get(name);
  if (!wb) {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "samples", `${name}.xlsx`)));
    wb = readXlsx(bytes, `${name}.xlsx`);
    workbooks.set(name, wb);
  }
  return wb;
}

export async function sampleTables(name: "published" | "corrected"): Promise<TableInstance[]> {
  return recognizeTables(await sample(name)).tables;
}

/** Checks paragraphs (a .docx's, say) against the corrected sample's tables. */
export async function narrate(
  paragraphs: string[],
  opts: { tables?: "published" | "corrected"; lang?: Lang } = {},
): Promise<NarrativeResult> {
  const tables = await sampleTables(opts.tables ?? "corrected");
  return checkNarrative(
    { source: "部门A.docx", paragraphs: paragraphs.map((text) => ({ text })) },
    tables,
    FUNCTION_CODES,
    opts.lang ?? "zh",
  );
}

export const rules = (findings: Finding[]): string[] => findings.map((f) => f.rule);

/** The section headings a check's words are read under (which table 类 and 基本支出 refer to). */
export const YB = "五、一般公共预算财政拨款支出决算情况说明";
export const ZC = "三、支出决算情况说明";
export const SG = "九、财政拨款“三公”经费支出决算情况说明";
