/** The texts of a finding's 说明, Chinese first (kept beside the editor, like the 规则 view's). */
const zh = {
  add: "说明",
  edit: "修改说明",
  label: "说明",
  explained: "已说明",
  placeholder: "写明原因，例如：经核实，差额为……所致。保存后随工作簿保存，数字变化后需重新说明。",
  save: "保存",
  cancel: "取消",
  remove: "删除说明",
  count: "已说明 {n} 条",
  saved: "说明已保存。",
  removed: "说明已删除。",
};

const en: typeof zh = {
  add: "Explain",
  edit: "Edit explanation",
  label: "Explanation",
  explained: "Explained",
  placeholder:
    "Say why, e.g. the difference comes from …. Kept with the workbook; a change in the figures needs a new one.",
  save: "Save",
  cancel: "Cancel",
  remove: "Remove explanation",
  count: "{n} explained",
  saved: "Explanation saved.",
  removed: "Explanation removed.",
};

export type ExplanationText = typeof zh;

export function explanationText(lang: "zh" | "en"): ExplanationText {
  return lang === "en" ? en : zh;
}
