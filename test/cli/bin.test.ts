import { execFileSync, spawnSync } from "child_process";
import { join } from "path";
import { JsonReport } from "./run";

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
