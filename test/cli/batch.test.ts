import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { JsonReport, runCli } from "./run";

/** A reviewer's batch through `juesuan check` in-process: a folder in, a summary workbook and CSV out. */

const SAMPLES = join(__dirname, "..", "..", "samples");
let dir: string;
let inbox: string;
const at = (...parts: string[]) => join(dir, ...parts);

/** The GB18030 bytes of a rule file as Chinese Windows saves it: "# 省厅规则" and rule 省01. */
const GB18030_RULES = Buffer.from(
  "2320caa1ccfcb9e6d4f20acaa130313a207b545f4a425a432c20b9abd3c3beadb7d1bacfbcc62c20bef6cbe3cafd7d203d" +
    "207b545f4a425a432c20c2eb3d33303230312c20bef6cbe3cafd7d0a",
  "hex",
);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-batch-"));
  inbox = at("收到的决算");
  mkdirSync(join(inbox, "二季度"), { recursive: true });
  for (const [name, sample] of [
    ["部门01.xlsx", "published"],
    ["部门02.xlsx", "corrected"],
    ["部门03.xlsx", "published"],
    [join("二季度", "部门04.xlsx"), "corrected"],
    ["=HYPERLINK(1).xlsx", "corrected"],
  ]) {
    copyFileSync(join(SAMPLES, `${sample}.xlsx`), join(inbox, name));
  }
  writeFileSync(join(inbox, "坏文件.xlsx"), "名称,金额\n合计,1\n");
  writeFileSync(join(inbox, "截断.xlsx"), readFileSync(join(SAMPLES, "corrected.xlsx")).subarray(0, 5000));
  writeFileSync(join(inbox, "说明.pdf"), "%PDF-1.4");
  // A sheet name with a quote, for the text report's references.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(SAMPLES, "published.xlsx"));
  book.getWorksheet("公开01表")!.name = "It's 01";
  await book.xlsx.writeFile(at("quoted.xlsx"));
  writeFileSync(at("省厅规则.txt"), GB18030_RULES);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkJson(...argv: string[]): Promise<{ status: number; json: JsonReport; stdout: string }> {
  const run = await runCli(["check", ...argv, "--json"]);
  return { status: run.status, json: JSON.parse(run.stdout) as JsonReport, stdout: run.stdout };
}

async function readSheets(file: string): Promise<Record<string, (string | number | null)[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets: Record<string, (string | number | null)[][]> = {};
  for (const ws of book.worksheets) {
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
    sheets[ws.name] = rows;
  }
  return sheets;
}

describe("a folder of workbooks with --out 审核汇总.xlsx", () => {
  let json: JsonReport;
  let status: number;
  let sheets: Record<string, (string | number | null)[][]>;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    ({ status, json } = await checkJson(inbox, "--out", at("审核汇总.xlsx")));
    sheets = await readSheets(at("审核汇总.xlsx"));
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at("审核汇总.xlsx"));
  });

  it("checks every .xlsx in the folder and below, counts what it skipped, exits 2 for the unreadable", () => {
    expect(json.files.map((f) => f.file.slice(inbox.length + 1))).toEqual([
      "=HYPERLINK(1).xlsx",
      "部门01.xlsx",
      "部门02.xlsx",
      "部门03.xlsx",
      join("二季度", "部门04.xlsx"),
      "坏文件.xlsx",
      "截断.xlsx",
    ]);
    expect(json.skipped).toBe(1);
    expect(json.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(status).toBe(2);
  });

  it("writes 汇总 with one row per file whose department, year, tables and counts are the JSON's", () => {
    const [header, ...rows] = sheets["汇总"];
    expect(header).toEqual([
      "文件",
      "部门",
      "年度",
      "找到的表",
      "错误",
      "尾差",
      "警告",
      "提示",
      "状态",
      "原因",
    ]);
    expect(rows).toHaveLength(json.files.length);
    json.files.forEach((f, i) => {
      const row = rows[i];
      expect(String(row[0]).endsWith(f.file.slice(inbox.length + 1))).toBe(true);
      expect(row.slice(1, 8)).toEqual([
        f.department,
        f.year,
        f.tables.length,
        f.counts.error,
        f.counts.rounding,
        f.counts.warning,
        f.counts.info,
      ]);
      const status = f.error
        ? "无法读取"
        : f.counts.error
          ? "有错误"
          : f.counts.rounding || f.counts.warning
            ? "仅尾差或警告"
            : "无问题";
      expect(row[8]).toBe(status);
      expect(row[9] ?? undefined).toBe(f.error);
    });
    expect(rows[1].slice(1, 3)).toEqual(["武汉市硚口区行政审批局本级", "2024"]);
    expect(rows[5][9]).toMatch(/不是工作簿/);
  });

  it("escapes formula-like text: a file named =HYPERLINK(…) is text in the summary", async () => {
    const cwd = process.cwd();
    process.chdir(inbox);
    try {
      await runCli(["check", "=HYPERLINK(1).xlsx", "--out", at("formula.xlsx")]);
    } finally {
      process.chdir(cwd);
    }
    expect((await readSheets(at("formula.xlsx")))["汇总"][1][0]).toBe("'=HYPERLINK(1).xlsx");
  });

  it("lists every finding in 问题清单 with the table's title, amounts as numbers and Excel-style cells", () => {
    const [header, ...rows] = sheets["问题清单"];
    expect(header).toEqual(["文件", "表", "规则", "级别", "问题", "应为", "实为", "差额", "单元格", "说明"]);
    const findings = json.files.reduce((n, f) => n + f.findings.length, 0);
    const unreadable = json.files.filter((f) => f.error).length;
    expect(rows).toHaveLength(findings + unreadable);
    const row = rows.find((r) => r[6] === 137.97);
    expect(row).toEqual([
      join(inbox, "部门01.xlsx"),
      "2024年度收入支出决算总表",
      "SZZB.ZC.class",
      "尾差",
      expect.stringContaining("卫生健康支出"),
      137.96,
      137.97,
      0.01,
      "公开01表!F15, 公开03表!E16",
    ]);
    expect(rows.filter((r) => String(r[2]).startsWith("file."))).toHaveLength(2);
  });

  it("freezes the header row, filters every column and sets widths", () => {
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBe(`A1:J${ws.rowCount}`);
      expect(ws.getColumn(1).width).toBe(40);
    }
  });

  it("writes the same bytes for the same inputs (fixed dates)", async () => {
    await runCli(["check", inbox, "--out", at("again.xlsx")]);
    expect(readFileSync(at("again.xlsx")).equals(readFileSync(at("审核汇总.xlsx")))).toBe(true);
    expect(book.created.toISOString()).toBe("2000-01-01T00:00:00.000Z");
  });
});

