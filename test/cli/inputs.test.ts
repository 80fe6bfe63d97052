import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { expandInputs } from "../../src/cli/inputs";

/** Files, folders and patterns the program expands itself, as cmd and PowerShell pass them on. */

const SAMPLE = join(__dirname, "..", "..", "samples", "corrected.xlsx");
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const cwd = process.cwd();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-inputs-"));
  mkdirSync(at("收到的决算", "二季度"), { recursive: true });
  for (const name of ["部门2.xlsx", "部门10.xlsx", "部门1.XLSX"])
    copyFileSync(SAMPLE, at("收到的决算", name));
  copyFileSync(SAMPLE, at("收到的决算", "二季度", "部门3.xlsx"));
  writeFileSync(at("收到的决算", "部门2.docx"), "not really a docx");
  writeFileSync(at("收到的决算", "部门2.txt"), "一份副本");
  writeFileSync(at("收到的决算", "部门9.txt"), "没有工作簿的说明");
  writeFileSync(at("收到的决算", "~$部门2.xlsx"), "Excel's lock file");
  writeFileSync(at("收到的决算", "说明.pdf"), "%PDF");
  mkdirSync(at("说明"));
  writeFileSync(at("说明", "部门10.txt"), "另放的说明");
  process.chdir(dir);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe("expandInputs", () => {
  it("searches a folder recursively for .xlsx in natural order, pairs 部门2.docx, counts the rest", async () => {
    const { tasks, skipped } = await expandInputs(["收到的决算"]);
    expect(tasks).toEqual([
      { file: join("收到的决算", "部门1.XLSX") },
      { file: join("收到的决算", "部门2.xlsx"), narrative: join("收到的决算", "部门2.docx") },
      { file: join("收到的决算", "部门10.xlsx") },
      { file: join("收到的决算", "二季度", "部门3.xlsx") },
    ]);
    expect(skipped.sort()).toEqual(
      ["~$部门2.xlsx", "说明.pdf", "部门2.txt", "部门9.txt"].map((f) => join("收到的决算", f)).sort(),
    );
  });

  it("gives the same workbooks for a folder, a glob, and a Windows-style glob with backslashes", async () => {
    const files = async (arg: string) => (await expandInputs([arg])).tasks.map((t) => t.file);
    const glob = await files("收到的决算/*.xlsx");
    expect(glob).toEqual(["收到的决算/部门2.xlsx", "收到的决算/部门10.xlsx"]);
    expect(await files("收到的决算\\*.xlsx")).toEqual(glob);
    expect(await files("收到的决算/**/*.{xlsx,XLSX}")).toHaveLength(4);
    expect((await files("收到的决算/")).map((f) => f.replace(/\\/g, "/"))).toHaveLength(4);
  });

  it("takes each workbook once, in the order given, and never the summary being written", async () => {
    const { tasks } = await expandInputs(["收到的决算/部门10.xlsx", "收到的决算", "收到的决算/*.xlsx"], {
      exclude: ["收到的决算/部门2.xlsx"],
    });
    expect(tasks.map((t) => t.file)).toEqual([
      "收到的决算/部门10.xlsx",
      join("收到的决算", "部门1.XLSX"),
      join("收到的决算", "二季度", "部门3.xlsx"),
    ]);
  });

  it("says what names nothing: a pattern without matches, a given narrative without its workbook", async () => {
    const { tasks } = await expandInputs(["收到的决算/*.xls", "收到的决算/部门9.txt", "缺少.xlsx"]);
    expect(tasks).toEqual([
      {
        file: "收到的决算/*.xls",
        error: { message: "没有与“收到的决算/*.xls”匹配的文件", reason: "not-found" },
      },
      { file: "缺少.xlsx" },
      {
        file: "收到的决算/部门9.txt",
        error: {
          message: "情况说明 收到的决算/部门9.txt 未检查：没有同名的工作簿（.xlsx）",
          reason: "not-workbook",
        },
      },
    ]);
  });

  it("pairs 部门A-情况说明.docx and 部门B情况说明.txt with 部门A.xlsx and 部门B.xlsx, not 情况说明 alone", async () => {
    mkdirSync(at("后缀"));
    for (const name of ["部门A.xlsx", "部门B.xlsx"]) copyFileSync(SAMPLE, at("后缀", name));
    for (const name of ["部门A-情况说明.docx", "部门B情况说明.txt", "情况说明.docx"])
      writeFileSync(at("后缀", name), "说明");
    const { tasks, skipped } = await expandInputs(["后缀"]);
    expect(tasks).toEqual([
      { file: join("后缀", "部门A.xlsx"), narrative: join("后缀", "部门A-情况说明.docx") },
      { file: join("后缀", "部门B.xlsx"), narrative: join("后缀", "部门B情况说明.txt") },
    ]);
    expect(skipped).toEqual([join("后缀", "情况说明.docx")]);
  });

  it("pairs a narrative given on the command line by its name, and --narrative with the one workbook", async () => {
    const given = await expandInputs(["收到的决算/部门10.xlsx", "说明/部门10.txt", "收到的决算/部门9.txt"]);
    expect(given.tasks).toHaveLength(2);
    expect(given.tasks[0]).toEqual({ file: "收到的决算/部门10.xlsx", narrative: "说明/部门10.txt" });
    expect(given.tasks[1]).toMatchObject({ file: "收到的决算/部门9.txt", error: { reason: "not-workbook" } });
    const explicit = await expandInputs(["收到的决算/部门10.xlsx"], { narrative: "收到的决算/部门9.txt" });
    expect(explicit.tasks).toEqual([{ file: "收到的决算/部门10.xlsx", narrative: "收到的决算/部门9.txt" }]);
  });
});
