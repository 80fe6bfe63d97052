import { exitStatus, FileReport, toJson } from "../../src/cli/report";
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
      tables: [],
      findings: [],
    });
  });
});

describe("exit status", () => {
  it("0 without errors, 1 with an error finding, 2 when a file could not be read (2 wins)", () => {
    expect(exitStatus([ok])).toBe(0);
    expect(exitStatus([ok, bad])).toBe(1);
    expect(exitStatus([bad, unreadable])).toBe(2);
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
