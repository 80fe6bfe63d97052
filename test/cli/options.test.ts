import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { addDisclosureSheets } from "../../scripts/samples/disclosure-sheets";
import { correctedDisclosure } from "../../scripts/samples/disclosure-seed";
import { parseArgs } from "../../src/cli/args";
import { RULEBOOK } from "../../src/engine/rules";
import { JsonReport, runCli } from "./run";

const corrected = join(__dirname, "..", "..", "samples", "corrected.xlsx");
const published = join(__dirname, "..", "..", "samples", "published.xlsx");

describe("arguments", () => {
  it("parses files and flags in any order, both --opt value and --opt=value", () => {
    expect(parseArgs(["check", "a.xlsx", "--json", "--lang=en", "b.xlsx", "--codes", "x.csv"])).toEqual({
      kind: "check",
      args: {
        files: ["a.xlsx", "b.xlsx"],
        json: true,
        lang: "en",
        codes: ["x.csv"],
        rules: [],
        severity: "info",
      },
    });
    expect(parseArgs(["check", "--", "-odd.xlsx"])).toMatchObject({ args: { files: ["-odd.xlsx"] } });
    expect(
      parseArgs([
        "check",
        "收到的决算/",
        "--jobs=2",
        "--out",
        "汇总.xlsx",
        "--severity",
        "warning",
        "--rules",
        "r.txt",
      ]),
    ).toMatchObject({
      args: { files: ["收到的决算/"], jobs: 2, out: "汇总.xlsx", severity: "warning", rules: ["r.txt"] },
    });
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
  });

  it.each([
    [[], /缺少命令/],
    [["lint", "a.xlsx"], /未知命令/],
    [["check"], /没有指定要检查的文件/],
    [["check", "a.xlsx", "--verbose"], /未知选项/],
    [["check", "a.xlsx", "--lang", "fr"], /--lang 只能是 zh 或 en/],
    [["check", "a.xlsx", "--lang"], /--lang 只能是 zh 或 en/],
    [["check", "a.xlsx", "--codes"], /--codes 需要/],
    [["check", "a.xlsx", "--json=yes"], /未知选项/],
    [["check", "a.xlsx", "--jobs", "0"], /--jobs 须为 1 到 64 的整数/],
    [["check", "a.xlsx", "--jobs=two"], /--jobs 须为/],
    [["check", "a.xlsx", "--out", "汇总.txt"], /--out 须为 \.xlsx 或 \.csv 文件/],
    [["check", "a.xlsx", "--severity", "fatal"], /--severity 只能是 error、rounding、warning 或 info/],
    [["check", "a.xlsx", "--rules"], /--rules 需要/],
    [["check", "a.xlsx", "--narrative"], /--narrative 需要/],
    [["check", "a.xlsx", "--previous"], /--previous 需要/],
  ])("%j: usage on stderr, exit 2", async (argv, message) => {
    const { status, stdout, stderr } = await runCli(argv as string[]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toContain("用法：juesuan check");
  });

  it("--help prints the usage, Chinese first, English second, and exits 0", async () => {
    const { status, stdout } = await runCli(["--help"]);
    expect(status).toBe(0);
    expect(stdout.indexOf("用法：")).toBeGreaterThanOrEqual(0);
    expect(stdout.indexOf("Usage:")).toBeGreaterThan(stdout.indexOf("用法："));
    expect((await runCli(["check", "-h"])).status).toBe(0);
  });
});

describe("output", () => {
  it("--json prints exactly one JSON document", async () => {
    const { stdout } = await runCli(["check", corrected, published, "--json"]);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stdout.trim().startsWith("{")).toBe(true);
    expect((JSON.parse(stdout) as JsonReport).files).toHaveLength(2);
  });

  it("colours only a terminal, and not when NO_COLOR is set", async () => {
    const esc = "\x1b[";
    expect((await runCli(["check", published], { tty: true })).stdout).toContain(esc);
    expect((await runCli(["check", published], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(
      esc,
    );
    expect((await runCli(["check", published], { tty: false })).stdout).not.toContain(esc);
  });
});

describe("--codes", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "juesuan-codes-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The corrected report with 2101199 under a newer name, which the shipped list does not know. */
  async function renamed(): Promise<string> {
    const d = correctedDisclosure();
    for (const t of [d.sr, d.zc, d.ybzc])
      for (const r of t.rows) if (r.code === "2101199") r.name = "其他卫生健康医疗支出";
    const book = new ExcelJS.Workbook();
    addDisclosureSheets(book, d);
    const path = join(dir, "renamed.xlsx");
    writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
    return path;
  }

  const nameWarnings = (json: JsonReport) =>
    json.files[0].findings.filter((f) => f.rule === "codes.name" && f.message.includes("2101199"));

  it("a user's code list silences a name the shipped list does not know", async () => {
    const workbook = await renamed();
    const without = JSON.parse((await runCli(["check", workbook, "--json"])).stdout) as JsonReport;
    expect(nameWarnings(without)).toHaveLength(1);
    const csv = join(dir, "codes.csv");
    writeFileSync(csv, "\uFEFFcode,name,level\n2101199,其他卫生健康医疗支出,项\n");
    const run = await runCli(["check", workbook, "--json", "--codes", csv]);
    expect(nameWarnings(JSON.parse(run.stdout) as JsonReport)).toHaveLength(0);
    expect(run.stderr).toBe("");
  });

  it("reports bad lines of a code list on stderr and still checks", async () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "12,太短\n");
    const { status, stderr } = await runCli(["check", corrected, "--codes", csv]);
    expect(stderr).toMatch(/第 1 行/);
    expect(status).toBe(0);
  });

  it("an unreadable code list is a usage error", async () => {
    const { status, stderr } = await runCli(["check", corrected, "--codes", join(dir, "none.csv")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/无法读取编码表/);
  });
});

describe("juesuan rules", () => {
  it("lists every rule of the rulebook with its assertion, as text or JSON", async () => {
    const text = await runCli(["rules"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      "YBZC.JBZC.basic        between  error    {T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数, 必需} + {T_JBZC, 公用经费合计, 决算数, 必需} [空白=零]",
    );
    const json = await runCli(["rules", "--json"]);
    const { rules, checks } = JSON.parse(json.stdout) as {
      rules: { id: string; assertion: string }[];
      checks: { id: string; group: string }[];
    };
    expect(rules.map((r) => r.id)).toEqual(RULEBOOK.map((r) => r.id));
    expect(checks).toContainEqual(expect.objectContaining({ id: "codes.name", group: "codes" }));
    expect(checks).toContainEqual(
      expect.objectContaining({
        id: "PERF.weights.group",
        group: "perf",
        severity: "error",
        messages: expect.objectContaining({ zh: expect.stringContaining("{weight}") }),
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({
        id: "JBZC.SG.hospitality",
        severity: "error",
        assertion: "{T_JBZC, 码=30217, 决算数} ≤ {T_SG, 数据行, 决算数.公务接待费} [空白=零]",
        messages: {
          zh: "{cell} {actual} 大于 {other} {expected}",
          en: "{cell} {actual} exceeds {other} {expected}",
        },
      }),
    );
    expect(rules.find((r) => r.id === "YBZC.ZC.basic")?.assertion).toBe(
      "每个 编码行或合计行 属于 T_YBZC：{T_YBZC, 每行, 基本支出} ≤ {T_ZC, 同编码行, 基本支出} [空白=零]",
    );
  });

  it("refuses an unknown option", async () => {
    expect((await runCli(["rules", "--xml"])).status).toBe(2);
  });
});
