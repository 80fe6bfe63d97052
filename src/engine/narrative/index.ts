import { extendCodeList, FUNCTION_CODES } from "../codes";
import { Workbook } from "../model";
import { PerfTable, recognizePerfTables } from "../selfeval";
import { CheckOptions } from "../result";
import { TableInstance } from "../tables/types";
import { checkNarrative, NarrativeResult } from "./check";
import { findNarrativeSheet } from "./detect";

/** The 情况说明 (narrative) checks: where a narrative comes from, and how it is checked. */
export { checkNarrative } from "./check";
export type { NarrativeResult } from "./check";
export { findNarrativeSheet } from "./detect";
export type { NarrativeCoverage, NarrativeParagraph, NarrativeSource } from "./types";

/**
 * checkWorkbook's narrative step: the narrative given beside the workbook, else a narrative sheet;
 * undefined when there is none or the user switched the group off.
 */
export function narrativeStep(
  wb: Workbook | undefined,
  tables: readonly TableInstance[],
  options: CheckOptions,
  previous?: { file: string; tables: readonly TableInstance[] },
  perfTables?: readonly PerfTable[],
): NarrativeResult | undefined {
  if (options.disabledGroups?.includes("narrative")) return undefined;
  const source = options.narrative ?? (wb && findNarrativeSheet(wb, new Set(tables.map((t) => t.sheet))));
  if (!source) return undefined;
  const codes = extendCodeList(FUNCTION_CODES, options.codes?.function ?? []);
  // checkWorkbook hands over the 自评表 it recognised for the 绩效 checks: recognising them is costly.
  const projects = perfTables ?? (wb ? recognizePerfTables(wb) : []);
  return checkNarrative(source, tables, codes, options.lang ?? "zh", projects, previous);
}
