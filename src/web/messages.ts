import { Lang } from "../engine";

/** The page's own texts around the panel, Chinese first; the panel's language setting picks one. */
const zh = {
  openFile: "打开文件",
  openSample: "打开示例",
  opening: "正在打开…",
  dropHint:
    "将 .xlsx 部门决算工作簿拖放到这里（可连同其 .docx / .txt 情况说明一起拖入），或点击“打开文件”“打开示例”。",
  cannotOpen: "无法打开 {name}：{msg}",
  sampleMissing: "示例文件缺失（{status}）",
  noWorkbook: "尚未打开工作簿：请打开 .xlsx 文件或示例。",
  emptySheet: "工作表“{sheet}”是空的。",
  noSheets: "{name} 中没有工作表。",
  unreadable: "浏览器读不到这个文件（可能是文件夹，或文件已被移动、删除）",
  oneFileOnly: "一次只能打开一个文件（拖入了 {count} 个：{names}），请只拖入一个。",
  oneNarrativeOnly: "一个工作簿只能配对一个情况说明文件（拖入了 {count} 个：{names}），请只拖入一个。",
  narrativePaired: "情况说明：{name}",
  narrativePending: "情况说明：{name}（将与下一个打开的工作簿配对）",
  narrativeUnpaired: "未配对情况说明文件（检查时查找工作簿中的情况说明表）",
  narrativeParagraph: "{source} 第 {n} 段",
};

const en: Record<keyof typeof zh, string> = {
  openFile: "Open file",
  openSample: "Open sample",
  opening: "Opening…",
  dropHint:
    "Drop a departmental final-account .xlsx here (with its .docx / .txt narrative, if you like), or click “Open file” or “Open sample”.",
  cannotOpen: "Cannot open {name}: {msg}",
  sampleMissing: "The sample file is missing ({status})",
  noWorkbook: "No workbook is open: open an .xlsx file or the sample.",
  emptySheet: "Sheet “{sheet}” is empty.",
  noSheets: "{name} has no sheets.",
  unreadable: "The browser cannot read this file (a folder, or a file moved or deleted since)",
  oneFileOnly: "Open one file at a time ({count} were dropped: {names}); drop just one.",
  oneNarrativeOnly:
    "A workbook pairs with one narrative file ({count} were dropped: {names}); drop just one.",
  narrativePaired: "Narrative: {name}",
  narrativePending: "Narrative: {name} (paired with the next workbook opened)",
  narrativeUnpaired: "No narrative file paired (checks look for a narrative sheet in the workbook)",
  narrativeParagraph: "{source}, paragraph {n}",
};

export type PageMessage = keyof typeof zh;

export function pageText(lang: Lang, key: PageMessage, params: Record<string, string | number> = {}): string {
  return (lang === "en" ? en : zh)[key].replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));
}
