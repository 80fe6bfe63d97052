import { Finding } from "../../src/engine/findings";
import { createExcelHost } from "../../src/hosts/excel";
import {
  cellsText,
  freeSheetName,
  REVIEW_HEADERS,
  REVIEW_ROWS_PER_SYNC,
  readNotes,
  REVIEW_SHEET,
} from "../../src/hosts/excel/review";
import { DEFAULT_SETTINGS } from "../../src/panel/host";
import { FakeBook } from "./fake-excel";

const findings: Finding[] = [
  {
    rule: "ZC.row.total",
    severity: "error",
    message: "=SUM(A1) 合计不等于各项之和",
    cells: [
      { sheet: "支出决算表", address: "C7" },
      { sheet: "支出决算表", address: "C8" },
      { sheet: "支出决算表", address: "C9" },
    ],
    expected: "1234.56",
    actual: "1234.50",
    difference: "-0.06",
    table: "T_ZC",
  },
  {
    rule: "PERF.score",
    severity: "warning",
    message: "@cmd|' /C calc'!A0",
    cells: [{ sheet: "a b's", address: "B2" }],
    table: "PERF:政务中心运行经费",
  },
];

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet("支出决算表", [["2024年度支出决算表"]]);
  b.addSheet("a b's", [["x"]]);
  return b;
}

