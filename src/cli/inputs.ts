import { promises as fs } from "fs";
import { basename, dirname, extname, isAbsolute, join, resolve } from "path";
import { glob, isDynamicPattern } from "tinyglobby";

/**
 * The command's inputs turned into workbooks to check, in the order given: files as named, folders
 * searched (recursively, .xlsx only), glob patterns expanded here, so that `收到的决算/*.xlsx` works the
 * same in cmd and PowerShell (which pass it on unexpanded) as in bash. A 情况说明 (.docx/.txt) with a
 * workbook's stem is paired with it.
 */

/** One workbook to check, or an input that names none (then `error` says why). */
export interface CheckTask {
  file: string;
  narrative?: string;
  /** Last year's workbook with the same stem (or the one given); null: none in the --previous folder. */
  previous?: string | null;
  /** Last year's workbooks no stem claimed, by department: the worker pairs by department (previous.ts). */
  previousByDepartment?: [string, string][];
  error?: { message: string; reason: "not-found" | "not-workbook" };
}

export interface Inputs {
  tasks: CheckTask[];
  /** Files in the folders and patterns that are not workbooks (nor a workbook's narrative). */
  skipped: string[];
}

const NARRATIVE = /\.(docx|txt)$/i;
const WORKBOOK = /\.xlsx$/i;
/** Excel's lock file for an open workbook (~$部门A.xlsx): not a workbook. */
const LOCK_FILE = /^~\$/;

const collator = new Intl.Collator("zh-CN", { numeric: true });
const naturalOrder = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** A narrative's name may add 情况说明 to the workbook's: 部门A-情况说明.docx goes with 部门A.xlsx. */
const NARRATIVE_SUFFIX = /[-_—\s]*(?:部门决算|决算)?(?:情况说明|说明)$/;

/** A file's name without extension (and a narrative's without its 情况说明), case-insensitive. */
const baseKey = (file: string) => basename(file, extname(file)).replace(NARRATIVE_SUFFIX, "").toLowerCase();

/** The stem a workbook and its narrative share: folder and name, as baseKey. */
const stemKey = (file: string) => join(dirname(resolve(file)), baseKey(file));

export async function kindOf(path: string): Promise<"file" | "dir" | undefined> {
  try {
    return (await fs.stat(path)).isDirectory() ? "dir" : "file";
  } catch {
    return undefined;
  }
}

/** Expands the inputs; `exclude` names files never taken as input (the summary being written). */
export async function expandInputs(
  args: readonly string[],
  options: { narrative?: string; exclude?: string[] } = {},
): Promise<Inputs> {
  const workbooks: CheckTask[] = [];
  const narratives: { file: string; given: boolean }[] = [];
  const skipped: string[] = [];
  const seen = new Set((options.exclude ?? []).map((f) => resolve(f)));
  const addWorkbook = (task: CheckTask) => {
    const key = resolve(task.file);
    if (task.error || !seen.has(key)) workbooks.push(task);
    seen.add(key);
  };
  /** Files found by a folder or a pattern: workbooks taken, narratives kept for pairing, the rest counted. */
  const sortFound = (found: string[]) => {
    for (const file of found.sort(naturalOrder)) {
      if (seen.has(resolve(file))) continue;
      if (WORKBOOK.test(file) && !LOCK_FILE.test(basename(file))) addWorkbook({ file });
      else if (NARRATIVE.test(file)) narratives.push({ file, given: false });
      else skipped.push(file);
    }
  };
  for (const given of args) {
    let arg = given;
    let kind = await kindOf(arg);
    // Windows-style input (收到的决算\*.xlsx) from cmd or PowerShell: a glob needs forward slashes.
    if (!kind && arg.includes("\\")) {
      arg = arg.replace(/\\/g, "/");
      kind = await kindOf(arg);
    }
    if (kind === "dir") {
      const found = await glob(["**/*"], { cwd: arg, onlyFiles: true, followSymbolicLinks: false });
      const before = workbooks.length;
      sortFound(found.map((f) => join(arg, f)));
      if (workbooks.length === before) {
        workbooks.push({
          file: given,
          error: { message: `文件夹中没有 .xlsx 工作簿：${given}`, reason: "not-found" },
        });
      }
    } else if (kind === "file") {
      if (NARRATIVE.test(arg)) narratives.push({ file: arg, given: true });
      else addWorkbook({ file: arg });
    } else if (isDynamicPattern(arg)) {
      const found = await glob([arg], {
        onlyFiles: true,
        absolute: isAbsolute(arg),
        followSymbolicLinks: false,
      });
      if (!found.length) {
        workbooks.push({
          file: given,
          error: { message: `没有与“${given}”匹配的文件`, reason: "not-found" },
        });
      }
      sortFound(found);
    } else {
      // Named but missing: checked like any file, so the report says 找不到文件.
      addWorkbook({ file: arg });
    }
  }
  return { tasks: pairNarratives(workbooks, narratives, skipped, options.narrative), skipped };
}

/**
 * 部门A.docx (or .txt) goes with 部门A.xlsx in the same folder; one given on the command line may pair
 * with a workbook elsewhere by name alone. A given narrative without its workbook is an input error;
 * one found in a folder without a workbook is skipped.
 */
function pairNarratives(
  workbooks: CheckTask[],
  narratives: { file: string; given: boolean }[],
  skipped: string[],
  explicit: string | undefined,
): CheckTask[] {
  const tasks = [...workbooks];
  const readable = tasks.filter((t) => !t.error);
  if (explicit !== undefined) {
    // --narrative goes with exactly one workbook; main refuses it otherwise.
    if (readable.length === 1) readable[0].narrative = explicit;
    return tasks;
  }
  const byStem = new Map(readable.map((t) => [stemKey(t.file), t]));
  const byBase = new Map(readable.map((t) => [baseKey(t.file), t]));
  // .docx before .txt: a department's Word file is its narrative, a .txt beside it a copy.
  const ordered = [...narratives].sort(
    (a, b) => Number(/\.txt$/i.test(a.file)) - Number(/\.txt$/i.test(b.file)),
  );
  for (const n of ordered) {
    const task = byStem.get(stemKey(n.file)) ?? (n.given ? byBase.get(baseKey(n.file)) : undefined);
    if (task && task.narrative === undefined) {
      task.narrative = n.file;
    } else if (n.given) {
      const why = task ? `${task.file} 已配有情况说明 ${task.narrative}` : "没有同名的工作簿（.xlsx）";
      tasks.push({
        file: n.file,
        error: { message: `情况说明 ${n.file} 未检查：${why}`, reason: "not-workbook" },
      });
    } else {
      skipped.push(n.file);
    }
  }
  return tasks;
}
