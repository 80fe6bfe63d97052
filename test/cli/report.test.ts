import { fileExitStatus, FileReport, JsonStream } from "../../src/cli/report";
import {
  BatchTally,
  cellText,
  displayWidth,
  escapeControls,
  formatBatchSummary,
  formatText,
  groupDigits,
} from "../../src/cli/text";

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
  it("keeps a cell's file (last year's workbook) and a finding's explanation", () => {
    const cross = {
      ...error,
      cells: [{ sheet: "公开01表", address: "C7", file: "2023.xlsx" }],
      explanation: "已说明",
    };
    const json = JSON.parse(toJson([{ ...ok, findings: [cross] }])) as {
      files: { findings: Record<string, unknown>[] }[];
    };
    expect(json.files[0].findings[0]).toMatchObject({ cells: cross.cells, explanation: "已说明" });
  });

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

describe("cells and closing lines", () => {
  it("quotes sheet names Excel's way and names a cell of last year's workbook by its file", () => {
    expect(cellText({ sheet: "公开01表", address: "F15" })).toBe("公开01表!F15");
    expect(cellText({ sheet: "It's", address: "A1" })).toBe("'It''s'!A1");
    expect(cellText({ sheet: "2024", address: "A1" })).toBe("'2024'!A1");
    expect(cellText({ sheet: "公开01表", address: "F15", file: "/收到/2023年.xlsx" })).toBe(
      "'[2023年.xlsx]公开01表'!F15",
    );
  });

  it("escapes control characters and bidirectional overrides, and leaves other text alone", () => {
    expect(escapeControls("a\x1b[2Jb\r\u202ec")).toBe("a\\x1b[2Jb\\x0d\\u202ec");
    expect(escapeControls("收入 1,362.34（万元）")).toBe("收入 1,362.34（万元）");
  });

  it("names the first 20 files with errors, then …", () => {
    const tally = new BatchTally();
    for (let i = 1; i <= 22; i++) tally.add({ ...bad, file: `f${i}.xlsx` });
    tally.add(ok);
    const lines = formatBatchSummary(tally, [], "zh").trimEnd().split("\n");
    expect(lines[0]).toBe("共检查 23 个文件：22 个有错误，1 个未发现错误，0 个无法读取");
    expect(lines[1]).toMatch(/^有错误的文件：f1\.xlsx、f2\.xlsx、.*、f20\.xlsx …$/);
    expect(lines[1]).not.toContain("f21");
    expect(lines).toHaveLength(2);
  });

  it("names spreadsheets in other formats among the skipped files, and only counts the rest", () => {
    const tally = new BatchTally();
    tally.add(ok);
    const lines = formatBatchSummary(tally, ["a/部门X.xls", "a/说明.pdf", "a/部门Y.et"], "zh")
      .trimEnd()
      .split("\n");
    expect(lines).toEqual([
      "共检查 1 个文件：0 个有错误，1 个未发现错误，0 个无法读取；跳过 3 个非 .xlsx 文件",
      "未检查的其他格式表格（请另存为 .xlsx）：a/部门X.xls、a/部门Y.et",
    ]);
  });

  it("lists findings at --severity or above in the text report, and counts them all", () => {
    const text = formatText([{ ...ok, findings: [error, warning] }], "zh", false, "error");
    expect(text).toContain("错误 (1)");
    expect(text).not.toContain("警告 (");
    expect(text).toContain("警告 1 条");
  });
});
