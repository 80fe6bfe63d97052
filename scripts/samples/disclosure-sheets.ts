import ExcelJS from "exceljs";
import { Amount, CodedTable, Disclosure, EconomicRow } from "./disclosure-types";

/**
 * Writes a Disclosure as the reporting system exports it: one sheet per table ("公开01表" …), a merged
 * title row, the 公开NN表 marker, the 单位 line (unit left, 单位：万元 right), multi-row merged headers
 * with a 栏次 row, codes as text, amounts as numbers formatted "#,##0.00" and blank cells for nothing,
 * then the 注 lines and any 本部门…无… note.
 */

const MONEY_FORMAT = "#,##0.00";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A header column: a leaf, or a group whose children sit on the next header row. */
interface HeaderColumn {
  label: string;
  children?: string[];
}

function merge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (top !== bottom || left !== right) ws.mergeCells(top, left, bottom, right);
}

function text(ws: ExcelJS.Worksheet, row: number, column: number, value: string, bold = false): void {
  const cell = ws.getCell(row, column);
  cell.value = value;
  cell.border = THIN;
  cell.alignment = { vertical: "middle", horizontal: bold ? "center" : "left", wrapText: true };
  if (bold) cell.font = { bold: true };
}

function amount(ws: ExcelJS.Worksheet, row: number, column: number, value: Amount): void {
  const cell = ws.getCell(row, column);
  // Numbers go in as the nearest double of the decimal text, as any spreadsheet stores them.
  if (value !== null) cell.value = Number(value);
  cell.numFmt = MONEY_FORMAT;
  cell.border = THIN;
  cell.alignment = { horizontal: "right" };
}

/** Title, marker and unit lines (rows 1–3); returns the first header row. */
function heading(ws: ExcelJS.Worksheet, d: Disclosure, title: string, marker: string, width: number): number {
  ws.getCell(1, 1).value = `${d.year}年度${title}`;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  merge(ws, 1, 1, 1, width);
  ws.getCell(2, width).value = marker;
  ws.getCell(2, width).alignment = { horizontal: "right" };
  ws.getCell(3, 1).value = `单位：${d.unit}`;
  ws.getCell(3, width).value = "单位：万元";
  ws.getCell(3, width).alignment = { horizontal: "right" };
  return 4;
}

/** 注 lines and a 本部门…无… note under the table. */
function footer(ws: ExcelJS.Worksheet, row: number, notes: string[], width: number): void {
  notes.forEach((note, k) => {
    ws.getCell(row + 1 + k, 1).value = note;
    merge(ws, row + 1 + k, 1, row + 1 + k, width);
  });
}

/**
 * Header rows of a coded table: 项目 over 功能分类科目 (类/款/项) and 科目名称, the amount columns (groups
 * split on the second row), then the 类/款/项/栏次 row with the column numbers. Returns the first data row.
 */
function codedHeader(
  ws: ExcelJS.Worksheet,
  top: number,
  codeHeader: string,
  columns: HeaderColumn[],
): number {
  text(ws, top, 1, "项目", true);
  merge(ws, top, 1, top, 4);
  text(ws, top + 1, 1, codeHeader, true);
  merge(ws, top + 1, 1, top + 1, 3);
  text(ws, top + 1, 4, "科目名称", true);
  ["类", "款", "项", "栏次"].forEach((label, k) => text(ws, top + 2, 1 + k, label, true));
  let c = 5;
  let number = 1;
  for (const column of columns) {
    if (column.children) {
      text(ws, top, c, column.label, true);
      merge(ws, top, c, top, c + column.children.length - 1);
      for (const child of column.children) {
        text(ws, top + 1, c, child, true);
        text(ws, top + 2, c++, String(number++), true);
      }
    } else {
      text(ws, top, c, column.label, true);
      merge(ws, top, c, top + 1, c);
      text(ws, top + 2, c++, String(number++), true);
    }
  }
  return top + 3;
}

