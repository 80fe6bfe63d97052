import { promises as fs } from "fs";
import { checkWorkbook } from "../engine/check";
import { CodeEntry, parseCodeList } from "../engine/codes";
import { Workbook } from "../engine/model";
import { CheckOptions } from "../engine/result";
import { PERF_RULES } from "../engine/selfeval";
import { FURTHER_RULES, RULEBOOK } from "../engine/rules";
import { describeRule } from "../engine/rules/describe";
import { readXlsx } from "../hosts/xlsx/read";
import { DEFAULT_LIMITS, WorkbookReadError } from "../hosts/xlsx/zip";
import { CheckArgs, parseArgs } from "./args";
import { exitStatus, FileReport, toJson } from "./report";
import { formatBatchSummary, formatText } from "./text";
import { USAGE } from "./usage";

/** What the command needs from its surroundings, so that tests run it in-process. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Reads a file's bytes; throws WorkbookReadError (reason not-found, too-large …) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  env?: Record<string, string | undefined>;
}

/** `juesuan check FILE… [--json] [--lang zh|en] [--codes FILE]`; resolves to the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.kind === "rules") {
    io.stdout.write(listRules(parsed.json));
    return 0;
  }
  const { args } = parsed;
  const codes = await loadCodes(args, io);
  if (!codes) return 2;
  const options: CheckOptions = { lang: args.lang, codes };
  const color = Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR;
  const reports: FileReport[] = [];
  for (const file of args.files) {
    const report = await checkFile(file, options, io);
    reports.push(report);
    // A reviewer checking many workbooks sees each one as soon as it is done; JSON waits for all.
    if (!args.json) io.stdout.write(formatText([report], args.lang, color));
  }
  if (args.json) io.stdout.write(`${toJson(reports)}\n`);
  else if (reports.length > 1) io.stdout.write(formatBatchSummary(reports, args.lang));
  return exitStatus(reports);
}

/**
 * The rulebook, one rule a line (id, group, severity, assertion), then the ids of the checks written as
 * code (code lists, completeness, 自评表); or all of it as JSON for other tools.
 */
function listRules(json: boolean): string {
  const rules = RULEBOOK.map((r) => ({
    id: r.id,
    group: r.group,
    severity: r.severity,
    assertion: describeRule(r),
  }));
  const checks = [
    ...Object.entries(FURTHER_RULES).map(([id, group]) => ({ id, group })),
    ...PERF_RULES.map((id) => ({ id, group: "perf" })),
  ];
  if (json) return `${JSON.stringify({ rules, checks }, null, 2)}\n`;
  return [
    ...rules.map((r) => `${r.id.padEnd(22)} ${r.group.padEnd(8)} ${r.severity.padEnd(8)} ${r.assertion}\n`),
    "\n其他检查 / further checks:\n",
    ...checks.map((c) => `${c.id.padEnd(26)} ${c.group}\n`),
  ].join("");
}

/** One file, read and checked; whatever goes wrong becomes the report's error, never a crash. */
async function checkFile(file: string, options: CheckOptions, io: CliIO): Promise<FileReport> {
  const empty = { file, tables: [], findings: [] };
  let workbook: Workbook;
  try {
    workbook = await readXlsx(await io.readFile(file), file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return { ...empty, error: e.message, reason: e.reason };
    return { ...empty, error: `工作簿已损坏，无法读取（${(e as Error).message}）`, reason: "corrupt" };
  }
  try {
    return { file, ...checkWorkbook(workbook, options) };
  } catch (e) {
    return { ...empty, error: `检查时出现内部错误（${(e as Error).message}）`, reason: "internal" };
  }
}

/**
 * The user's extra code lists: one CSV may mix both systems, told apart by the first digit (economic
 * codes are 3xx, function codes 2xx). Bad lines are reported on stderr; an unreadable file is fatal.
 */
async function loadCodes(args: CheckArgs, io: CliIO): Promise<CheckOptions["codes"] | undefined> {
  const fn: CodeEntry[] = [];
  const economic: CodeEntry[] = [];
  for (const file of args.codes) {
    let text: string;
    try {
      text = new TextDecoder().decode(await io.readFile(file)).replace(/^\uFEFF/, "");
    } catch (e) {
      io.stderr.write(`无法读取编码表 ${file}：${(e as Error).message}\n`);
      return undefined;
    }
    const { entries, errors } = parseCodeList(text);
    for (const err of errors) io.stderr.write(`${file}：${err}\n`);
    for (const e of entries) (e.code.startsWith("3") ? economic : fn).push(e);
  }
  return { function: fn, economic };
}

/** Reads a file for the command: refuses what is missing or too large before loading it into memory. */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError(`不是工作簿（${path} 是文件夹）`, "not-workbook");
    // A device or pipe could stream forever; a workbook is always a regular file.
    if (!stat.isFile()) throw new WorkbookReadError(`不是工作簿（${path} 不是普通文件）`, "not-workbook");
    size = stat.size;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new WorkbookReadError(`找不到文件：${path}`, "not-found");
    throw new WorkbookReadError(`无法读取文件 ${path}（${code ?? (e as Error).message}）`, "unreadable");
  }
  if (size > DEFAULT_LIMITS.maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new WorkbookReadError(
      `文件过大（${mb(size)} MB，上限 ${mb(DEFAULT_LIMITS.maxFileBytes)} MB）`,
      "too-large",
    );
  }
  try {
    // Opened read-only: the command never writes to its input.
    return new Uint8Array(await fs.readFile(path, { flag: "r" }));
  } catch (e) {
    throw new WorkbookReadError(
      `无法读取文件 ${path}（${(e as NodeJS.ErrnoException).code ?? ""}）`,
      "unreadable",
    );
  }
}

/** Entry point of bin/juesuan.js. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readLocalFile,
    env: process.env,
  });
}
