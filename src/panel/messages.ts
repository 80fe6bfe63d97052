import { Severity } from "../engine";

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
  selectFirstGrid:
    "请先在左侧表格中拖动鼠标选中“{title}”的区域（或点击第一个单元格，再按住 Shift 点击最后一个单元格；拖到边缘时表格会自动滚动），然后点击“指定为所选区域”。",
  assignedTo: "已将“{title}”指定为 {sheet}!{range}。",
  assignmentRemoved: "已取消“{title}”的指定。",
  language: "语言",
  ruleGroups: "检查规则",
  roundingSlack: "尾差容忍度",
  slack0: "严格（按规则）",
  slack1: "放宽 0.01 万元",
  slack2: "放宽 0.02 万元",
  filterSeverity: "按严重程度筛选",
  markedSomeProtected:
    "已标记 {n} 个单元格。工作表“{sheets}”受保护，其中的单元格未标记；撤销保护后可再次标记。",
  clearedSomeProtected:
    "已清除 {n} 个单元格的标记。工作表“{sheets}”受保护，其中的标记保留；撤销保护后再点击“清除标记”。",
  markedOverCap:
    "已标记 {n} 个单元格，另有 {skipped} 个未标记（超出上限）。请先按严重程度或文字筛选，或清除标记后再标记。",
  clearedSomeChanged:
    "已清除 {n} 个单元格的标记。另有 {changed} 个单元格在标记后改过填充颜色（或排序后换了位置），保持不变。",
  errProtected: "工作表或工作簿受保护，无法更改。请撤销保护后重试，工作簿中的数据未受影响。",
  errSheetMissing: "找不到要操作的工作表，它可能已被删除或重命名。请重新检查后再试。",
  errTooLarge: "一次要处理的数据过多，Excel 拒绝了请求。请先按严重程度或文字筛选，减少问题后重试。",
  errSelectHidden: "无法选中“{sheet}”中的单元格：该工作表已隐藏或已不存在。",
  errOldExcel:
    "此版本的 Excel 不支持标记所需的接口（ExcelApi 1.9：Microsoft 365 或 Excel 2021 及以后版本）。检查和导出审核表不受影响。",
  tabNarrative: "情况说明",
  narrativeGroup: "情况说明",
  narrativeCoverage: "情况说明已核对 {figures} 个数字：一致 {matched}，错误 {wrong}，未能核对 {unchecked}",
  narrativeUsedSheet: "本次检查使用工作簿中的情况说明表“{source}”（{n} 段）。",
  narrativeUsedGiven: "本次检查使用 {source}（{n} 段）。",
  narrativeGiven: "检查时将使用 {source}（{n} 段）。",
  narrativeNone: "未提供情况说明文件：检查时查找工作簿中的情况说明表。也可打开 .docx / .txt 文件或粘贴文字。",
  narrativeNotFound: "工作簿中没有找到情况说明表。可打开 .docx / .txt 文件或粘贴文字，检查时即使用它。",
  narrativeOpen: "打开 .docx / .txt",
  narrativePaste: "粘贴情况说明的文字",
  narrativeUsePasted: "使用粘贴的文字",
  narrativeRemove: "不再使用",
  narrativeSaved: "已保存情况说明 {source}（{n} 段），检查时将使用它。",
  previousOpen: "上年报表…",
  previousPaired: "上年报表：{name}",
  previousRemove: "移除上年报表",
  previousOpened: "已打开上年报表 {name}，检查时与它做跨年对照。",
  previousRemoved: "已移除上年报表 {name}，不再做跨年对照。",
  previousUnreadable: "上年报表 {name} 无法打开：{msg}",
  previousCell: "上年报表的单元格，不在当前工作簿中",
  previousWrongYear: "{name} 是 {year} 年度的报表，当前工作簿为 {current} 年度，未做跨年对照",
  previousOtherDepartment: "{name} 的单位为“{department}”，当前工作簿为“{current}”，未做跨年对照",
  narrativeRemoved: "已移除 {source}，检查时查找工作簿中的情况说明表。",
  narrativeEmptyPaste: "粘贴的文字中没有内容。",
  narrativeTooLarge: "情况说明 {source} 过长（{n} 个字，超过 {max} 个），无法保存在工作簿中。",
  narrativeParagraph: "说明第 {n} 段",
  narrativeShowCell: "选中该段所在的单元格",
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
  selectFirstGrid:
    "Select the range of “{title}” in the grid on the left first: drag over it (the grid scrolls at its edges), or click its first cell and Shift+click its last; then click “Assign the selected range”.",
  assignedTo: "“{title}” is now {sheet}!{range}.",
  assignmentRemoved: "Removed the assignment of “{title}”.",
  language: "Language",
  ruleGroups: "Rules",
  roundingSlack: "Rounding tolerance",
  slack0: "Strict (the rule as written)",
  slack1: "0.01 万元 more",
  slack2: "0.02 万元 more",
  filterSeverity: "Filter by severity",
  markedSomeProtected:
    "Marked {n} cells. Sheet “{sheets}” is protected and its cells were not marked; unprotect it to mark them.",
  clearedSomeProtected:
    "Cleared the marks of {n} cells. Sheet “{sheets}” is protected and keeps its marks; unprotect it, then clear again.",
  markedOverCap:
    "Marked {n} cells; {skipped} more were not marked (over the limit). Filter the findings, or clear the marks, then mark again.",
  clearedSomeChanged:
    "Cleared the marks of {n} cells. {changed} cells whose fill was changed after marking (or that a sort moved) were left as they are.",
  errProtected:
    "A sheet or the workbook is protected and cannot be changed. Unprotect it and try again; no data was changed.",
  errSheetMissing:
    "A sheet the add-in needs is gone: it may have been deleted or renamed. Check again, then retry.",
  errTooLarge:
    "Too much to do in one request for Excel. Filter the findings by severity or text, then retry.",
  errSelectHidden: "Cannot select cells in “{sheet}”: the sheet is hidden or gone.",
  errOldExcel:
    "This Excel lacks the API marks need (ExcelApi 1.9: Microsoft 365, or Excel 2021 and later). Checking and the review sheet still work.",
  tabNarrative: "Narrative",
  narrativeGroup: "Narrative (情况说明)",
  narrativeCoverage:
    "Narrative: {figures} figures read: {matched} match, {wrong} wrong, {unchecked} could not be checked",
  narrativeUsedSheet: "This check used the workbook's narrative sheet “{source}” ({n} paragraphs).",
  narrativeUsedGiven: "This check used {source} ({n} paragraphs).",
  narrativeGiven: "Checks will use {source} ({n} paragraphs).",
  narrativeNone:
    "No narrative file given: checks look for a narrative sheet in the workbook. You can also open a .docx / .txt file or paste the text.",
  narrativeNotFound:
    "No narrative sheet was found in the workbook. Open a .docx / .txt file or paste the text, and checks will use it.",
  narrativeOpen: "Open .docx / .txt",
  narrativePaste: "Paste the narrative's text",
  narrativeUsePasted: "Use the pasted text",
  narrativeRemove: "Stop using it",
  narrativeSaved: "Kept the narrative {source} ({n} paragraphs); checks will use it.",
  previousOpen: "Last year's report…",
  previousPaired: "Last year's report: {name}",
  previousRemove: "Remove last year's report",
  previousOpened: "Opened last year's report {name}; checks compare with it.",
  previousRemoved: "Removed last year's report {name}; no cross-year comparison.",
  previousUnreadable: "Last year's report {name} cannot be opened: {msg}",
  previousCell: "A cell of last year's report, not in this workbook",
  previousWrongYear: "{name} is the {year} report and this workbook {current}: not compared",
  previousOtherDepartment: "{name} is of “{department}”, this workbook of “{current}”: not compared",
  narrativeRemoved: "Removed {source}; checks look for a narrative sheet in the workbook.",
  narrativeEmptyPaste: "The pasted text is empty.",
  narrativeTooLarge:
    "The narrative {source} is too long ({n} characters, over {max}) to keep in the workbook.",
  narrativeParagraph: "Narrative paragraph {n}",
  narrativeShowCell: "Select the paragraph's cell",
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