function codedSheet(
  wb: ExcelJS.Workbook,
  d: Disclosure,
  sheet: string,
  title: string,
  codeHeader: string,
  columns: HeaderColumn[],
  table: CodedTable,
  note: string,
): void {
  const width = 4 + columns.reduce((n, c) => n + (c.children?.length ?? 1), 0);
  const ws = wb.addWorksheet(sheet);
  ws.columns = [4, 4, 4, 34, ...Array<number>(width - 4).fill(14)].map((w) => ({ width: w }));
  let r = codedHeader(ws, heading(ws, d, title, sheet, width), codeHeader, columns);
  text(ws, r, 1, "合计", true);
  merge(ws, r, 1, r, 4);
  table.total.forEach((a, k) => amount(ws, r, 5 + k, a));
  for (const row of table.rows) {
    r++;
    text(ws, r, 1, row.code);
    merge(ws, r, 1, r, 3);
    text(ws, r, 4, row.name);
    row.amounts.forEach((a, k) => amount(ws, r, 5 + k, a));
  }
  footer(ws, r + 1, [note, ...(table.emptyNote ? [table.emptyNote] : [])], width);
}

/** A 总表: 收入 panel (项目, 行次, 金额) beside a 支出 panel (项目, 行次, one or more amounts). */
function panelSheet(
  wb: ExcelJS.Workbook,
  d: Disclosure,
  sheet: string,
  title: string,
  lines: Disclosure["szzb"],
  incomeHeader: string,
  expenseColumns: HeaderColumn,
  notes: string[],
): void {
  const exWidth = expenseColumns.children?.length ?? 1;
  const width = 5 + exWidth;
  const ws = wb.addWorksheet(sheet);
  ws.columns = [34, 6, 14, 34, 6, ...Array<number>(exWidth).fill(14)].map((w) => ({ width: w }));
  const top = heading(ws, d, title, sheet, width);
  text(ws, top, 1, "收入", true);
  merge(ws, top, 1, top, 3);
  text(ws, top, 4, "支出", true);
  merge(ws, top, 4, top, width);
  const deep = expenseColumns.children !== undefined;
  const labelRows = deep ? 2 : 1;
  [
    [1, "项目"],
    [2, "行次"],
    [3, incomeHeader],
    [4, "项目"],
    [5, "行次"],
  ].forEach(([c, label]) => {
    text(ws, top + 1, c as number, label as string, true);
    merge(ws, top + 1, c as number, top + labelRows, c as number);
  });
  text(ws, top + 1, 6, expenseColumns.label, true);
  merge(ws, top + 1, 6, top + 1, width);
  expenseColumns.children?.forEach((child, k) => text(ws, top + 2, 6 + k, child, true));
  const numbers = top + 1 + labelRows;
  text(ws, numbers, 1, "栏次", true);
  text(ws, numbers, 2, "", true);
  text(ws, numbers, 3, "1", true);
  text(ws, numbers, 4, "栏次", true);
  text(ws, numbers, 5, "", true);
  for (let k = 0; k < exWidth; k++) text(ws, numbers, 6 + k, String(2 + k), true);
  let r = numbers;
  for (const { income, expense } of lines) {
    r++;
    text(ws, r, 1, income.name);
    ws.getCell(r, 2).value = income.line;
    ws.getCell(r, 2).border = THIN;
    amount(ws, r, 3, income.amounts[0]);
    text(ws, r, 4, expense.name);
    ws.getCell(r, 5).value = expense.line;
    ws.getCell(r, 5).border = THIN;
    expense.amounts.forEach((a, k) => amount(ws, r, 6 + k, a));
  }
  footer(ws, r + 1, notes, width);
}

