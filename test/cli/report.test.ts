import { fileExitStatus, FileReport, JsonStream } from "../../src/cli/report";
import { displayWidth, formatText, groupDigits } from "../../src/cli/text";

const error = {
  rule: "ZC.row.total",
  severity: "error" as const,
  message: "支出决算表 合计 不平",
  cells: [{ sheet: "公开03表", address: "E7" }],
  expected: "2897.43",
  actual: "2897.42",
  difference: "-0.01",
  table: "T_ZC",
};
const warning = {
  rule: "completeness.missing-table",
  severity: "warning" as const,
  message: "没有找到",
  cells: [],
};
/** The streamed --json document for these reports. */
function toJson(reports: FileReport[], min: "info" | "warning" | "error" = "info"): string {
  let text = "";
  const json = new JsonStream((s) => (text += s), min);
  json.begin({ version: "1.2.3", skipped: 0 });
  reports.forEach((r) => json.file(r));
  json.end();
  return text;
}

const ok: FileReport = { file: "a.xlsx", tables: [], findings: [warning] };
const bad: FileReport = { file: "b.xlsx", tables: [], findings: [error] };
const unreadable: FileReport = {
  file: "c.xlsx",
  tables: [],
  findings: [],
  error: "文件已加密",
  reason: "encrypted",
};

describe("the --json contract", () => {
  it("writes amounts as null where a rule compares none, and table only when known", () => {
    const json = JSON.parse(toJson([ok, bad])) as { files: { findings: Record<string, unknown>[] }[] };
    expect(json.files[0].findings[0]).toEqual({ ...warning, expected: null, actual: null, difference: null });
    expect("table" in json.files[0].findings[0]).toBe(false);
    expect(json.files[1].findings[0]).toEqual(error);
  });

  it("puts error and reason on an unreadable file's entry, with empty tables and findings", () => {
    const json = JSON.parse(toJson([unreadable])) as { files: Record<string, unknown>[] };
    expect(json.files[0]).toEqual({
      file: "c.xlsx",
      error: "文件已加密",
      reason: "encrypted",
      counts: { error: 0, rounding: 0, warning: 0, info: 0 },
      tables: [],
      findings: [],
    });
  });

  it("is streamed file by file as the text JSON.stringify gives, with the version and per-file counts", () => {
    const text = toJson([ok, bad, unreadable]);
    const doc = JSON.parse(text) as { version: string; files: { counts: Record<string, number> }[] };
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.version).toBe("1.2.3");
    expect(doc.files.map((f) => f.counts.error)).toEqual([0, 1, 0]);
    expect(toJson([])).toBe(`${JSON.stringify({ version: "1.2.3", skipped: 0, files: [] }, null, 2)}\n`);
  });

  it("lists only findings at --severity or above, and still counts them all", () => {
    const doc = JSON.parse(toJson([ok, bad], "error")) as {
      files: { counts: Record<string, number>; findings: unknown[] }[];
    };
    expect(doc.files[0].findings).toEqual([]);
    expect(doc.files[0].counts.warning).toBe(1);
    expect(doc.files[1].findings).toHaveLength(1);
  });
});

describe("exit status", () => {
  it("0 without errors, 1 with an error finding, 2 when a file could not be read (2 wins)", () => {
    expect(fileExitStatus(ok)).toBe(0);
    expect(fileExitStatus(bad)).toBe(1);
    expect(fileExitStatus(unreadable)).toBe(2);
    expect(fileExitStatus({ ...ok, narrativeError: "找不到文件：a.docx" })).toBe(2);
  });
});

describe("text report", () => {
  it("groups digits as the tables print amounts", () => {
    expect(groupDigits("1362.34")).toBe("1,362.34");
    expect(groupDigits("-1264.00")).toBe("-1,264.00");
    expect(groupDigits("0.01")).toBe("0.01");
    expect(groupDigits("1234567")).toBe("1,234,567");
  });

  it("measures Chinese text at two columns a character, so that table keys line up", () => {
    expect(displayWidth("T_SZZB")).toBe(6);
    expect(displayWidth("PERF:整体")).toBe(9);
    expect(displayWidth("（空白）")).toBe(8);
  });

  it("shows cells and amounts under their severity", () => {
    const text = formatText([bad], "zh", false);
    expect(text).toContain("错误 (1)");
    expect(text).toContain("单元格：公开03表!E7");
    expect(text).toContain("应为 2,897.43  实为 2,897.42  差额 -0.01");
    expect(text).toContain("小结：0 张表；错误 1 条，尾差 0 条，警告 0 条，提示 0 条");
  });
});
