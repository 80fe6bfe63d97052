import { CheckOptions, checkWorkbook } from "../engine";
import { EXPLANATIONS_NAMESPACE, parseExplanations } from "../engine/explanations";
import { readIdentity } from "../engine/identity";
import { Workbook } from "../engine/model";
import { NarrativeReadError, readNarrative } from "../hosts/narrative/read";
import { readXlsx } from "../hosts/xlsx/read";
import { WorkbookReadError } from "../hosts/xlsx/zip";
import { CheckTask } from "./inputs";
import { readPrevious } from "./previous";
import { FileReport } from "./report";

/**
 * One workbook (and its 情况说明), read and checked: on a worker thread, or in-process for a single
 * file. Whatever goes wrong becomes the report's error, never a crash.
 */
export async function checkFile(
  task: CheckTask,
  options: CheckOptions,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<FileReport> {
  const { file } = task;
  const empty = { file, tables: [], findings: [] };
  if (task.error) return { ...empty, error: task.error.message, reason: task.error.reason };
  let workbook: Workbook;
  try {
    workbook = await readXlsx(await readFile(file), file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return { ...empty, error: e.message, reason: e.reason };
    return { ...empty, error: `工作簿已损坏，无法读取（${(e as Error).message}）`, reason: "corrupt" };
  }
  let narrativeError: string | undefined;
  let narrative: CheckOptions["narrative"];
  if (task.narrative !== undefined) {
    try {
      narrative = await readNarrative(await readFile(task.narrative), task.narrative);
    } catch (e) {
      const why = e instanceof NarrativeReadError && options.lang === "en" ? e.en : (e as Error).message;
      narrativeError = why;
    }
  }
  const last = await readPrevious(task, workbook, readFile);
  // The 说明 the panel kept in the workbook (a CustomXmlPart): explained findings come back marked.
  const explanations = parseExplanations(workbook.parts?.[EXPLANATIONS_NAMESPACE]);
  try {
    const result = checkWorkbook(workbook, {
      ...options,
      ...(narrative ? { narrative } : {}),
      ...(explanations.length ? { explanations } : {}),
      ...(last.workbook && last.file ? { previous: { file: last.file, workbook: last.workbook } } : {}),
    });
    return {
      file,
      ...readIdentity(workbook.sheets, result.tables),
      ...result,
      ...(narrativeError !== undefined ? { narrativeError } : {}),
      ...(last.workbook && last.file ? { previous: last.file } : {}),
      ...(last.error !== undefined ? { previousError: last.error } : {}),
    };
  } catch (e) {
    return { ...empty, error: `检查时出现内部错误（${(e as Error).message}）`, reason: "internal" };
  }
}
