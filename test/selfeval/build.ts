import ExcelJS from "exceljs";
import { CellRange, parseA1, RawValue, Sheet, Workbook } from "../../src/engine/model";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { addPerfSheets } from "../../scripts/samples/perf";
import { indicators, Level1Data } from "../../scripts/samples/perf-data";

/**
 * Compact 项目支出绩效自评表 for the checks' tests, laid out like the seed's: title, budget block,
 * header, rows with the group weight ("40 分"), 一级 and 二级 labels merged down their rows.
 */
export type Row = [name: string, target: string, result: string, score: RawValue];

/** A 一级指标 group as the sample data holds it (scripts/samples/perf-data.ts), any value as a score. */
export interface Group extends Omit<Level1Data, "groups"> {
  groups: { name: string; rows: Row[] }[];
}

export interface ProjectSpec {
  name?: string;
  budgetLabel?: string;
  /** 预算数, 执行数, 执行率, 得分 as shown. */
  budget?: [RawValue, RawValue, RawValue, RawValue];
  goalHeader?: string;
  groups: Group[];
  total?: RawValue;
  reason?: string;
  /** Lines below the table ("评价等级为“优”", "共设置 7 个绩效指标"). */
  notes?: string[];
}

/** Adds up to 100: budget 20, 产出 40, 效益 30, 满意度 10; every quantitative row scored by rule. */
export function goodSpec(): ProjectSpec {
  return {
    name: "测试项目",
    budgetLabel: "预算执行情况（万元）(20 分)",
    budget: ["100.00", "100.00", "100.00%", "20.00"],
    goalHeader: "年度绩效目标 (80 分)",
    groups: indicators(`
40 分 | 产出指标
  数量指标（20 分）
    培训场次（10 分） | ≥20 场 | 24 场 | 10
    发放材料份数（10 分） | 12000份 | 9000份 | 7.5
  质量指标（20 分）
    验收合格率（10 分） | ≥96% | 96% | 10
    资料归档率（10 分） | 100% | 100% | 10
30 分 | 效益指标
  社会效益指标（30 分）
    群众办事便捷度（15 分） | 提升 | 有效提升 | 15
    平均办理时长（15 分） | ≤120分钟 | 150分钟 | 12
10 分 | 满意度指标
  服务对象满意度指标（10 分）
    群众满意度（10 分） | ≥90% | 95% | 10
`),
    total: 94.5,
    reason: "发放材料按实际需求印制，少于计划；平均办理时长受系统升级影响。",
  };
}

/** Sheet rows and merges; values only in a merge's top-left cell, as the hosts hand them over. */
export function projectSheet(spec: ProjectSpec, sheetName = "自评表"): Sheet {
  const rows: RawValue[][] = [];
  const merges: CellRange[] = [];
  const add = (...cells: RawValue[]) =>
    rows.push([...cells, ...Array(Math.max(0, 7 - cells.length)).fill(null)]);
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  };
  merge(rows.length, 0, rows.length, 6);
  add(`2024 年度某某局${spec.name ?? "测试项目"}`);
  merge(rows.length, 0, rows.length, 6);
  add("项目支出绩效自评表");
  add("单位名称：某某局");
  add("项目名称", null, spec.name ?? "测试项目");
  if (spec.budget) {
    merge(rows.length, 0, rows.length + 1, 1);
    add(
      spec.budgetLabel ?? "预算执行情况（万元）(20 分)",
      null,
      null,
      "预算数（A）",
      "执行数（B）",
      "执行率（B/A）",
      "得分（20 分*执行率）",
    );
    add(null, null, "年度财政资金总额", ...spec.budget);
  }
  add(
    spec.goalHeader ?? "年度绩效目标 (80 分)",
    "一级指标",
    "二级指标",
    "三级指标",
    "年初目标值（A）",
    "实际完成值（B）",
    "得分",
  );
  for (const g of spec.groups) {
    const top = rows.length;
    for (const sub of g.groups) {
      const start = rows.length;
      sub.rows.forEach(([name, target, result, score], i) => {
        const first = rows.length === top;
        add(
          first ? g.weight : null,
          first ? g.name : null,
          i === 0 ? sub.name : null,
          name,
          target,
          result,
          score,
        );
      });
      merge(start, 2, rows.length - 1, 2);
    }
    merge(top, 0, rows.length - 1, 0);
    merge(top, 1, rows.length - 1, 1);
  }
  if (spec.total !== undefined) add("总分", spec.total);
  merge(rows.length, 0, rows.length, 2);
  merge(rows.length, 3, rows.length, 6);
  add("偏差大或目标未完成原因分析", null, null, spec.reason ?? "");
  for (const n of spec.notes ?? []) add(n);
  return { name: sheetName, origin: { row: 0, col: 0 }, values: rows, merges };
}

export function workbookOf(...sheets: Sheet[]): Workbook {
  return { name: "test.xlsx", sheets };
}

/** The seed's five 自评表 written by the sample builder and read back through the .xlsx host. */
export async function sampleWorkbook(variant: "published" | "corrected"): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  addPerfSheets(wb, variant);
  const bytes = await wb.xlsx.writeBuffer();
  return readXlsx(new Uint8Array(bytes as ArrayBuffer), `${variant}.xlsx`);
}

/** Writes a workbook built with exceljs and reads it back, as the add-in's hosts would. */
export async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = await wb.xlsx.writeBuffer();
  return readXlsx(new Uint8Array(bytes as ArrayBuffer));
}

/** Replaces one cell of a model (value and shown text). */
export function setCell(wb: Workbook, sheet: string, address: string, value: RawValue, text?: string): void {
  const s = wb.sheets.find((x) => x.name === sheet);
  const at = parseA1(address);
  if (!s || !at) throw new Error(`no cell ${sheet}!${address}`);
  s.values[at.row - s.origin.row][at.col - s.origin.col] = value;
  const texts = s.texts?.[at.row - s.origin.row];
  if (texts) texts[at.col - s.origin.col] = text ?? (value === null ? "" : String(value));
}
