import { EXPLANATIONS_NAMESPACE, Explanation, parseExplanations } from "../../engine/explanations";
import { ExcelRun } from "./run";
import { loadJson, saveJson } from "./store";

/**
 * The findings' 说明, kept in the workbook as a CustomXmlPart under the namespace the CLI reads from the
 * .xlsx, so an explanation written in the panel travels with the file to the reviewer's batch check.
 */
export async function loadExplanationsIn(run: ExcelRun): Promise<Explanation[]> {
  return parseExplanations(await loadJson(run, EXPLANATIONS_NAMESPACE));
}

/** Replaces the stored list; an empty one removes the part. */
export function saveExplanationsIn(run: ExcelRun, explanations: Explanation[]): Promise<void> {
  const kept = parseExplanations(explanations);
  return saveJson(run, EXPLANATIONS_NAMESPACE, kept.length ? kept : undefined);
}
