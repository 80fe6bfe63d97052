import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { JsonReport, runCli } from "../cli/run";

/** `juesuan check --rules FILE`: a province's 审核公式 file over the bundled samples, as a reviewer runs it. */

jest.setTimeout(60000);

const samples = join(__dirname, "../../samples");
const corrected = join(samples, "corrected.xlsx");
const published = join(samples, "published.xlsx");

function ruleFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "juesuan-rules-")), "省厅审核公式.txt");
  writeFileSync(file, text);
  return file;
}

async function check(files: string[], rules: string): Promise<{ status: number; report: JsonReport }> {
  const { status, stdout } = await runCli(["check", ...files, "--json", "--rules", ruleFile(rules)]);
  return { status, report: JSON.parse(stdout) as JsonReport };
}

const userFindings = (report: JsonReport, i = 0) =>
  report.files[i].findings.filter((f) => f.rule.startsWith("user."));

describe("juesuan check --rules", () => {
  it("a rule that holds adds nothing: the corrected sample still exits 0", async () => {
    const { status, report } = await check(
      [corrected],
      "# 公用经费\nR001: {T_JBZC, 公用经费合计, 决算数} = {T_JBZC, 码=302, 决算数}\n",
    );
    expect(userFindings(report)).toEqual([]);
    expect(status).toBe(0);
  });

  it("a rule the workbook breaks is an error finding on its cells, and the exit status says so", async () => {
    const { status, report } = await check(
      [corrected],
      "R002: {T_JBZC, 码=30201, 决算数} ≥ {T_JBZC, 码=30229, 决算数}\n",
    );
    expect(userFindings(report).map((f) => [f.rule, f.severity, f.cells, f.actual, f.expected])).toEqual([
      [
        "user.R002",
        "error",
        [
          { sheet: "公开06表", address: "F7" },
          { sheet: "公开06表", address: "F29" },
        ],
        "7.17",
        "37.60",
      ],
    ]);
    expect(status).toBe(1);
  });

  it("a line that does not parse is named with its line and character; the next rule still runs", async () => {
    const { report } = await check(
      [corrected],
      "  R001: {T_JBZC, 公用经费合计, 决算数} = \nR002: {T_JBZC, 码=30201, 决算数} ≥ {T_JBZC, 码=30229, 决算数}\n",
    );
    const found = userFindings(report);
    expect(found.map((f) => f.rule).sort()).toEqual(["user.R002", "user.syntax"]);
    expect(found.find((f) => f.rule === "user.syntax")?.message).toBe(
      "审核公式有误（省厅审核公式.txt 第 1 行，第 32 个字符）：这里应为一个单元格 {表, 行, 列}",
    );
  });

  it("applies to every workbook of a batch, and 关闭 switches a built-in off in each", async () => {
    const before = await runCli(["check", published, "--json"]);
    const rulesBefore = (JSON.parse(before.stdout) as JsonReport).files[0].findings.map((f) => f.rule);
    expect(rulesBefore).toContain("SZZB.ZC.class");
    const { report } = await check([published, corrected], "关闭 SZZB.ZC.class\n");
    for (const file of report.files) expect(file.findings.map((f) => f.rule)).not.toContain("SZZB.ZC.class");
    expect(report.files[0].findings.map((f) => f.rule)).toEqual(
      rulesBefore.filter((r) => r !== "SZZB.ZC.class"),
    );
  });
});
