import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook } from "../../src/engine";
import { explain, EXPLANATIONS_NAMESPACE, Explanation } from "../../src/engine/explanations";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { JsonReport, runCli } from "../cli/run";
import { excelPart, withCustomXml } from "./xlsx-part";

/** The CLI reads the 说明 kept in the workbook: an explained error is reported so and fails nothing. */

jest.setTimeout(60000);

const SAMPLES = join(__dirname, "..", "..", "samples");
let root: string;
let broken: Uint8Array;
let explanations: Explanation[];
const at = (...p: string[]) => join(root, ...p);

async function checkJson(...argv: string[]) {
  const { status, stdout } = await runCli(["check", ...argv, "--json"]);
  return { status, json: JSON.parse(stdout) as JsonReport };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "juesuan-explained-"));
  // The corrected sample with one figure wrong: 公开01表's 卫生健康支出 one more than 公开03表's.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(SAMPLES, "corrected.xlsx"));
  book.getWorksheet("公开01表")!.getCell("F15").value = 138.96;
  broken = new Uint8Array(await book.xlsx.writeBuffer());
  // The department explains every error that figure causes, as the panel would store it.
  const errors = checkWorkbook(await readXlsx(broken), { lang: "zh" }).findings.filter(
    (f) => f.severity === "error",
  );
  expect(errors.length).toBeGreaterThan(0);
  explanations = errors.map((f) => explain(f, "经核实，=差额为年中追加的卫生健康支出", "2025-03-01"));
  writeFileSync(at("未说明.xlsx"), broken);
  writeFileSync(at("已说明.xlsx"), withCustomXml(broken, [excelPart(EXPLANATIONS_NAMESPACE, explanations)]));
  // A 说明 written for other figures (the error was 2 then): it does not fit, the error stands.
  const stale = explanations.map((e) => ({ ...e, figures: e.figures.replace(/^[^|]*/, "1") }));
  writeFileSync(at("说明已过时.xlsx"), withCustomXml(broken, [excelPart(EXPLANATIONS_NAMESPACE, stale)]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("juesuan check with 说明 kept in the workbook", () => {
  it("exits 1 for an error without a 说明, and 0 when its only errors are explained", async () => {
    expect((await runCli(["check", at("未说明.xlsx")])).status).toBe(1);
    expect((await runCli(["check", at("已说明.xlsx")])).status).toBe(0);
    expect((await runCli(["check", at("说明已过时.xlsx")])).status).toBe(1);
  });

  it("gives explained findings an explanation in JSON, and leaves the rest as they were", async () => {
    const { status, json } = await checkJson(at("已说明.xlsx"));
    expect(status).toBe(0);
    const errors = json.files[0].findings.filter((f) => f.severity === "error");
    expect(errors.length).toBe(explanations.length);
    for (const f of errors)
      expect((f as { explanation?: string }).explanation).toBe("经核实，=差额为年中追加的卫生健康支出");
    expect(json.files[0].counts.error).toBe(explanations.length);
    const plain = await checkJson(at("未说明.xlsx"));
    expect(plain.json.files[0].findings.some((f) => "explanation" in f)).toBe(false);
  });

  it("prints 已说明 under an explained finding and counts them in the file's summary line", async () => {
    const { stdout } = await runCli(["check", at("已说明.xlsx")]);
    expect(stdout).toContain("      已说明：经核实，=差额为年中追加的卫生健康支出");
    expect(stdout).toMatch(/小结：.*已说明 \d+ 条/);
    const plain = await runCli(["check", at("未说明.xlsx")]);
    expect(plain.stdout).not.toContain("已说明");
  });

  it("lists the 说明 in 问题清单 and sums up a file whose errors are all explained apart", async () => {
    const { status } = await runCli([
      "check",
      at("已说明.xlsx"),
      at("未说明.xlsx"),
      "--out",
      at("审核汇总.xlsx"),
    ]);
    expect(status).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at("审核汇总.xlsx"));
    const findings = book.getWorksheet("问题清单")!;
    const header = (findings.getRow(1).values as unknown[]).slice(1);
    expect(header[header.length - 1]).toBe("说明");
    const rows = findings.getSheetValues().slice(2) as unknown[][];
    const explained = rows.filter((r) => String(r[1]).endsWith("已说明.xlsx") && r[4] === "错误");
    expect(explained.length).toBe(explanations.length);
    for (const r of explained) expect(r[header.length]).toBe("经核实，=差额为年中追加的卫生健康支出");
    const other = rows.filter((r) => String(r[1]).endsWith("未说明.xlsx") && r[4] === "错误");
    expect(other.length).toBe(explanations.length);
    for (const r of other) expect(r[header.length] ?? "").toBe("");
    const summary = book.getWorksheet("汇总")!;
    const statusOf = (file: string) =>
      (summary.getSheetValues() as unknown[][]).find((r) => String(r?.[1]).endsWith(file))?.[9];
    expect(statusOf("已说明.xlsx")).toBe("错误均已说明");
    expect(statusOf("未说明.xlsx")).toBe("有错误");
  });
});