function jbzcSheet(wb: ExcelJS.Workbook, d: Disclosure): void {
  const sheet = "公开06表";
  const width = 9;
  const ws = wb.addWorksheet(sheet);
  ws.columns = [10, 28, 12, 10, 28, 12, 10, 24, 12].map((w) => ({ width: w }));
  const top = heading(ws, d, "一般公共预算财政拨款基本支出决算明细表", sheet, width);
  text(ws, top, 1, "人员经费", true);
  merge(ws, top, 1, top, 3);
  text(ws, top, 4, "公用经费", true);
  merge(ws, top, 4, top, 9);
  for (let p = 0; p < 3; p++) {
    text(ws, top + 1, 1 + 3 * p, "经济分类科目编码", true);
    text(ws, top + 1, 2 + 3 * p, "科目名称", true);
    text(ws, top + 1, 3 + 3 * p, "决算数", true);
  }
  const { personnel, goods, capital } = d.jbzc;
  const height = Math.max(personnel.length, goods.length, capital.length);
  const put = (r: number, c: number, row: EconomicRow | undefined) => {
    text(ws, r, c, row?.code ?? "");
    text(ws, r, c + 1, row?.name ?? "");
    amount(ws, r, c + 2, row?.amount ?? null);
  };
  for (let k = 0; k < height; k++) {
    const r = top + 2 + k;
    put(r, 1, personnel[k]);
    put(r, 4, goods[k]);
    put(r, 7, capital[k]);
  }
  const last = top + 2 + height;
  text(ws, last, 1, "人员经费合计", true);
  merge(ws, last, 1, last, 2);
  amount(ws, last, 3, d.jbzc.personnelTotal);
  text(ws, last, 4, "公用经费合计", true);
  merge(ws, last, 4, last, 8);
  amount(ws, last, 9, d.jbzc.publicTotal);
  footer(ws, last + 1, ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"], width);
}

const SG_COLUMNS: HeaderColumn[] = [
  { label: "合计" },
  { label: "因公出国（境）费" },
  { label: "公务用车购置及运行维护费", children: ["小计", "公务用车购置费", "公务用车运行维护费"] },
  { label: "公务接待费" },
];

function sgSheet(wb: ExcelJS.Workbook, d: Disclosure): void {
  const sheet = "公开09表";
  const width = 12;
  const ws = wb.addWorksheet(sheet);
  ws.columns = Array.from({ length: width }, () => ({ width: 12 }));
  const top = heading(ws, d, "财政拨款“三公”经费支出决算表", sheet, width);
  ["预算数", "决算数"].forEach((panel, p) => {
    const left = 1 + 6 * p;
    text(ws, top, left, panel, true);
    merge(ws, top, left, top, left + 5);
    let c = left;
    for (const column of SG_COLUMNS) {
      text(ws, top + 1, c, column.label, true);
      if (column.children) {
        merge(ws, top + 1, c, top + 1, c + column.children.length - 1);
        for (const child of column.children) text(ws, top + 2, c++, child, true);
      } else {
        merge(ws, top + 1, c, top + 2, c);
        c++;
      }
    }
  });
  for (let c = 1; c <= width; c++) text(ws, top + 3, c, String(c), true);
  const r = top + 4;
  [...d.sg.budget, ...d.sg.actual].forEach((a, k) => amount(ws, r, 1 + k, a));
  footer(
    ws,
    r + 1,
    [
      "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
      ...(d.sg.emptyNote ? [d.sg.emptyNote] : []),
    ],
    width,
  );
}

/** Adds the nine sheets 公开01表 … 公开09表 to `wb`. */
export function addDisclosureSheets(wb: ExcelJS.Workbook, d: Disclosure): void {
  panelSheet(wb, d, "公开01表", "收入支出决算总表", d.szzb, "金额", { label: "金额" }, [
    "注：1. 本表反映部门本年度的总收入和年末结转结余情况。",
    "2. 本套报表金额单位转换时可能存在尾数误差。",
  ]);
  codedSheet(
    wb,
    d,
    "公开02表",
    "收入决算表",
    "功能分类科目",
    [
      "本年收入合计",
      "财政拨款收入",
      "上级补助收入",
      "事业收入",
      "经营收入",
      "附属单位上缴收入",
      "其他收入",
    ].map((label) => ({ label })),
    d.sr,
    "注：本表反映部门本年度取得的各项收入情况。",
  );
  codedSheet(
    wb,
    d,
    "公开03表",
    "支出决算表",
    "功能分类科目",
    ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"].map(
      (label) => ({
        label,
      }),
    ),
    d.zc,
    "注：本表反映部门本年度各项支出情况。",
  );
  panelSheet(
    wb,
    d,
    "公开04表",
    "财政拨款收入支出决算总表",
    d.czzb,
    "决算数",
    {
      label: "决算数",
      children: ["小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    },
    [
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    ],
  );
  codedSheet(
    wb,
    d,
    "公开05表",
    "一般公共预算财政拨款支出决算表",
    "功能分类科目编码",
    [{ label: "本年支出", children: ["小计", "基本支出", "项目支出"] }],
    d.ybzc,
    "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
  );
  jbzcSheet(wb, d);
  codedSheet(
    wb,
    d,
    "公开07表",
    "政府性基金预算财政拨款收入支出决算表",
    "功能分类科目",
    [
      { label: "年初结转和结余" },
      { label: "本年收入" },
      { label: "本年支出", children: ["小计", "基本支出", "项目支出"] },
      { label: "年末结转和结余" },
    ],
    d.jj,
    "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
  );
  codedSheet(
    wb,
    d,
    "公开08表",
    "国有资本经营预算财政拨款支出决算表",
    "功能分类科目",
    [{ label: "本年支出", children: ["合计", "基本支出", "项目支出"] }],
    d.gz,
    "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
  );
  sgSheet(wb, d);
}
