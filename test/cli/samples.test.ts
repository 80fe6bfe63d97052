import { readFileSync, statSync } from "fs";
import { join } from "path";
import { JsonReport, runCli } from "./run";

/** Both bundled samples, end to end through `juesuan check` (in-process). */

const SAMPLES = join(__dirname, "..", "..", "samples");
const published = join(SAMPLES, "published.xlsx");
const corrected = join(SAMPLES, "corrected.xlsx");

type Finding = JsonReport["files"][number]["findings"][number];

const at = (f: Finding, sheet: string, address: string) =>
  f.cells.some((c) => c.sheet === sheet && c.address === address);

describe("juesuan check samples/published.xlsx", () => {
  let json: JsonReport;
  let status: number;

  beforeAll(async () => {
    const run = await runCli(["check", published, "--json"]);
    status = run.status;
    json = JSON.parse(run.stdout) as JsonReport;
  });

  it("exits 1: the published report has errors", () => {
    expect(status).toBe(1);
  });

  it("finds all nine tables, one per sheet, then the 绩效自评表", () => {
    const tables = json.files[0].tables.filter((t) => t.key.startsWith("T_"));
    expect(tables.map((t) => t.key)).toEqual([
      "T_SZZB",
      "T_SR",
      "T_ZC",
      "T_CZZB",
      "T_YBZC",
      "T_JBZC",
      "T_JJ",
      "T_GZ",
      "T_SG",
    ]);
    expect(tables[0]).toMatchObject({ sheet: "公开01表", title: "2024年度收入支出决算总表" });
    expect(tables[0].range).toMatch(/^A1:[A-Z]+\d+$/);
    expect(json.files[0].tables.slice(0, 9)).toEqual(tables);
  });

  it("finds 卫生健康支出 137.97 in the 收入支出决算总表 against 137.96", () => {
    const f = json.files[0].findings.find(
      (x) => at(x, "公开01表", "F15") && x.actual === "137.97" && x.expected === "137.96",
    );
    expect(f).toBeDefined();
    expect(f?.difference).toBe("0.01");
  });

  it("finds 住房保障支出 146.43 against 146.44, in both 总表s", () => {
    const findings = json.files[0].findings.filter((x) => x.actual === "146.43" && x.expected === "146.44");
    expect(findings.some((x) => at(x, "公开01表", "F25"))).toBe(true);
    expect(findings.some((x) => at(x, "公开04表", "G26") || at(x, "公开04表", "F26"))).toBe(true);
  });

  it("finds the 基本支出明细表's classes (1,362.33) against 基本支出 1,362.34", () => {
    const f = json.files[0].findings.find(
      (x) => [x.actual, x.expected].includes("1362.33") && [x.actual, x.expected].includes("1362.34"),
    );
    expect(f).toBeDefined();
    expect(f?.cells.some((c) => c.sheet === "公开06表")).toBe(true);
  });

  it("finds the empty 人员经费合计 cell as an error", () => {
    const f = json.files[0].findings.filter((x) => at(x, "公开06表", "C34") && x.severity === "error");
    expect(f.length).toBeGreaterThan(0);
  });

  it("keeps the JSON contract: every finding has rule, severity, message, cells and the three amounts", () => {
    for (const f of json.files[0].findings) {
      expect(Object.keys(f).slice(0, 7)).toEqual([
        "rule",
        "severity",
        "message",
        "cells",
        "expected",
        "actual",
        "difference",
      ]);
      expect(["error", "rounding", "warning", "info"]).toContain(f.severity);
    }
  });

  it("names the breaks in the text report, grouped by severity", async () => {
    const { status: textStatus, stdout } = await runCli(["check", published]);
    expect(textStatus).toBe(1);
    for (const s of [
      "137.97",
      "137.96",
      "146.43",
      "146.44",
      "1,362.33",
      "1,362.34",
      "人员经费合计",
      "公开06表!C34",
    ]) {
      expect(stdout).toContain(s);
    }
    expect(stdout.indexOf("错误 (")).toBeLessThan(stdout.indexOf("尾差 ("));
    expect(stdout).toMatch(/小结：\d+ 张表；错误 [1-9]\d* 条/);
    expect(stdout).toContain("公开01表!A1:F36");
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await runCli(["check", published, "--lang", "en"]);
    expect(stdout).toMatch(/Tables found \(\d+\)/);
    expect(stdout).toMatch(/Summary: \d+ tables; [1-9]\d* errors/);
    expect(stdout).toContain("expected 137.96");
  });

  it("never writes to its input", async () => {
    const before = { bytes: readFileSync(published), mtime: statSync(published).mtimeMs };
    await runCli(["check", published, "--json"]);
    await runCli(["check", published]);
    expect(statSync(published).mtimeMs).toBe(before.mtime);
    expect(readFileSync(published).equals(before.bytes)).toBe(true);
  });
});

describe("juesuan check samples/corrected.xlsx", () => {
  it("exits 0 with no error and no rounding finding", async () => {
    const { status, stdout } = await runCli(["check", corrected, "--json"]);
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.files[0].tables.filter((t) => t.key.startsWith("T_"))).toHaveLength(9);
    expect(json.files[0].findings.filter((f) => f.severity === "error" || f.severity === "rounding")).toEqual(
      [],
    );
    expect(status).toBe(0);
  });

  it("says so in the text report", async () => {
    const { status, stdout } = await runCli(["check", corrected]);
    expect(status).toBe(0);
    expect(stdout).toContain("错误 0 条，尾差 0 条");
  });
});

describe("several files", () => {
  it("reports each file; a missing one does not stop the others and makes the status 2", async () => {
    const { status, stdout } = await runCli(["check", published, "nowhere.xlsx", corrected, "--json"]);
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.files.map((f) => f.file)).toEqual([published, "nowhere.xlsx", corrected]);
    expect(json.files[1]).toMatchObject({ tables: [], findings: [], reason: "not-found" });
    expect(json.files[1].error).toMatch(/找不到文件/);
    expect(json.files[0].tables.length).toBeGreaterThanOrEqual(9);
    expect(json.files[2].tables.length).toBeGreaterThanOrEqual(9);
    expect(status).toBe(2);
  });

  it("exits 1 when the worst is an error finding", async () => {
    expect((await runCli(["check", corrected, published])).status).toBe(1);
  });

  it("closes a batch with the counts and the files with errors and unreadable, in the text report only", async () => {
    const { stdout } = await runCli(["check", published, "nowhere.xlsx", corrected]);
    expect(stdout.trimEnd().split("\n").slice(-3)).toEqual([
      "共检查 3 个文件：1 个有错误，1 个未发现错误，1 个无法读取",
      `有错误的文件：${published}`,
      "无法读取的文件：nowhere.xlsx",
    ]);
    const single = await runCli(["check", corrected]);
    expect(single.stdout).not.toContain("共检查");
    const en = await runCli(["check", published, corrected, "--lang", "en"]);
    expect(en.stdout).toContain("2 files checked: 1 with errors, 1 without errors, 0 unreadable");
  });
});
