import { readFileSync } from "fs";
import { join } from "path";
import { checkTables, checkWorkbook, sortFindings } from "../../src/engine/check";
import { Finding, SEVERITIES } from "../../src/engine/findings";
import { RawValue, Workbook } from "../../src/engine/model";
import { TABLE_ORDER } from "../../src/engine/tables/schemas";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { seedTables } from "./seed-tables";

/** The top level: recognition, the rulebook and the further checks, sorted, over whole workbooks. */

const sample = (name: string) =>
  readXlsx(readFileSync(join(__dirname, "../../samples", `${name}.xlsx`)), name);
const pick = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe("the seed workbook (samples/published.xlsx) end to end", () => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await sample("published");
  });

  test("finds all nine tables in the set's order, then the 自评表 in workbook order", () => {
    const keys = checkWorkbook(wb).tables.map((t) => t.key);
    expect(keys.slice(0, 9)).toEqual(TABLE_ORDER);
    expect(keys.slice(9)).toEqual([
      "PERF:整体",
      "PERF:政务大厅“三免”服务",
      "PERF:编外用工",
      "PERF:政务中心业务经费",
      "PERF:政务中心运行经费",
    ]);
  });

  test("finds the seed's known breaks", () => {
    const { findings } = checkWorkbook(wb);
    // 卫生健康支出 and 住房保障支出: the two 总表 against the other tables.
    for (const rule of ["SZZB.ZC.class", "CZZB.YBZC.class"]) {
      expect(pick(findings, rule).map((f) => [f.actual, f.expected, f.severity])).toEqual([
        ["137.97", "137.96", "rounding"],
        ["146.43", "146.44", "rounding"],
      ]);
    }
    // 基本支出 1,362.34 against the detail table's 1,362.33.
    expect(pick(findings, "YBZC.JBZC.classes")).toEqual([
      expect.objectContaining({
        actual: "1362.34",
        expected: "1362.33",
        severity: "rounding",
        table: "T_YBZC",
      }),
    ]);
    // The empty 人员经费合计 cell.
    const [blank] = pick(findings, "JBZC.personnel.total");
    expect(blank).toMatchObject({ severity: "error", actual: "0.00", expected: "1264.00" });
    expect(blank.message).toContain("人员经费合计 （空白）");
    const sheet = wb.sheets.find((s) => s.name === blank.cells[0].sheet);
    expect(sheet).toBeDefined();
  });

  test("findings are sorted by table, then severity, then rule", () => {
    const result = checkWorkbook(wb);
    const order = result.tables.map((t) => t.key);
    const rank = (f: Finding) => [order.indexOf(f.table ?? ""), SEVERITIES.indexOf(f.severity)];
    const keys = result.findings.map((f) => [...rank(f), f.rule].join("|"));
    const sorted = sortFindings([...result.findings].reverse(), order.slice(9)).map((f) =>
      [...rank(f), f.rule].join("|"),
    );
    expect(sorted).toEqual(keys);
    // The 情况说明 sheet's findings quote it: test/narrative and test/narrative-hosts check them.
    const findings = result.findings.filter((f) => !f.table?.startsWith("PERF:") && !f.text);
    expect(findings.map((f) => f.table)).toEqual([
      "T_SZZB",
      "T_SZZB",
      "T_CZZB",
      "T_CZZB",
      "T_YBZC",
      "T_YBZC",
      "T_JBZC",
    ]);
    expect(findings.map((f) => f.severity).slice(4, 6)).toEqual(["error", "rounding"]);
  });

  test("the corrected copy gives no error and no rounding finding", async () => {
    const { findings } = checkWorkbook(await sample("corrected"));
    expect(findings.filter((f) => f.severity === "error" || f.severity === "rounding")).toEqual([]);
  });
});

describe("checkWorkbook on small workbooks", () => {
  const sheet = (name: string, values: RawValue[][]) => ({
    name,
    origin: { row: 0, col: 0 },
    merges: [],
    values,
  });

  test("what recognition cannot read is a warning naming the cell", () => {
    const { tables, findings } = checkWorkbook({ sheets: [sheet("封面", [["2024年度收入决算表"]])] });
    expect(tables).toEqual([]);
    expect(pick(findings, "recognition")).toEqual([
      {
        rule: "recognition",
        severity: "warning",
        message: "工作表“封面”中的收入决算表未找到表头（项目、科目编码或金额列），未能读取。",
        cells: [{ sheet: "封面", address: "A1" }],
      },
    ]);
    expect(findings[findings.length - 1].rule).toBe("recognition");
  });

  test("a cell that is not an amount is one error, not an echo in every sum over it", () => {
    const wb = {
      sheets: [
        sheet("表5", [
          ["2024年度一般公共预算财政拨款支出决算表", null, null, null, null],
          ["单位：万元", null, null, null, null],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          ["合计", null, "10.00", "#REF!", null],
          ["201", "一般公共服务支出", 10, 10, null],
        ]),
      ],
    };
    const { tables, findings } = checkWorkbook(wb, { disabledGroups: ["completeness"] });
    expect(tables).toEqual([
      { key: "T_YBZC", title: "2024年度一般公共预算财政拨款支出决算表", sheet: "表5", range: "A1:E5" },
    ]);
    expect(findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([
      ["cell.invalid", "error", [{ sheet: "表5", address: "D4" }]],
    ]);
    const fixed = checkWorkbook(
      {
        sheets: [
          { ...wb.sheets[0], values: wb.sheets[0].values.map((r) => r.map((v) => (v === "#REF!" ? 10 : v))) },
        ],
      },
      { disabledGroups: ["completeness"] },
    );
    expect(fixed.findings).toEqual([]);
  });
});

test("checkTables checks tables already recognised, with their locations", () => {
  const result = checkTables(seedTables(), { lang: "en", disabledGroups: ["codes"] });
  expect(result.tables[0]).toEqual({
    key: "T_SZZB",
    title: "2024年度收入支出决算总表",
    sheet: "收入支出决算总表",
    range: "A1:D46",
  });
  expect(result.findings[0].rule).toBe("SZZB.ZC.class");
  expect(
    result.findings.some(
      (f) => /[\u4e00-\u9fa5]+ 137\.97 ≠/.test(f.message) && f.message.includes("difference"),
    ),
  ).toBe(true);
});
