import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { zipBomb } from "../xlsx/zip-fixtures";
import { JsonReport, runCli } from "./run";

/** Bad input through the command line: a clear Chinese reason, the right exit status, no crash, no hang. */

let dir: string;
const file = (name: string) => join(dir, name);

async function save(name: string, fill: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  writeFileSync(file(name), new Uint8Array(await book.xlsx.writeBuffer()));
  return file(name);
}

async function checkJson(...paths: string[]): Promise<{ status: number; json: JsonReport; stderr: string }> {
  const { status, stdout, stderr } = await runCli(["check", ...paths, "--json"]);
  return { status, json: JSON.parse(stdout) as JsonReport, stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-bad-"));
  writeFileSync(file("not-zip.xlsx"), "名称,金额\n合计,2897.43\n");
  const ole = new Uint8Array(8192);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(file("encrypted.xlsx"), ole);
  const good = await save("good.xlsx", (b) => {
    b.addWorksheet("公开01表").getCell("A1").value = "2024年度收入支出决算总表";
  });
  const bytes = readFileSync(good);
  writeFileSync(file("truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  writeFileSync(file("bomb.xlsx"), zipBomb(2));
  writeFileSync(file("bomb-lying.xlsx"), zipBomb(2, 2048));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("unreadable files", () => {
  it.each([
    ["not-zip.xlsx", "not-workbook", /不是工作簿/],
    ["encrypted.xlsx", "encrypted", /已加密/],
    ["truncated.xlsx", "corrupt", /已损坏/],
    ["bomb.xlsx", "too-large", /过大/],
    ["bomb-lying.xlsx", "too-large", /过大/],
    ["missing.xlsx", "not-found", /找不到文件/],
  ])("%s: exit 2, reason %s, a Chinese message", async (name, reason, message) => {
    const { status, json } = await checkJson(file(name));
    expect(status).toBe(2);
    expect(json.files[0]).toMatchObject({ file: file(name), reason, tables: [], findings: [] });
    expect(json.files[0].error).toMatch(message);
  });

  it("says so of a folder without a workbook in it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "juesuan-empty-"));
    writeFileSync(join(empty, "说明.pdf"), "%PDF");
    const { status, json } = await checkJson(empty);
    rmSync(empty, { recursive: true, force: true });
    expect(status).toBe(2);
    expect(json.files[0]).toMatchObject({ file: empty, reason: "not-found" });
    expect(json.files[0].error).toMatch(/文件夹中没有 \.xlsx 工作簿/);
    expect(json.skipped).toBe(1);
  });

  it("refuses a device that would stream forever", async () => {
    const { status, json } = await checkJson("/dev/zero");
    expect(status).toBe(2);
    expect(json.files[0].error).toMatch(/不是普通文件/);
  });

  it("shows the reason in the text report and keeps going", async () => {
    const { status, stdout } = await runCli(["check", file("encrypted.xlsx"), file("good.xlsx")]);
    expect(status).toBe(2);
    expect(stdout).toMatch(/无法读取：文件已加密/);
    expect(stdout).toContain("T_SZZB");
  });

  it("gives the reason in English with --lang en, before the detail", async () => {
    const { stdout } = await runCli(["check", file("encrypted.xlsx"), "--lang", "en"]);
    expect(stdout).toMatch(/cannot read \(encrypted, or an old \.xls\): 文件已加密/);
  });
});

describe("readable workbooks with nothing to check", () => {
  it("a workbook without sheets: exit 0, a warning per missing table", async () => {
    const path = await save("no-sheets.xlsx", () => undefined);
    const { status, json } = await checkJson(path);
    expect(status).toBe(0);
    expect(json.files[0].tables).toEqual([]);
    expect(json.files[0].findings.filter((f) => f.severity === "warning").length).toBeGreaterThanOrEqual(9);
    expect((await runCli(["check", path])).stdout).toContain("未找到任何决算公开表");
  });

  it("an empty sheet", async () => {
    const path = await save("empty-sheet.xlsx", (b) => void b.addWorksheet("Sheet1"));
    const { status, json } = await checkJson(path);
    expect(status).toBe(0);
    expect(json.files[0].tables).toEqual([]);
  });

  it("a sheet of #REF!", async () => {
    const path = await save("ref.xlsx", (b) => {
      const ws = b.addWorksheet("公开03表");
      for (let r = 1; r <= 40; r++)
        for (let c = 1; c <= 10; c++) ws.getCell(r, c).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    });
    const { status, json } = await checkJson(path);
    expect([0, 1]).toContain(status);
    expect(json.files[0].error).toBeUndefined();
  });

  it("a table whose amounts are #REF!: found, and the bad cells are named", async () => {
    const path = await save("ref-amounts.xlsx", (b) => {
      const ws = b.addWorksheet("公开05表");
      ws.getCell("A1").value = "2024年度一般公共预算财政拨款支出决算表";
      ws.getCell("A3").value = "单位：万元";
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"].forEach(
        (t, i) => (ws.getCell(4, i + 1).value = t),
      );
      ws.getCell("A5").value = "合计";
      ws.getCell("A6").value = "201";
      ws.getCell("B6").value = "一般公共服务支出";
      for (const r of [5, 6])
        for (const c of [3, 4, 5]) ws.getCell(r, c).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    });
    const { json } = await checkJson(path);
    expect(json.files[0].tables.map((t) => t.key)).toEqual(["T_YBZC"]);
    const text = JSON.stringify(json.files[0].findings);
    expect(text).toContain("#REF!");
  });

  it("merged headers without data: the table is found, and its missing note is a warning", async () => {
    const path = await save("headers.xlsx", (b) => {
      const ws = b.addWorksheet("公开01表");
      ws.getCell("A1").value = "2024年度收入支出决算总表";
      ws.mergeCells("A1:F1");
      ws.getCell("A4").value = "收入";
      ws.mergeCells("A4:C4");
      ws.getCell("D4").value = "支出";
      ws.mergeCells("D4:F4");
      ["项目", "行次", "金额", "项目", "行次", "金额"].forEach((t, i) => (ws.getCell(5, i + 1).value = t));
    });
    const { status, json } = await checkJson(path);
    expect(status).toBe(0);
    expect(json.files[0].tables.map((t) => t.key)).toEqual(["T_SZZB"]);
    expect(json.files[0].findings.some((f) => f.severity === "warning")).toBe(true);
  });

  it("a sheet of 100,000 rows of noise: no table, no hang", async () => {
    const path = await save("noise.xlsx", (b) => {
      const ws = b.addWorksheet("杂项");
      let seed = 7;
      const next = () => (seed = (seed * 48271) % 2147483647);
      for (let r = 1; r <= 100_000; r++) {
        ws.getCell(r, 1).value = next() % 1000;
        ws.getCell(r, 2).value = `噪声${next() % 97}`;
      }
    });
    const { status, json } = await checkJson(path);
    expect(status).toBe(0);
    expect(json.files[0].tables).toEqual([]);
  }, 60_000);
});
