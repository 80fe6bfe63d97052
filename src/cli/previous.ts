import { basename, extname, join } from "path";
import { glob } from "tinyglobby";
import { readIdentity } from "../engine/identity";
import { Workbook } from "../engine/model";
import { readXlsx } from "../hosts/xlsx/read";
import type { CheckTask } from "./inputs";

/**
 * `--previous FILE|FOLDER`: which of last year's workbooks goes with each of this year's. A folder's
 * workbooks pair by the department their tables name, or else by file stem with its year or 上年/去年
 * taken out (部门A-2023.xlsx with 部门A-2024.xlsx or 部门A.xlsx). The department is only known once a
 * workbook is read, so the choice is made where it is read (a worker thread): the main thread hands each
 * task its stem match and the department of every workbook of last year no stem claimed. Only names
 * travel, never workbooks, so a batch of any size holds one of last year's workbooks per worker.
 */

const WORKBOOK = /\.xlsx$/i;
const LOCK_FILE = /^~\$/;
/** A year (2023, 2023年, 2023年度) or a word for last/this year in a file name. */
const YEAR_WORDS = /(?:19|20)\d{2}\s*(?:年度?)?|上年度?|去年|本年度?|今年/g;
/** What is left around a removed year: 部门A-2023 → 部门A. */
const EDGE_SEPARATORS = /^[\s\-_.、，,（）()【】[\]]+|[\s\-_.、，,（）()【】[\]]+$/g;

/** A file's stem without its year: the key by which last year's and this year's pair. */
export function previousKey(file: string): string {
  const stem = basename(file, extname(file)).toLowerCase();
  const key = stem.replace(YEAR_WORDS, "").replace(EDGE_SEPARATORS, "");
  return key || stem;
}

/** Department names as tables write them: spaces and a trailing 本级 make no difference. */
const departmentKey = (name: string) => name.replace(/\s+/g, "").replace(/本级$/, "");

const identityOf = (workbook: Workbook) => readIdentity(workbook.sheets, []);

/**
 * Sets each readable task's `previous` (its stem match, or null) and `previousByDepartment` (last year's
 * unclaimed workbooks by department). False when a workbook was given for other than one workbook checked.
 */
export async function pairPrevious(
  tasks: CheckTask[],
  previous: string,
  isFolder: boolean,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<boolean> {
  const readable = tasks.filter((t) => !t.error);
  if (!isFolder) {
    if (readable.length !== 1) return false;
    readable[0].previous = previous;
    return true;
  }
  const found = await glob(["**/*"], { cwd: previous, onlyFiles: true, followSymbolicLinks: false });
  const collator = new Intl.Collator("zh-CN", { numeric: true });
  const byStem = new Map<string, string>();
  for (const f of found.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const key = previousKey(f);
    if (WORKBOOK.test(f) && !LOCK_FILE.test(basename(f)) && !byStem.has(key))
      byStem.set(key, join(previous, f));
  }
  const claimed = new Set<string>();
  for (const t of readable) {
    t.previous = byStem.get(previousKey(t.file)) ?? null;
    if (t.previous !== null) claimed.add(t.previous);
  }
  // Only last year's workbooks that no name claimed are read here; usually none or a few.
  const byDepartment: [string, string][] = [];
  for (const file of byStem.values()) {
    if (claimed.has(file)) continue;
    try {
      const { department } = identityOf(await readXlsx(await readFile(file), file));
      if (department !== undefined) byDepartment.push([departmentKey(department), file]);
    } catch {
      // Unreadable: it pairs with nothing, and this year's workbook says that last year's was not found.
    }
  }
  if (byDepartment.length) for (const t of readable) t.previousByDepartment = byDepartment;
  return true;
}

/** Last year's workbook for the cross-year checks, or why none (said in the report, exit status 2). */
export interface PreviousChoice {
  file?: string;
  workbook?: Workbook;
  error?: string;
}

async function readOne(
  file: string,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<{ workbook?: Workbook; error?: string }> {
  try {
    return { workbook: await readXlsx(await readFile(file), file) };
  } catch (e) {
    return { error: `上年报表 ${file} 无法读取：${(e as Error).message}，跨年检查未做` };
  }
}

/** Chooses and reads last year's workbook for `current`: same department first, then same stem; same year − 1. */
export async function readPrevious(
  task: CheckTask,
  current: Workbook,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<PreviousChoice> {
  if (task.previous === undefined) return {};
  const here = identityOf(current);
  const department = here.department !== undefined ? departmentKey(here.department) : undefined;
  let file = task.previous ?? undefined;
  let read = file !== undefined ? await readOne(file, readFile) : {};
  let there = read.workbook ? identityOf(read.workbook) : {};
  const otherDepartment =
    department !== undefined &&
    there.department !== undefined &&
    departmentKey(there.department) !== department;
  if (file === undefined || otherDepartment) {
    const match = task.previousByDepartment?.find(([d]) => d === department)?.[1];
    if (match !== undefined) {
      file = match;
      read = await readOne(file, readFile);
      there = read.workbook ? identityOf(read.workbook) : {};
    } else if (otherDepartment && file !== undefined) {
      return {
        file,
        error: `上年报表 ${file} 的单位为“${there.department}”，本年为“${here.department}”，不是同一单位，跨年检查未做`,
      };
    }
  }
  if (file === undefined)
    return { error: "未找到上年报表（上年文件夹中没有同名或同一单位的工作簿），跨年检查未做" };
  if (!read.workbook) return { file, error: read.error };
  if (here.year !== undefined && there.year !== undefined && Number(there.year) !== Number(here.year) - 1) {
    return {
      file,
      error: `上年报表 ${file} 是 ${there.year} 年度的，本年为 ${here.year} 年度，应为 ${Number(here.year) - 1} 年度，跨年检查未做`,
    };
  }
  return { file, workbook: read.workbook };
}
