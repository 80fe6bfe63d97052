import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { JsonReport, runCli } from "./run";

/** The installed command: compile (npm run build:cli does the same), then run bin/juesuan.js as npx would. */

const ROOT = join(__dirname, "..", "..");

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
  });
}, 120_000);

it("bin/juesuan.js checks the published sample: JSON on stdout, exit 1", () => {
  const run = spawnSync(process.execPath, ["bin/juesuan.js", "check", "samples/published.xlsx", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  const json = JSON.parse(run.stdout) as JsonReport;
  expect(json.files[0].tables.filter((t) => t.key.startsWith("T_"))).toHaveLength(9);
  expect(json.files[0].findings.some((f) => f.actual === "137.97")).toBe(true);
});

it("bin/juesuan.js exits 2 with the usage when given nothing to check", () => {
  const run = spawnSync(process.execPath, ["bin/juesuan.js"], { cwd: ROOT, encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("用法：juesuan check");
});

describe("the compiled batch on worker threads", () => {
  let inbox: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["bin/juesuan.js", "check", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });

  beforeAll(() => {
    inbox = mkdtempSync(join(tmpdir(), "juesuan-workers-"));
    for (let i = 1; i <= 4; i++)
      copyFileSync(
        join(ROOT, "samples", i % 2 ? "published.xlsx" : "corrected.xlsx"),
        join(inbox, `部门${i}.xlsx`),
      );
    writeFileSync(join(inbox, "坏.xlsx"), "not a workbook");
  });
  afterAll(() => rmSync(inbox, { recursive: true, force: true }));

  it("gives the same JSON with --jobs 1 and --jobs 2 as the in-process check, in input order", async () => {
    const one = run(inbox, "--json", "--jobs", "1");
    const two = run(inbox, "--json", "--jobs", "2");
    expect([one.status, one.stderr]).toEqual([2, ""]);
    expect(two.stdout).toBe(one.stdout);
    expect((await runCli(["check", inbox, "--json"])).stdout).toBe(one.stdout);
    const json = JSON.parse(one.stdout) as JsonReport;
    expect(json.files.map((f) => f.file.slice(inbox.length + 1))).toEqual([
      "部门1.xlsx",
      "部门2.xlsx",
      "部门3.xlsx",
      "部门4.xlsx",
      "坏.xlsx",
    ]);
  }, 120_000);

  it("writes the summary workbook from the workers' reports", () => {
    const out = join(inbox, "审核汇总.xlsx");
    const first = run(inbox, "--out", out);
    expect(first.stdout).toContain("共检查 5 个文件：2 个有错误，2 个未发现错误，1 个无法读取");
    const bytes = readFileSync(out);
    run(inbox, "--out", out, "--jobs", "1");
    expect(readFileSync(out).equals(bytes)).toBe(true);
  }, 120_000);

  it("prints --help without loading the reader", () => {
    const help = spawnSync(
      process.execPath,
      [
        "-e",
        "require('./lib/cli/main.js').run().then(() => console.error(Object.keys(require.cache).some((m) => m.includes('exceljs'))))",
        "juesuan",
        "--help",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(help.stdout).toContain("用法：juesuan check");
    expect(help.stderr.trim()).toBe("false");
  });
});
