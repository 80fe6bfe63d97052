import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { previousKey } from "../../src/cli/previous";
import { JsonReport, runCli } from "./run";

/** `--previous`: last year's workbooks paired by department (read from the tables), else by stem. */

const SAMPLES = join(__dirname, "..", "..", "samples");
let root: string;

/**
 * The corrected sample as last year's report: titles say `year`, 单位 says `department`, and its
 * 收入支出决算总表 closed at 5.00 (F35) while this year's opens blank (C35).
 */
async function lastYear(file: string, year: string, department?: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(SAMPLES, "corrected.xlsx"));
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== "string") return;
        let text = cell.value.replace(/2024(年度)/g, `${year}$1`);
        if (department) text = text.replace("武汉市硚口区行政审批局本级", department);
        cell.value = text;
      }),
    ),
  );
  book.getWorksheet("公开01表")!.getCell("F35").value = 5;
  await book.xlsx.writeFile(file);
}

/** This year's report under `name`, for `department` when given. */
async function thisYear(file: string, department?: string): Promise<void> {
  if (!department) return copyFileSync(join(SAMPLES, "corrected.xlsx"), file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(SAMPLES, "corrected.xlsx"));
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string")
          cell.value = cell.value.replace("武汉市硚口区行政审批局本级", department);
      }),
    ),
  );
  await book.xlsx.writeFile(file);
}

async function checkJson(...argv: string[]) {
  const { status, stdout } = await runCli(["check", ...argv, "--json"]);
  return { status, json: JSON.parse(stdout) as JsonReport };
}

const carry = (f: JsonReport["files"][number]) => f.findings.find((x) => x.rule === "PREV.SZZB.carry");

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "juesuan-previous-"));
  for (const d of ["今年", "上年", "错年"]) mkdirSync(join(root, d));
  // This year: two departments; file names carry the year or none.
  await thisYear(join(root, "今年", "部门A-2024.xlsx"));
  await thisYear(join(root, "今年", "部门B.xlsx"), "武汉市某某局");
  await thisYear(join(root, "今年", "部门C.xlsx"), "武汉市无上年局");
  // Last year: 部门A under a stem with 2023 in it; 部门B's under another name, found by its department.
  await lastYear(join(root, "上年", "部门A-2023.xlsx"), "2023");
  await lastYear(join(root, "上年", "某某局上年决算.xlsx"), "2023", "武汉市某某局");
  // A report of 2022 named as if it were last year's.
  await lastYear(join(root, "错年", "部门A-2023.xlsx"), "2022");
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("--previous FOLDER", () => {
  it("pairs by stem without the year and by the department the tables name; the rest is said not compared", async () => {
    const { json, status } = await checkJson(join(root, "今年"), "--previous", join(root, "上年"));
    const [a, b, c] = json.files;
    expect(a.previous).toBe(join(root, "上年", "部门A-2023.xlsx"));
    expect(b.previous).toBe(join(root, "上年", "某某局上年决算.xlsx"));
    for (const [f, other] of [
      [a, "部门A-2023.xlsx"],
      [b, "某某局上年决算.xlsx"],
    ] as const) {
      expect(carry(f)).toMatchObject({ expected: "5.00", actual: "0.00" });
      expect(carry(f)?.cells).toEqual([
        { sheet: "公开01表", address: "C35" },
        { sheet: "公开01表", address: "F35", file: join(root, "上年", other) },
      ]);
    }
    expect(c.previous).toBeUndefined();
    expect(c.previousError).toMatch(/^未找到上年报表/);
    expect(carry(c)).toBeUndefined();
    expect(c.tables.length).toBeGreaterThanOrEqual(9);
    expect(status).toBe(2);
  }, 60_000);

  it("says in the closing line which files were not compared", async () => {
    const { stdout } = await runCli(["check", join(root, "今年"), "--previous", join(root, "上年")]);
    expect(stdout).toContain("未找到上年报表");
    expect(stdout).toContain(`未与上年报表对照的文件（1 个）：${join(root, "今年", "部门C.xlsx")}`);
  }, 60_000);

  it("refuses last year's report of another year: a clear line, no cross-year findings", async () => {
    const { json, status } = await checkJson(
      join(root, "今年", "部门A-2024.xlsx"),
      "--previous",
      join(root, "错年"),
    );
    const [a] = json.files;
    expect(a.previous).toBeUndefined();
    expect(a.previousError).toMatch(/是 2022 年度的，本年为 2024 年度，应为 2023 年度/);
    expect(carry(a)).toBeUndefined();
    expect(status).toBe(2);
  }, 60_000);
});

describe("--previous FILE", () => {
  it("compares with the workbook given when it is the same department's last year", async () => {
    const { json, status } = await checkJson(
      join(root, "今年", "部门A-2024.xlsx"),
      "--previous",
      join(root, "上年", "部门A-2023.xlsx"),
    );
    expect(json.files[0].previous).toBe(join(root, "上年", "部门A-2023.xlsx"));
    expect(carry(json.files[0])).toBeDefined();
    expect(status).toBe(1);
  }, 60_000);

  it("refuses another department's report", async () => {
    const { json } = await checkJson(
      join(root, "今年", "部门A-2024.xlsx"),
      "--previous",
      join(root, "上年", "某某局上年决算.xlsx"),
    );
    expect(json.files[0].previous).toBeUndefined();
    expect(json.files[0].previousError).toMatch(/单位为“武汉市某某局”，本年为“武汉市硚口区行政审批局本级”/);
    expect(carry(json.files[0])).toBeUndefined();
  }, 60_000);
});

it("refuses a --previous path that does not exist, before checking anything", async () => {
  const { status, stdout, stderr } = await runCli([
    "check",
    join(root, "今年"),
    "--previous",
    join(root, "没有这个文件夹"),
  ]);
  expect(status).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toContain(`找不到上年报表：${join(root, "没有这个文件夹")}`);
});

describe("previousKey: the stem last year's and this year's share", () => {
  it.each([
    ["部门A-2023.xlsx", "部门a"],
    ["部门A_2024年.xlsx", "部门a"],
    ["部门A（2024年度）.xlsx", "部门a"],
    ["上年部门A.xlsx", "部门a"],
    ["部门A去年.xlsx", "部门a"],
    ["部门A.xlsx", "部门a"],
    ["2024.xlsx", "2024"],
  ])("%s → %s", (file, key) => expect(previousKey(file)).toBe(key));

  it("keeps departments apart", () =>
    expect(previousKey("部门B-2023.xlsx")).not.toBe(previousKey("部门A-2024.xlsx")));
});
