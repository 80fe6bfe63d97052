/** The 规则 view's texts, Chinese first (kept beside the view: the panel's own list stays its own). */
const zh = {
  tab: "规则",
  userRules: "审核公式（自定义规则）",
  whereExcel: "保存在本工作簿的“审核公式”工作表中，每行一条规则。",
  whereBrowser: "保存在本浏览器中，只用于这个工作簿。",
  none: "还没有自定义规则。",
  add: "添加规则",
  edit: "编辑",
  remove: "删除",
  save: "保存",
  cancel: "取消",
  test: "在当前工作簿上测试",
  enabled: "启用",
  id: "编号",
  rule: "规则",
  example: "例：{T_SG, 数据行, 决算数.公务接待费} ≥ {T_JBZC, 码=30217, 决算数} [级别=错误]",
  parseError: "第 {char} 个字符（“{at}”）：{reason}",
  parseEnd: "在规则末尾：{reason}",
  valid: "语法正确。",
  idTaken: "编号 {id} 已被另一条规则使用。",
  holds: "规则在当前工作簿上成立，未发现问题。",
  testFindings: "测试发现 {n} 处问题：",
  testing: "正在测试…",
  builtIn: "内置规则（{n} 条）",
  switchOff: "关闭",
  switchedOff: "已关闭",
};

const en: typeof zh = {
  tab: "Rules",
  userRules: "审核公式 (your own rules)",
  whereExcel: "Kept in this workbook's 审核公式 sheet, one rule a row.",
  whereBrowser: "Kept in this browser, for this workbook only.",
  none: "No rules of your own yet.",
  add: "Add a rule",
  edit: "Edit",
  remove: "Delete",
  save: "Save",
  cancel: "Cancel",
  test: "Test on the open workbook",
  enabled: "On",
  id: "Id (编号)",
  rule: "Rule",
  example: "e.g. {T_SG, 数据行, 决算数.公务接待费} ≥ {T_JBZC, 码=30217, 决算数} [级别=错误]",
  parseError: "Character {char} (“{at}”): {reason}",
  parseEnd: "At the end of the rule: {reason}",
  valid: "The rule reads well.",
  idTaken: "Another rule already has the id {id}.",
  holds: "The rule holds on the open workbook: nothing found.",
  testFindings: "The test found {n}:",
  testing: "Testing…",
  builtIn: "Built-in rules ({n})",
  switchOff: "Switch off",
  switchedOff: "Switched off",
};

export type RulesText = typeof zh;

export function rulesText(lang: "zh" | "en"): RulesText {
  return lang === "en" ? en : zh;
}
