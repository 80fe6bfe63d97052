import { Severity } from "../engine/findings";

/** Every text the panel shows, Chinese first. Keys are shared so a missing translation is a type error. */
const zh = {
  appTitle: "决算助手",
  check: "检查",
  checking: "正在检查…",
  reading: "正在读取工作簿…",
  mark: "标记",
  clearMarks: "清除标记",
  exportReview: "导出审核表",
  autoCheck: "编辑后自动检查",
  tabFindings: "检查结果",
  tabTables: "表格",
  tabSettings: "设置",
  notChecked: "点击“检查”开始检查当前工作簿。",
  noFindings: "未发现问题。",
  noMatch: "没有符合筛选条件的问题。",
  tablesFound: "识别到的表格",
  search: "搜索问题、单元格…",
  expected: "应为",
  actual: "实为",
  difference: "差额",
  cells: "单元格",
  moreCells: "等另 {n} 个",
  otherTable: "其他",
  perfTable: "绩效自评表",
  marked: "已标记 {n} 个单元格。",
  cleared: "已清除 {n} 个单元格的标记。",
  exported: "审核表已导出。",
  failed: "操作失败：{msg}",
  notFound: "未识别到",
  assign: "指定为所选区域",
  assigned: "手动指定",
  removeAssignment: "取消指定",
  selectFirst: "请先在工作表中选中“{title}”的区域，再点击“指定为所选区域”。",
  assignedTo: "已将“{title}”指定为 {sheet}!{range}。",
  assignmentRemoved: "已取消“{title}”的指定。",
  language: "语言",
  ruleGroups: "检查规则",
  roundingSlack: "尾差容忍度",
  slack0: "严格（按规则）",
  slack1: "放宽 0.01 万元",
  slack2: "放宽 0.02 万元",
  filterSeverity: "按严重程度筛选",
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: "Juesuan",
  check: "Check",
  checking: "Checking…",
  reading: "Reading the workbook…",
  mark: "Mark",
  clearMarks: "Clear marks",
  exportReview: "Export review",
  autoCheck: "Re-check after edits",
  tabFindings: "Findings",
  tabTables: "Tables",
  tabSettings: "Settings",
  notChecked: "Click “Check” to check this workbook.",
  noFindings: "No problems found.",
  noMatch: "No findings match the filter.",
  tablesFound: "Tables found",
  search: "Search findings, cells…",
  expected: "Expected",
  actual: "Actual",
  difference: "Difference",
  cells: "Cells",
  moreCells: "and {n} more",
  otherTable: "Other",
  perfTable: "Performance self-evaluation",
  marked: "Marked {n} cells.",
  cleared: "Cleared the marks of {n} cells.",
  exported: "Review exported.",
  failed: "Failed: {msg}",
  notFound: "Not found",
  assign: "Assign the selected range",
  assigned: "Assigned",
  removeAssignment: "Remove",
  selectFirst: "Select the range of “{title}” in the sheet first, then click “Assign the selected range”.",
  assignedTo: "“{title}” is now {sheet}!{range}.",
  assignmentRemoved: "Removed the assignment of “{title}”.",
  language: "Language",
  ruleGroups: "Rules",
  roundingSlack: "Rounding tolerance",
  slack0: "Strict (the rule as written)",
  slack1: "0.01 万元 more",
  slack2: "0.02 万元 more",
  filterSeverity: "Filter by severity",
};

const SEVERITY_NAMES: Record<"zh" | "en", Record<Severity, string>> = {
  zh: { error: "错误", rounding: "尾差", warning: "警告", info: "提示" },
  en: { error: "Errors", rounding: "Rounding", warning: "Warnings", info: "Notes" },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: "zh" | "en"): Translate {
  const table = lang === "en" ? en : zh;
  return (key, params) => table[key].replace(/\{(\w+)\}/g, (m, name: string) => String(params?.[name] ?? m));
}

export function severityName(lang: "zh" | "en", severity: Severity): string {
  return SEVERITY_NAMES[lang][severity];
}
