import { existsSync } from "fs";
import { join } from "path";
import { CodeEntry } from "../engine/codes";
import { CheckOptions } from "../engine";
import { decodeTextFile } from "../hosts/text-decode";
import { CheckArgs, parseArgs } from "./args";
import { readLocalFile } from "./read-file";
import { USAGE } from "./usage";
import { toolVersion } from "./version";

/** What the command needs from its surroundings, so that tests run it in-process. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** The progress line is drawn only when stderr is a terminal. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Reads a file's bytes; throws WorkbookReadError (reason not-found, too-large …) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  env?: Record<string, string | undefined>;
  /** The compiled worker (lib/cli/worker.js): files are checked on worker threads when it is given. */
  workerScript?: string;
}

/** `juesuan check INPUT… [options]` (see usage.ts); resolves to the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === "version") {
    io.stdout.write(`juesuan ${toolVersion()}\n`);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.kind === "rules") {
    // Loaded when asked for, as the checking code is: `--help` and `--version` load neither.
    const { listRules } = await import("./rules-list");
    io.stdout.write(listRules(parsed.json));
    return 0;
  }
  const { args } = parsed;
  const codes = await loadCodes(args, io);
  if (!codes) return 2;
  const userRules = await loadUserRules(args, io);
  if (!userRules) return 2;
  const options: CheckOptions = { lang: args.lang, codes, ...(userRules.length ? { userRules } : {}) };
  const { checkBatch } = await import("./batch");
  return checkBatch(args, options, io);
}

/** `--rules FILE`: each file's text (UTF-8 or GB18030, as saved) for the engine; unreadable is fatal. */
async function loadUserRules(
  args: CheckArgs,
  io: CliIO,
): Promise<{ source: string; text: string }[] | undefined> {
  const rules: { source: string; text: string }[] = [];
  for (const file of args.rules) {
    let text: string | undefined;
    try {
      text = decodeTextFile(await io.readFile(file));
    } catch (e) {
      io.stderr.write(`无法读取审核公式文件 ${file}：${(e as Error).message}\n`);
      return undefined;
    }
    if (text === undefined) {
      io.stderr.write(`审核公式文件 ${file} 不是文本文件（cannot read rule file: not text）\n`);
      return undefined;
    }
    rules.push({ source: file, text: text.replace(/^\uFEFF/, "") });
  }
  return rules;
}

/**
 * The user's extra code lists: one CSV may mix both systems, told apart by the first digit (economic
 * codes are 3xx, function codes 2xx). Bad lines are reported on stderr; an unreadable file is fatal.
 */
async function loadCodes(args: CheckArgs, io: CliIO): Promise<CheckOptions["codes"] | undefined> {
  const fn: CodeEntry[] = [];
  const economic: CodeEntry[] = [];
  for (const file of args.codes) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      io.stderr.write(`无法读取编码表 ${file}：${(e as Error).message}\n`);
      return undefined;
    }
    const { readCodeCsv } = await import("../hosts/codes-csv");
    const { entries, errors } = readCodeCsv(bytes, file);
    for (const err of errors) io.stderr.write(`${err}\n`);
    for (const e of entries) (e.code.startsWith("3") ? economic : fn).push(e);
  }
  return { function: fn, economic };
}

/** Entry point of bin/juesuan.js. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readLocalFile,
    env: process.env,
    workerScript: compiledWorker(),
  });
}

/** The worker beside this file once compiled (lib/cli/worker.js); none when run from TypeScript sources. */
function compiledWorker(): string | undefined {
  const script = join(__dirname, "worker.js");
  return __filename.endsWith(".js") && existsSync(script) ? script : undefined;
}