describe("exportReview", () => {
  it("writes the 审核结果 sheet with Chinese headers, one row per finding, and activates it", async () => {
    const b = book();
    await createExcelHost(b.run).exportReview(findings);
    const sheet = b.sheet(REVIEW_SHEET)!;
    expect(b.activeSheet).toBe(REVIEW_SHEET);
    expect(sheet.frozenRows).toBe(1);
    expect(REVIEW_HEADERS.map((_, i) => b.cell(REVIEW_SHEET, `${"ABCDEFGHIJK"[i]}1`).value)).toEqual(
      REVIEW_HEADERS,
    );
    const row = (r: number) => "ABCDEFGHIJ".split("").map((c) => b.cell(REVIEW_SHEET, `${c}${r}`).value);
    expect(row(2)).toEqual([
      1,
      "ZC.row.total",
      "错误",
      "支出决算表",
      "=SUM(A1) 合计不等于各项之和",
      "1234.56",
      "1234.50",
      "-0.06",
      "支出决算表!C7, C8, C9",
      "",
    ]);
    expect(row(3).slice(0, 4)).toEqual([2, "PERF.score", "警告", "绩效自评表：政务中心运行经费"]);
  });

  it("writes formula-like texts as text that cannot be evaluated", async () => {
    const b = book();
    await createExcelHost(b.run).exportReview(findings);
    for (const address of ["E2", "H2", "E3"]) {
      const cell = b.cell(REVIEW_SHEET, address);
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe("@");
      expect(cell.quotePrefix).toBe(true);
    }
    expect(b.cell(REVIEW_SHEET, "E3").value).toBe("@cmd|' /C calc'!A0");
  });

  it("links each finding to its first cell, quoting the sheet name", async () => {
    const b = book();
    await createExcelHost(b.run).exportReview(findings);
    expect(b.cell(REVIEW_SHEET, "I2").hyperlink).toMatchObject({
      documentReference: "'支出决算表'!C7",
      textToDisplay: "支出决算表!C7, C8, C9",
    });
    expect(b.cell(REVIEW_SHEET, "I3").hyperlink?.documentReference).toBe("'a b''s'!B2");
  });

  it("quotes a sheet name holding ! in its link", async () => {
    const b = book();
    b.addSheet("表!1", [["x"]]);
    await createExcelHost(b.run).exportReview([
      { ...findings[1], cells: [{ sheet: "表!1", address: "A1" }] },
    ]);
    expect(b.cell(REVIEW_SHEET, "I2").hyperlink?.documentReference).toBe("'表!1'!A1");
  });

  it("replaces an older 审核结果 sheet, and writes many findings in batches", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    await host.exportReview(findings);
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...findings[0], message: `第${i + 1}条` }));
    b.syncCount = 0;
    await host.exportReview(many);
    expect(b.sheets.filter((s) => s.name === REVIEW_SHEET)).toHaveLength(1);
    expect(b.cell(REVIEW_SHEET, "E2501").value).toBe("第2500条");
    expect(b.cell(REVIEW_SHEET, "E2502").value).toBe("");
    // sheets and parts, the parts' XML, the old sheet's notes, the new sheet, then the rows
    expect(b.syncCount).toBe(4 + Math.ceil(2500 / REVIEW_ROWS_PER_SYNC));
  });

  it("never deletes the user's own sheet named 审核结果: it writes 审核结果 (2), and replaces only that", async () => {
    const b = book();
    b.addSheet(REVIEW_SHEET, [["我的审核意见"], ["第一条：待核对"]]);
    const host = createExcelHost(b.run);
    await host.exportReview(findings);
    await host.exportReview(findings);
    // A panel opened later knows its sheet from the workbook.
    await createExcelHost(b.run).exportReview(findings.slice(0, 1));
    expect(b.cell(REVIEW_SHEET, "A2").value).toBe("第一条：待核对");
    expect(b.sheets.map((s) => s.name)).toEqual(["支出决算表", "a b's", REVIEW_SHEET, `${REVIEW_SHEET} (2)`]);
    expect(b.cell(`${REVIEW_SHEET} (2)`, "E2").value).toBe(findings[0].message);
    expect(b.cell(`${REVIEW_SHEET} (2)`, "E3").value).toBe("");
    expect(b.activeSheet).toBe(`${REVIEW_SHEET} (2)`);
  });

  it("keeps an exported sheet the user renamed, and a user sheet given the name since", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    await host.exportReview(findings);
    b.sheet(REVIEW_SHEET)!.name = "第一轮审核";
    await host.exportReview(findings);
    const second = b.sheet(REVIEW_SHEET)!;
    // The user deletes the add-in's sheet and makes one of their own under the same name.
    b.sheets = b.sheets.filter((s) => s !== second);
    b.addSheet(REVIEW_SHEET, [["我的表"]]);
    await host.exportReview(findings);
    expect(b.sheets.map((s) => s.name)).toEqual([
      "支出决算表",
      "a b's",
      "第一轮审核",
      REVIEW_SHEET,
      `${REVIEW_SHEET} (2)`,
    ]);
    expect(b.cell(REVIEW_SHEET, "A1").value).toBe("我的表");
  });

  it("picks a free name whatever the case of the names taken", () => {
    expect(freeSheetName(["Sheet1"])).toBe(REVIEW_SHEET);
    expect(freeSheetName([REVIEW_SHEET, `${REVIEW_SHEET} (2)`])).toBe(`${REVIEW_SHEET} (3)`);
  });

  it("speaks the panel's language, read in the same round trips", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    await host.saveSettings({ ...DEFAULT_SETTINGS, lang: "en" });
    b.syncCount = 0;
    await host.exportReview(findings);
    expect(b.syncCount).toBe(4);
    const row = (r: number) => "ABCD".split("").map((c) => b.cell(REVIEW_SHEET, `${c}${r}`).value);
    expect(row(1)).toEqual(["No.", "Rule", "Severity", "Table"]);
    expect(row(3)).toEqual([2, "PERF.score", "Warning", "Performance self-evaluation: 政务中心运行经费"]);
  });

  it("writes headers only when there is nothing to report", async () => {
    const b = book();
    await createExcelHost(b.run).exportReview([]);
    expect(b.cell(REVIEW_SHEET, "A1").value).toBe("序号");
    expect(b.cell(REVIEW_SHEET, "A2").value).toBe("");
  });

  it("shortens a long cell list", () => {
    const cells = Array.from({ length: 100 }, (_, i) => ({ sheet: "支出决算表", address: `C${i + 1}` }));
    const text = cellsText(cells);
    expect(text.length).toBeLessThanOrEqual(250);
    expect(text.endsWith("…")).toBe(true);
  });

  it("keeps the notes a reviewer typed into the sheet it replaces, by rule and cells", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    await host.exportReview(findings);
    expect(b.cell(REVIEW_SHEET, "K1").value).toBe("备注");
    b.cell(REVIEW_SHEET, "K2").value = "已与单位核实，待改";
    b.cell(REVIEW_SHEET, "K3").value = "=不是公式";
    // The next check: amounts changed, the order too, and PERF.score is gone (fixed).
    const again = [
      { ...findings[0], rule: "ZC.class", cells: [{ sheet: "支出决算表", address: "D4" }] },
      { ...findings[0], message: "合计不等于各项之和（相差 0.05）", actual: "1234.51" },
    ];
    await host.exportReview(again);
    expect(b.cell(REVIEW_SHEET, "K2").value).toBe("");
    expect(b.cell(REVIEW_SHEET, "B3").value).toBe("ZC.row.total");
    expect(b.cell(REVIEW_SHEET, "K3").value).toBe("已与单位核实，待改");
    // The note whose finding is not listed any more is kept below, after a line saying so.
    expect(b.cell(REVIEW_SHEET, "A4").value).toBe("");
    expect(b.cell(REVIEW_SHEET, "E5").value).toMatch(/^以下备注来自上次导出的审核表/);
    expect(["B6", "E6", "I6", "K6"].map((a) => b.cell(REVIEW_SHEET, a).value)).toEqual([
      "PERF.score",
      findings[1].message,
      "a b's!B2",
      "=不是公式",
    ]);
    const note = b.cell(REVIEW_SHEET, "K6");
    expect([note.formula, note.numberFormat]).toEqual([undefined, "@"]);
    // Notes carried twice stay once each.
    await host.exportReview(again);
    expect(b.cell(REVIEW_SHEET, "K3").value).toBe("已与单位核实，待改");
    expect(b.cell(REVIEW_SHEET, "K6").value).toBe("=不是公式");
    expect(b.cell(REVIEW_SHEET, "K7").value).toBe("");
  });

  it("reads notes typed beside a sheet written before the 备注 column, and in English headers", () => {
    const old = [
      ["序号", "规则", "级别", "表", "说明", "应为", "实为", "差额", "单元格"],
      [
        1,
        "ZC.row.total",
        "错误",
        "支出决算表",
        "合计不等于各项之和",
        "1",
        "2",
        "1",
        "支出决算表!C7",
        "核实中",
        "张三",
      ],
      [2, "PERF.score", "警告", "", "", "", "", "", "a b's!B2"],
    ];
    expect(readNotes(old)).toEqual([
      { rule: "ZC.row.total", message: "合计不等于各项之和", cells: "支出决算表!C7", note: "核实中 / 张三" },
    ]);
    const english = [
      [
        "No.",
        "Rule",
        "Severity",
        "Table",
        "Message",
        "Expected",
        "Actual",
        "Difference",
        "Cells",
        "Explanation",
        "Notes",
      ],
      [1, "ZC.row.total", "Error", "", "m", "", "", "", "支出决算表!C7", "已说明", "checked"],
    ];
    expect(readNotes(english)).toEqual([
      { rule: "ZC.row.total", message: "m", cells: "支出决算表!C7", note: "checked" },
    ]);
    expect(readNotes([["我的表"], ["x"]])).toEqual([]);
  });
});
