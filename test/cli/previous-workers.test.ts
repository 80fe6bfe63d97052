import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { JsonReport } from "./run";

/** `--previous` in the compiled command, on worker threads: each worker reads and pairs last year's itself. */

const ROOT = join(__dirname, "..", "..");
const SAMPLES = join(ROOT, "samples");
let dir: string;

/** A sample with its 单位 line naming another department. */
async function renamed(from: string, to: string, department: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string")
          cell.value = cell.value.replace("武汉市硚口区行政审批局本级", department);
      }),
    ),
  );
  await book.xlsx.writeFile(to);
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/juesuan.js", "check", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });

beforeAll(async () => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
  });
  dir = mkdtempSync(join(tmpdir(), "juesuan-previous-workers-"));
  mkdirSync(join(dir, "2024"));
  mkdirSync(join(dir, "2023"));
  copyFileSync(join(SAMPLES, "published.xlsx"), join(dir, "2024", "部门1.xlsx"));
  await renamed(join(SAMPLES, "published.xlsx"), join(dir, "2024", "部门2.xlsx"), "武汉市某某局");
  copyFileSync(join(SAMPLES, "published.xlsx"), join(dir, "2024", "部门3.xlsx"));
  copyFileSync(join(SAMPLES, "previous.xlsx"), join(dir, "2023", "部门1-2023.xlsx"));
  await renamed(join(SAMPLES, "previous.xlsx"), join(dir, "2023", "某某局决算.xlsx"), "武汉市某某局");
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("pairs by stem and by department with --jobs 1 and --jobs 2 alike", () => {
  const one = run(join(dir, "2024"), "--previous", join(dir, "2023"), "--json", "--jobs", "1");
  const two = run(join(dir, "2024"), "--previous", join(dir, "2023"), "--json", "--jobs", "2");
  expect(two.stdout).toBe(one.stdout);
  expect(two.status).toBe(2);
  const files = (JSON.parse(two.stdout) as JsonReport).files;
  expect(files.map((f) => f.previous)).toEqual([
    join(dir, "2023", "部门1-2023.xlsx"),
    join(dir, "2023", "某某局决算.xlsx"),
    undefined,
  ]);
  for (const f of files.slice(0, 2))
    expect(f.findings.find((x) => x.rule === "PREV.SZZB.carry")?.cells[1]).toEqual({
      sheet: "公开01表",
      address: "F35",
      file: f.previous,
    });
  // 部门3 is the same department as 部门1, whose last year's is taken by name: not found, and said so.
  expect(files[2].previousError).toMatch(/^未找到上年报表/);
}, 120_000);
