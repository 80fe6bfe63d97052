/**
 * Writes the seed's five 绩效自评表 into a sample workbook, one sheet each, laid out as published:
 * merged titles and labels, group weights in a column merged down the group ("45 分"), 一级 and 二级
 * labels merged down their rows, weights written into the names.
 */
import ExcelJS from "exceljs";
import { correctedPerf } from "./perf-corrections";
import { FILLED, Level1Data, PerfSheetData, publishedPerf, UNIT } from "./perf-data";

const WIDTHS = [12, 12, 18, 40, 16, 40, 10];
const LAST = WIDTHS.length;
const AMOUNT = "#,##0.00";

interface Writer {
  ws: ExcelJS.Worksheet;
  row: number;
}

function put(w: Writer, col: number, value: ExcelJS.CellValue, numFmt?: string, bold = false): void {
  const cell = w.ws.getCell(w.row, col);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  cell.alignment = { vertical: "middle", wrapText: true };
  if (bold) cell.font = { bold: true };
}

/** Writes a value into a merged range (when the range is more than one cell). */
function span(
  w: Writer,
  top: number,
  left: number,
  bottom: number,
  right: number,
  value: ExcelJS.CellValue,
  numFmt?: string,
): void {
  if (bottom > top || right > left) w.ws.mergeCells(top, left, bottom, right);
  const row = w.row;
  w.row = top;
  put(w, left, value, numFmt);
  w.row = row;
}

function line(w: Writer, text: string, bold = false): void {
  span(w, w.row, 1, w.row, LAST, text);
  if (bold) w.ws.getCell(w.row, 1).font = { bold: true, size: 14 };
  w.row++;
}

function labelled(w: Writer, label: string, value: string): void {
  span(w, w.row, 1, w.row, 2, label);
  span(w, w.row, 3, w.row, LAST, value);
  w.row++;
}

function projectHead(w: Writer, d: PerfSheetData): void {
  labelled(w, "项目名称", d.projectName ?? "");
  span(w, w.row, 1, w.row, 2, "主管部门");
  span(w, w.row, 3, w.row, 4, UNIT);
  put(w, 5, "项目实施单位");
  span(w, w.row, 6, w.row, LAST, UNIT);
  w.row++;
  labelled(w, "项目类别", "1、部门预算项目 ☑ 2、财政专项资金 ☐");
  labelled(w, "项目属性", "1、持续性项目 ☑ 2、新增性项目 ☐");
  labelled(w, "项目类型", "1、常年性项目 ☑ 2、延续性项目 ☐ 3、一次性项目 ☐");
}

function overallHead(w: Writer, d: PerfSheetData): void {
  labelled(w, "单位名称", UNIT);
  span(w, w.row, 1, w.row, 2, "基本支出总额");
  span(w, w.row, 3, w.row, 4, d.totals?.basic ?? null, AMOUNT);
  span(w, w.row, 5, w.row, 6, "项目支出总额");
  put(w, 7, d.totals?.project ?? null, AMOUNT);
  w.row++;
}

function budget(w: Writer, d: PerfSheetData): void {
  const b = d.budget;
  const top = w.row;
  span(w, top, 1, top + 1, 2, b.label);
  ["预算数（A）", "执行数（B）", "执行率（B/A）", b.scoreHeader].forEach((h, i) => put(w, 4 + i, h));
  if (b.rowLabelMerged) span(w, top, 3, top + 1, 3, b.rowLabel);
  w.row++;
  if (!b.rowLabelMerged) put(w, 3, b.rowLabel);
  put(w, 4, b.budget, AMOUNT);
  put(w, 5, b.executed, AMOUNT);
  put(w, 6, b.rate, "0.00%");
  put(w, 7, b.score, "0.00");
  w.row++;
}

function level1(w: Writer, g: Level1Data): void {
  const top = w.row;
  for (const l2 of g.groups) {
    const start = w.row;
    for (const [name, target, result, score] of l2.rows) {
      put(w, 4, name);
      put(w, 5, target);
      put(w, 6, result);
      put(w, 7, score);
      w.row++;
    }
    span(w, start, 3, w.row - 1, 3, l2.name);
  }
  span(w, top, 1, w.row - 1, 1, g.weight);
  span(w, top, 2, w.row - 1, 2, g.name);
}

function sheet(wb: ExcelJS.Workbook, d: PerfSheetData): void {
  const ws = wb.addWorksheet(d.sheet);
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const w: Writer = { ws, row: 1 };
  d.title.forEach((t) => line(w, t, true));
  line(w, `单位名称：${UNIT}`);
  line(w, FILLED);
  if (d.kind === "overall") overallHead(w, d);
  else projectHead(w, d);
  budget(w, d);
  for (const goal of d.goals) {
    if (goal.label) labelled(w, goal.label[0], goal.label[1]);
    [
      goal.header,
      "一级指标",
      "二级指标",
      goal.nameHeader,
      "年初目标值（A）",
      "实际完成值（B）",
      "得分",
    ].forEach((h, i) => put(w, i + 1, h, undefined, true));
    w.row++;
    goal.groups.forEach((g) => level1(w, g));
  }
  put(w, 1, "总分", undefined, true);
  span(w, w.row, 2, w.row, LAST, d.total);
  w.row++;
  span(w, w.row, 1, w.row, 3, "偏差大或目标未完成原因分析");
  span(w, w.row, 4, w.row, LAST, d.reason);
  w.row++;
  span(w, w.row, 1, w.row, 3, "改进措施及结果应用方案");
  span(w, w.row, 4, w.row, LAST, d.improvement);
  w.row++;
  d.notes.forEach((n) => line(w, n));
}

/** Adds the five 自评表 sheets: "published" exactly as printed, "corrected" made consistent. */
export function addPerfSheets(wb: ExcelJS.Workbook, variant: "published" | "corrected"): void {
  for (const d of variant === "published" ? publishedPerf() : correctedPerf()) sheet(wb, d);
}
