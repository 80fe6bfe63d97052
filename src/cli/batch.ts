import { availableParallelism } from "os";
import { resolve } from "path";
import { CheckOptions } from "../engine";
import { CheckArgs } from "./args";
import { CheckTask, expandInputs, kindOf } from "./inputs";
import type { CliIO } from "./main";
import { forEachOrdered, WorkerPool } from "./pool";
import { Progress } from "./progress";
import { fileExitStatus, FileReport, JsonStream } from "./report";
import { BatchTally, escapeControls, formatBatchSummary, formatText } from "./text";
import { toolVersion } from "./version";

/**
 * `juesuan check` over many inputs: expanded, checked on worker threads, reported in input order as each
 * file is done (text, or JSON written file by file), tallied for the closing line and the summary file.
 * Nothing holds the whole batch.
 */

interface Runner {
  concurrency: number;
  run(task: CheckTask): Promise<FileReport>;
  close(): Promise<void>;
}

/** Workers when the compiled worker is there and there is more than one file; else in this thread. */
async function makeRunner(count: number, args: CheckArgs, options: CheckOptions, io: CliIO): Promise<Runner> {
  const concurrency = Math.max(1, Math.min(args.jobs ?? availableParallelism(), count));
  if (io.workerScript && count > 1) {
    const pool = new WorkerPool(io.workerScript, concurrency, options);
    return { concurrency, run: (task) => pool.run(task), close: () => pool.close() };
  }
  // Loaded here, not at the top: `--help` and `--version` never load the reader (src/hosts/xlsx).
  const { checkFile } = await import("./check-file");
  return { concurrency, run: (task) => checkFile(task, options, io.readFile), close: async () => {} };
}

interface Summary {
  add(r: FileReport): void;
  finish(): Promise<void> | void;
}

/** Opened before any file is checked, so that an unwritable path fails at once, not after the batch. */
async function openSummary(args: CheckArgs, out: string): Promise<Summary> {
  if (/\.csv$/i.test(out)) {
    const { CsvSummary } = await import("./summary-csv");
    return new CsvSummary(out, args.lang, args.severity);
  }
  const { openSync, writeSync, closeSync } = await import("fs");
  const fd = openSync(out, "w");
  const { XlsxSummary } = await import("./summary-xlsx");
  const xlsx = new XlsxSummary(args.lang, args.severity);
  return {
    add: (r) => xlsx.add(r),
    finish: async () => {
      try {
        writeSync(fd, await xlsx.finish());
      } finally {
        closeSync(fd);
      }
    },
  };
}

const cannotWrite = (out: string, e: unknown) =>
  `无法写入汇总文件 ${escapeControls(out)}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）` +
  `（cannot write the summary file; is it open in Excel?）\n`;

export async function checkBatch(args: CheckArgs, options: CheckOptions, io: CliIO): Promise<number> {
  const out = args.out;
  if (out !== undefined && args.files.some((f) => resolve(f) === resolve(out))) {
    io.stderr.write(`--out 不能是要检查的文件：${escapeControls(out)}（--out must not be an input）\n`);
    return 2;
  }
  const { tasks, skipped } = await expandInputs(args.files, {
    narrative: args.narrative,
    exclude: args.out !== undefined ? [args.out] : [],
  });
  if (args.previous !== undefined) {
    // Loaded here: it reads workbooks, and `--help` never loads the reader.
    const { pairPrevious } = await import("./previous");
    const kind = await kindOf(args.previous);
    if (kind === undefined) {
      io.stderr.write(`找不到上年报表：${escapeControls(args.previous)}（--previous: not found）\n`);
      return 2;
    }
    if (!(await pairPrevious(tasks, args.previous, kind === "dir", io.readFile))) {
      io.stderr.write(
        "--previous 为工作簿时只能与一个工作簿一起使用（--previous FILE goes with exactly one workbook）\n",
      );
      return 2;
    }
  }
  if (!tasks.length) {
    // Everything named was the summary being written: nothing checked must not look like a clean batch.
    io.stderr.write("没有要检查的工作簿（no workbook to check）\n");
    return 2;
  }
  if (args.narrative !== undefined && tasks.filter((t) => !t.error).length !== 1) {
    io.stderr.write("--narrative 只能与一个工作簿一起使用（--narrative goes with exactly one workbook）\n");
    return 2;
  }
  let summary: Summary | undefined;
  if (args.out !== undefined) {
    try {
      summary = await openSummary(args, args.out);
    } catch (e) {
      io.stderr.write(cannotWrite(args.out, e));
      return 2;
    }
  }
  const color = Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR;
  const progress =
    io.stderr.isTTY && tasks.length > 1 ? new Progress(io.stderr, tasks.length, args.lang) : undefined;
  const json = args.json ? new JsonStream((s) => io.stdout.write(s), args.severity) : undefined;
  json?.begin({ version: toolVersion(), skipped: skipped.length });
  const tally = new BatchTally();
  let status = 0;
  const emit = (r: FileReport) => {
    progress?.clear();
    if (json) json.file(r);
    else io.stdout.write(formatText([r], args.lang, color, args.severity));
    summary?.add(r);
    tally.add(r);
    status = Math.max(status, fileExitStatus(r));
    progress?.step(fileExitStatus(r) > 0);
    progress?.draw();
  };
  const runner = await makeRunner(tasks.length, args, options, io);
  try {
    await forEachOrdered(tasks, runner.concurrency, (task) => runner.run(task), emit);
  } finally {
    await runner.close();
  }
  progress?.clear();
  if (json) json.end();
  else if (tasks.length > 1 || skipped.length) io.stdout.write(formatBatchSummary(tally, skipped, args.lang));
  if (summary && args.out !== undefined) {
    try {
      await summary.finish();
    } catch (e) {
      io.stderr.write(cannotWrite(args.out, e));
      return 2;
    }
  }
  return status;
}