describe("the batch in any order of work", () => {
  it("gives the same JSON with --jobs 1 and --jobs 3", async () => {
    const one = await checkJson(inbox, "--jobs", "1");
    const three = await checkJson(inbox, "--jobs=3");
    expect(three.stdout).toBe(one.stdout);
    expect(three.status).toBe(one.status);
  });

  it("gives the same files for the folder, a glob and a Windows-style glob", async () => {
    const names = async (...args: string[]) => (await checkJson(...args)).json.files.map((f) => f.file);
    const folder = await names(inbox);
    const globbed = await names(`${inbox}/**/*.xlsx`);
    expect(globbed.map((f) => f.replace(/\//g, "/"))).toHaveLength(folder.length);
    expect(new Set(globbed.map((f) => join(f)))).toEqual(new Set(folder.map((f) => join(f))));
    expect(await names(`${inbox}\\*.xlsx`)).toEqual(await names(`${inbox}/*.xlsx`));
  });
});

describe("--out 审核汇总.csv", () => {
  it("writes the findings as UTF-8 with a BOM and CRLF lines, the same bytes each time", async () => {
    await runCli(["check", join(inbox, "部门01.xlsx"), join(inbox, "坏文件.xlsx"), "--out", at("a.csv")]);
    await runCli(["check", join(inbox, "部门01.xlsx"), join(inbox, "坏文件.xlsx"), "--out", at("b.csv")]);
    const bytes = readFileSync(at("a.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.equals(readFileSync(at("b.csv")))).toBe(true);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,表,规则,级别,问题,应为,实为,差额,单元格,说明");
    expect(lines).toContainEqual(
      expect.stringMatching(/,SZZB\.ZC\.class,尾差,.*,137\.96,137\.97,0\.01,"公开01表!F15, 公开03表!E16",$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/坏文件\.xlsx,,file\.not-workbook,错误,不是工作簿/));
  });

  it("headers in English with --lang en", async () => {
    await runCli(["check", join(inbox, "部门02.xlsx"), "--out", at("en.csv"), "--lang", "en"]);
    expect(readFileSync(at("en.csv"), "utf8")).toBe(
      "\uFEFFFile,Table,Rule,Severity,Message,Expected,Actual,Difference,Cells,Explanation\r\n",
    );
  });
});

describe("--severity, the closing line, --version", () => {
  it("lists only findings at the level asked for or above; the counts still count all", async () => {
    const all = await checkJson(join(inbox, "部门01.xlsx"));
    const errors = await checkJson(join(inbox, "部门01.xlsx"), "--severity", "error");
    expect(errors.json.files[0].findings.length).toBe(all.json.files[0].counts.error);
    expect(errors.json.files[0].findings.every((f) => f.severity === "error")).toBe(true);
    expect(errors.json.files[0].counts).toEqual(all.json.files[0].counts);
    const text = (await runCli(["check", join(inbox, "部门01.xlsx"), "--severity", "rounding"])).stdout;
    const { counts } = all.json.files[0];
    expect(counts.rounding * counts.warning).toBeGreaterThan(0);
    expect(text).toContain(`尾差 (${counts.rounding})`);
    expect(text).not.toContain("警告 (");
    expect(text).toContain(`警告 ${counts.warning} 条`);
  });

  it("names the files with errors and the unreadable ones in the closing lines", async () => {
    const { stdout, status } = await runCli(["check", inbox]);
    const lines = stdout.trimEnd().split("\n").slice(-3);
    expect(lines[0]).toBe(
      "共检查 7 个文件：2 个有错误，3 个未发现错误，2 个无法读取；跳过 1 个非 .xlsx 文件",
    );
    expect(lines[1]).toBe(`有错误的文件：${join(inbox, "部门01.xlsx")}、${join(inbox, "部门03.xlsx")}`);
    expect(lines[2]).toMatch(/^无法读取的文件：.*坏文件\.xlsx、.*截断\.xlsx$/);
    expect(status).toBe(2);
  });

  it("--version prints the version", async () => {
    const { stdout, status } = await runCli(["--version"]);
    expect(stdout).toMatch(/^juesuan \d+\.\d+\.\d+\n$/);
    expect(status).toBe(0);
  });
});

describe("the terminal", () => {
  it("draws a progress line on stderr only when stderr is a terminal", async () => {
    const files = [
      join(inbox, "部门02.xlsx"),
      join(inbox, "坏文件.xlsx"),
      join(inbox, "二季度", "部门04.xlsx"),
    ];
    const tty = await runCli(["check", ...files], { stderrTty: true });
    expect(tty.stderr).toContain("已检查 1/3 个文件，0 个有错误或无法读取");
    expect(tty.stderr).toContain("已检查 2/3 个文件，1 个有错误或无法读取，约剩");
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect((await runCli(["check", ...files])).stderr).toBe("");
  });

  it("quotes sheet names Excel's way and shows control characters in file names as escapes", async () => {
    const evil = at("部门\x1b[2J\x1b[H无问题\r.xlsx");
    copyFileSync(at("quoted.xlsx"), evil);
    const { stdout } = await runCli(["check", evil]);
    rmSync(evil);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
    expect(stdout).toContain("部门\\x1b[2J\\x1b[H无问题\\x0d.xlsx");
    expect(stdout).toContain("'It''s 01'!F15");
  });
});

describe("rule files and narratives", () => {
  it("reads a --rules file saved in GB18030 and runs its rules", async () => {
    const { json } = await checkJson(join(inbox, "部门02.xlsx"), "--rules", at("省厅规则.txt"));
    const f = json.files[0].findings.find((x) => x.rule === "user.省01");
    expect(f).toMatchObject({ severity: "error", actual: "98.33", expected: "7.17" });
  });

  it("refuses a rule file that is not text, or missing, with exit 2", async () => {
    writeFileSync(at("rules.bin"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    const bin = await runCli(["check", join(inbox, "部门02.xlsx"), "--rules", at("rules.bin")]);
    expect([bin.status, bin.stdout]).toEqual([2, ""]);
    expect(bin.stderr).toMatch(/不是文本文件/);
    const missing = await runCli(["check", join(inbox, "部门02.xlsx"), "--rules", at("无.txt")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/无法读取审核公式文件 .*找不到文件/);
  });

  it("pairs 部门A.txt with 部门A.xlsx and reports what of it was checked; an unreadable one exits 2", async () => {
    const pair = at("配对");
    mkdirSync(pair);
    copyFileSync(join(SAMPLES, "corrected.xlsx"), join(pair, "部门A.xlsx"));
    writeFileSync(join(pair, "部门A.txt"), "一、收入支出决算总体情况\n2024年度收入总计2,897.43万元。\n");
    copyFileSync(join(SAMPLES, "corrected.xlsx"), join(pair, "部门B.xlsx"));
    writeFileSync(join(pair, "部门B.docx"), "not a docx");
    const { json, status } = await checkJson(pair);
    expect(json.files.map((f) => f.file)).toEqual([join(pair, "部门A.xlsx"), join(pair, "部门B.xlsx")]);
    expect(json.files[0]).toMatchObject({ narrative: { source: join(pair, "部门A.txt") } });
    expect(json.files[0].narrativeError).toBeUndefined();
    expect(json.files[1].narrativeError).toMatch(/部门B\.docx/);
    expect(json.files[1].tables.length).toBeGreaterThanOrEqual(9);
    expect(status).toBe(2);
  });

  it("--narrative goes with exactly one workbook", async () => {
    writeFileSync(at("说明.txt"), "2024年度收入总计2,897.43万元。\n");
    const one = await checkJson(join(inbox, "部门02.xlsx"), "--narrative", at("说明.txt"));
    expect(one.json.files[0]).toMatchObject({ narrative: { source: at("说明.txt") } });
    const two = await runCli([
      "check",
      join(inbox, "部门02.xlsx"),
      join(inbox, "部门03.xlsx"),
      "--narrative",
      at("说明.txt"),
    ]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/--narrative 只能与一个工作簿一起使用/);
  });
});

describe("--out that cannot be written", () => {
  it("refuses an input as the output, and says when the folder does not exist, before checking", async () => {
    const input = join(inbox, "部门02.xlsx");
    const before = readFileSync(input);
    const same = await runCli(["check", input, "--out", input]);
    expect([same.status, same.stdout]).toEqual([2, ""]);
    expect(same.stderr).toMatch(/--out 不能是要检查的文件/);
    expect(readFileSync(input).equals(before)).toBe(true);
    const nowhere = await runCli(["check", input, "--out", at("没有的文件夹", "汇总.xlsx")]);
    expect([nowhere.status, nowhere.stdout]).toEqual([2, ""]);
    expect(nowhere.stderr).toMatch(/无法写入汇总文件 .*ENOENT/);
  });
});

describe("nothing to check", () => {
  it("says so and exits 2 when the only workbook named is the summary being written", async () => {
    const only = at("只有汇总");
    mkdirSync(only);
    copyFileSync(join(SAMPLES, "corrected.xlsx"), join(only, "审核汇总.xlsx"));
    const run = await runCli(["check", `${only}/*.xlsx`, "--out", join(only, "审核汇总.xlsx")]);
    expect([run.status, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/没有要检查的工作簿/);
  });
});

describe("--previous: last year's report beside this year's", () => {
  let lastYear: string;
  let thisYear: string;

  beforeAll(async () => {
    lastYear = at("上年");
    thisYear = at("今年");
    mkdirSync(lastYear);
    mkdirSync(thisYear);
    copyFileSync(join(SAMPLES, "corrected.xlsx"), join(thisYear, "部门A.xlsx"));
    copyFileSync(join(SAMPLES, "corrected.xlsx"), join(thisYear, "部门B.xlsx"));
    // Last year closed at 5.00 in the 收入支出决算总表 (年末结转和结余, F35); this year opens blank (C35).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(SAMPLES, "corrected.xlsx"));
    // Last year's titles (2023年度): a report of the same year is not compared (src/cli/previous.ts).
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") cell.value = cell.value.replace(/2024(年度)/g, "2023$1");
        }),
      ),
    );
    book.getWorksheet("公开01表")!.getCell("F35").value = 5;
    await book.xlsx.writeFile(join(lastYear, "部门A.xlsx"));
  });

  it("pairs a folder's workbooks by name and cites the cells of both workbooks", async () => {
    const { json, status, stdout } = await checkJson(thisYear, "--previous", lastYear);
    const [a, b] = json.files;
    expect(a.previous).toBe(join(lastYear, "部门A.xlsx"));
    const carry = a.findings.find((f) => f.rule === "PREV.SZZB.carry");
    expect(carry).toMatchObject({ expected: "5.00", actual: "0.00" });
    expect(carry?.cells).toEqual([
      { sheet: "公开01表", address: "C35" },
      { sheet: "公开01表", address: "F35", file: join(lastYear, "部门A.xlsx") },
    ]);
    expect(stdout).toContain('"file"');
    // 部门B has no workbook last year: checked all the same, and said not compared.
    expect(b.previous).toBeUndefined();
    expect(b.previousError).toMatch(/^未找到上年报表/);
    expect(b.tables.length).toBeGreaterThanOrEqual(9);
    expect(status).toBe(2);
  });

  it("names last year's cell in the text report as Excel does, and a workbook for one workbook only", async () => {
    const { stdout } = await runCli([
      "check",
      join(thisYear, "部门A.xlsx"),
      "--previous",
      join(lastYear, "部门A.xlsx"),
    ]);
    expect(stdout).toContain("上年报表：");
    expect(stdout).toContain("公开01表!C35, '[部门A.xlsx]公开01表'!F35");
    const two = await runCli(["check", thisYear, "--previous", join(lastYear, "部门A.xlsx")]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/--previous 为工作簿时只能与一个工作簿一起使用/);
  });
});
