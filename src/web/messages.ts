import { Lang } from "../engine/findings";

/** The page's own texts around the panel, Chinese first; the panel's language setting picks one. */
const zh = {
  openFile: "打开文件",
  openSample: "打开示例",
  opening: "正在打开…",
  dropHint: "将 .xlsx 部门决算工作簿拖放到这里，或点击“打开文件”“打开示例”。",
  cannotOpen: "无法打开 {name}：{msg}",
  sampleMissing: "示例文件缺失（{status}）",
  noWorkbook: "尚未打开工作簿：请打开 .xlsx 文件或示例。",
  emptySheet: "工作表“{sheet}”是空的。",
  noSheets: "{name} 中没有工作表。",
  unreadable: "浏览器读不到这个文件（可能是文件夹，或文件已被移动、删除）",
  oneFileOnly: "一次只能打开一个文件（拖入了 {count} 个：{names}），请只拖入一个。",
};

const en: Record<keyof typeof zh, string> = {
  openFile: "Open file",
  openSample: "Open sample",
  opening: "Opening…",
  dropHint: "Drop a departmental final-account .xlsx here, or click “Open file” or “Open sample”.",
  cannotOpen: "Cannot open {name}: {msg}",
  sampleMissing: "The sample file is missing ({status})",
  noWorkbook: "No workbook is open: open an .xlsx file or the sample.",
  emptySheet: "Sheet “{sheet}” is empty.",
  noSheets: "{name} has no sheets.",
  unreadable: "The browser cannot read this file (a folder, or a file moved or deleted since)",
  oneFileOnly: "Open one file at a time ({count} were dropped: {names}); drop just one.",
};

export type PageMessage = keyof typeof zh;

export function pageText(lang: Lang, key: PageMessage, params: Record<string, string | number> = {}): string {
  return (lang === "en" ? en : zh)[key].replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));
}
