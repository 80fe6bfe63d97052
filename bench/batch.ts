/**
 * `npm run bench -- --batch`: a reviewer's batch through the compiled command line (bin/juesuan.js), as a
 * reviewer runs it: 1,000 sample-sized workbooks, and 200 generated departments of 500 code rows, each
 * timed with every core (the default) and with --jobs 1, against the goals of issue 10. Sizes can be
 * changed with BENCH_BATCH=1000,200; the goals are stated for the full sizes and judged only there.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { buildCli } from "./compiled";
import { generateDepartment, generateWorkbook } from "./generate";

const ROOT = join(__dirname, "..");
const GOAL_SECONDS = 20;
const HELP_GOAL_SECONDS = 0.2;

interface Batch {
  name: string;
  /** The size the goal is stated for. */
  goalFiles: number;
  files: number;
  fill(dir: string, files: number): Promise<string[]>;
}

/** Runs the compiled CLI over a folder; wall time and the process's peak memory (workers included). */
function runCli(dir: string, extra: string[]): { seconds: number; maxRssMb: number; status: number | null } {
  const script =
    "require('./lib/cli/main.js').run().then(() => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS))";
  const start = performance.now();
  const run = spawnSync(process.execPath, ["-e", script, "juesuan", "check", dir, "--json", ...extra], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const rss = /RSS (\d+)/.exec(run.stderr);
  if (!rss) throw new Error(`juesuan check failed: ${run.stderr.slice(0, 500)}`);
  return { seconds, maxRssMb: Math.round(Number(rss[1]) / 1024), status: run.status };
}

const BATCHES: Batch[] = [
  {
    name: "sample-sized workbooks",
    goalFiles: 1000,
    files: 1000,
    async fill(dir, files) {
      for (let i = 0; i < files; i++) {
        const sample = i % 2 ? "corrected" : "published";
        copyFileSync(join(ROOT, "samples", `${sample}.xlsx`), join(dir, `部门${i + 1}.xlsx`));
      }
      return [];
    },
  },
  {
    name: "generated departments, 500 code rows",
    goalFiles: 200,
    files: 200,
    async fill(dir, files) {
      const dept = generateDepartment(500);
      const bytes = await generateWorkbook(dept.disclosure);
      for (let i = 0; i < files; i++) writeFileSync(join(dir, `部门${i + 1}.xlsx`), bytes);
      // The generated codes are a code list's extension, as a reviewer's province would give it.
      const codes = join(dir, "..", "codes.csv");
      writeFileSync(
        codes,
        ["编码,名称,级次", ...dept.codes.function.map((c) => `${c.code},${c.name},${c.level}`)].join("\n"),
      );
      return ["--codes", codes];
    },
  },
];

export async function benchBatch(): Promise<void> {
  const sizes = (process.env.BENCH_BATCH ?? "").split(",").map(Number);
  BATCHES.forEach((b, i) => (b.files = sizes[i] > 0 ? sizes[i] : b.files));
  console.log("building the command line (npm run build:cli) …");
  buildCli();
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
    .version;
  console.log(
    `batch benchmark — juesuan ${version}, ${availableParallelism()} cores, node ${process.version}`,
  );
  let missed = false;
  // --help loads neither the reader nor the engine: its cost over a bare node start is the command's own.
  const wall = (args: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      spawnSync(process.execPath, args, { cwd: ROOT });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[3] / 1000;
  };
  const help = wall(["bin/juesuan.js", "--help"]);
  const bare = wall(["-e", "0"]);
  // CPU time says what the command costs when the machine is busy with other work (wall time then is not).
  const cpu = spawnSync(
    process.execPath,
    [
      "-e",
      "require('./lib/cli/main.js').run().then(() => { const u = process.cpuUsage(); process.stderr.write(String(u.user + u.system)); })",
      "juesuan",
      "--help",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (help > HELP_GOAL_SECONDS) missed = true;
  console.log(
    `--help: ${help.toFixed(2)} s wall, ${(Number(cpu.stderr) / 1e6).toFixed(2)} s CPU ` +
      `(node alone ${bare.toFixed(2)} s wall); goal ≤ ${HELP_GOAL_SECONDS} s: ` +
      (help <= HELP_GOAL_SECONDS ? "OK" : `MISSED by ${(help - HELP_GOAL_SECONDS).toFixed(2)} s`),
  );
  for (const batch of BATCHES) {
    const root = mkdtempSync(join(tmpdir(), "juesuan-bench-"));
    const dir = join(root, "收到的决算");
    try {
      mkdirSync(dir);
      const extra = await batch.fill(dir, batch.files);
      const all = runCli(dir, extra);
      const one = runCli(dir, [...extra, "--jobs", "1"]);
      const full = batch.files === batch.goalFiles;
      const verdict = full
        ? all.seconds <= GOAL_SECONDS
          ? "OK"
          : `MISSED by ${(all.seconds - GOAL_SECONDS).toFixed(1)} s`
        : `not judged (goal is for ${batch.goalFiles} files; this run ${batch.files}, ` +
          `projected ${((all.seconds * batch.goalFiles) / batch.files).toFixed(1)} s)`;
      if (full && all.seconds > GOAL_SECONDS) missed = true;
      console.table([
        {
          jobs: "all cores",
          files: batch.files,
          "wall s": Number(all.seconds.toFixed(1)),
          "ms / file": Math.round((all.seconds * 1000) / batch.files),
          "peak MB": all.maxRssMb,
        },
        {
          jobs: "1",
          files: batch.files,
          "wall s": Number(one.seconds.toFixed(1)),
          "ms / file": Math.round((one.seconds * 1000) / batch.files),
          "peak MB": one.maxRssMb,
        },
      ]);
      console.log(
        `${batch.name}: ${batch.files} files in ${all.seconds.toFixed(1)} s on all cores ` +
          `(${(one.seconds / all.seconds).toFixed(2)}× --jobs 1); goal ≤ ${GOAL_SECONDS} s for ${batch.goalFiles}: ${verdict}`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  if (missed) process.exitCode = 1;
}
