import { defineCheck } from "../catalogue";

/**
 * The narrative's checks (group "narrative"). Every message starts with where the words stand:
 * {where} = 说明第9段“卫生健康支出类支出 137.96 万元，占 4.77%”.
 */

export const AMOUNT = defineCheck({
  id: "NARR.amount",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：{quote} ≠ {cell} {value}",
    en: "{where}: {quote} ≠ {cell} {value}",
  },
  describe: {
    zh: "情况说明中的金额等于表中对应单元格（含尾差判断）",
    en: "An amount in the narrative equals its table cell (rounding differences told apart)",
  },
});

export const SHARE = defineCheck({
  id: "NARR.share",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：{part} ÷ {base}（{baseName}）= {computed}%，文中为 {quote}",
    en: "{where}: {part} ÷ {base} ({baseName}) = {computed}%, the text says {quote}",
  },
  describe: {
    zh: "占比 = 金额 ÷ 其基数，按文中小数位比较",
    en: "A share equals its amount over the right base, at the printed decimals",
  },
});

export const SHARE_ZERO = defineCheck({
  id: "NARR.share.zero-base",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：基数{baseName}为 0，不能计算占比 {quote}",
    en: "{where}: the base {baseName} is 0, so there is no share {quote}",
  },
});

export const YOY_RATE = defineCheck({
  id: "NARR.yoy.rate",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：上年 = {current} {sign} {delta} = {previous}，增减率 = {delta} ÷ {previous} = {computed}%，文中为 {quote}",
    en: "{where}: last year = {current} {sign} {delta} = {previous}; the change is {delta} ÷ {previous} = {computed}%, the text says {quote}",
  },
  describe: {
    zh: "同比增减率 = 增减额 ÷ 上年数（上年 = 本年 ∓ 增减额）",
    en: "A year-on-year rate equals the change over last year's figure (this year ∓ the change)",
  },
});

export const YOY_PREVIOUS = defineCheck({
  id: "NARR.yoy.previous",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：本年 {current} − 上年报表（{file}）{previous} = {computed}，文中增减额为 {quote}",
    en: "{where}: this year {current} − last year's report ({file}) {previous} = {computed}, the text says {quote}",
  },
  describe: {
    zh: "有上年报表时，同比增减额 = 本年数 − 上年报表的数",
    en: "With last year's report, a year-on-year change is this year's figure minus last year's table figure",
  },
});

export const YOY_PREVIOUS_RATE = defineCheck({
  id: "NARR.yoy.previous-rate",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：增减率 = {delta} ÷ 上年报表（{file}）{previous} = {computed}%，文中为 {quote}",
    en: "{where}: the change is {delta} ÷ last year's report ({file}) {previous} = {computed}%, the text says {quote}",
  },
  describe: {
    zh: "有上年报表时，同比增减率 = 增减额 ÷ 上年报表的数",
    en: "With last year's report, a year-on-year rate is the change over last year's table figure",
  },
});

export const YOY_ZERO = defineCheck({
  id: "NARR.yoy.zero-base",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：上年 = {current} {sign} {delta} = 0，上年为 0 时不能计算增减率（文中为 {quote}）",
    en: "{where}: last year = {current} {sign} {delta} = 0; there is no rate on a zero base (the text says {quote})",
  },
});

export const YOY_DIRECTION = defineCheck({
  id: "NARR.yoy.direction",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：“{first}”与“{second}”方向相反",
    en: "{where}: “{first}” and “{second}” go opposite ways",
  },
});

export const YOY_FLAT = defineCheck({
  id: "NARR.yoy.flat",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：写“持平”，但增减为 {quote}",
    en: "{where}: says “unchanged” (持平) but gives a change of {quote}",
  },
});

export const RATE = defineCheck({
  id: "NARR.rate",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：{actual} ÷ {denominatorName} {denominator} = {computed}%，文中为 {quote}",
    en: "{where}: {actual} ÷ {denominatorName} {denominator} = {computed}%, the text says {quote}",
  },
  describe: {
    zh: "完成率 = 决算数 ÷ 文中所称的预算数（年初预算/全年预算/调整预算）",
    en: "A completion rate equals the outturn over the budget it names (年初/全年/调整预算)",
  },
});

export const RATE_ZERO = defineCheck({
  id: "NARR.rate.zero",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：{denominatorName}为 {denominator}，预算为 0 时不能计算完成率（文中为 {quote}）",
    en: "{where}: {denominatorName} is {denominator}; there is no completion rate on a zero budget (the text says {quote})",
  },
});

export const RATE_DENOMINATOR = defineCheck({
  id: "NARR.rate.denominator",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：文中称完成{named}的 {quote}，但这是按{other} {otherValue} 计算的（{actual} ÷ {otherValue} = {computed}%）",
    en: "{where}: the text gives {quote} of {named}, but it was computed on {other} {otherValue} ({actual} ÷ {otherValue} = {computed}%)",
  },
});

export const RELATION = defineCheck({
  id: "NARR.relation",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：“{quote}”不成立：{left} 与 {right}",
    en: "{where}: “{quote}” does not hold: {left} against {right}",
  },
  describe: {
    zh: "大于/小于/等于/持平 与文中两个数相符",
    en: "大于/小于/等于/持平 agree with the two figures the sentence gives",
  },
});

export const PARTS = defineCheck({
  id: "NARR.parts",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：{total} {relation} {parts} = {sum}",
    en: "{where}: {total} {relation} {parts} = {sum}",
  },
  describe: {
    zh: "同一句中的总额等于（或不小于）所列各项之和",
    en: "A total equals (or is at least) the parts listed in the same sentence",
  },
});

export const REPEAT = defineCheck({
  id: "NARR.repeat",
  group: "narrative",
  severity: "error",
  messages: {
    zh: "{where}：{name}写作 {quote}，第{first}段写作 {firstQuote}",
    en: "{where}: {name} is given as {quote}; paragraph {first} gives {firstQuote}",
  },
  describe: {
    zh: "同一数额在情况说明中前后一致",
    en: "The same quantity is stated the same way throughout the narrative",
  },
});

export const PLACEHOLDER = defineCheck({
  id: "NARR.placeholder",
  group: "narrative",
  severity: "warning",
  messages: {
    zh: "{where}：模板占位文字“{quote}”未替换",
    en: "{where}: template placeholder “{quote}” left in",
  },
});

export const YEAR = defineCheck({
  id: "NARR.year",
  group: "narrative",
  severity: "warning",
  messages: {
    zh: "{where}：“{quote}”中的年份应为 {expected} 年（报告年度 {year}）",
    en: "{where}: the year in “{quote}” should be {expected} (report year {year})",
  },
});

export const PERCENT_SIGN = defineCheck({
  id: "NARR.percent-sign",
  group: "narrative",
  severity: "warning",
  messages: {
    zh: "{where}：比例“{quote}”缺少 %",
    en: "{where}: the share “{quote}” has no % sign",
  },
});

export const CLASS_NAME = defineCheck({
  id: "NARR.class-name",
  group: "narrative",
  severity: "warning",
  messages: {
    zh: "{where}：类名称“{quote}”与表中“{name}”不一致（旧版科目名称）",
    en: "{where}: the class name “{quote}” differs from the tables' “{name}” (a former edition's name)",
  },
});
