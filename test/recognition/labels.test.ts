import { classCode, codeDigits, splitCodeName, stripNumbering } from "../../src/engine/tables/labels";
import { matchTitle } from "../../src/engine/tables/titles";

/** One function's cases: [input, expected] pairs, named by the function. */
const cases = <T>(fn: (text: string) => T, pairs: [string, T][]) =>
  pairs.map(([text, expected]) => [fn.name, text, expected, fn] as const);

describe("row labels", () => {
  it.each([
    // The numbering of a name goes; the digits of an amount-like name stay.
    ...cases(stripNumbering, [
      ["一、一般公共服务支出", "一般公共服务支出"],
      ["二十六、抗疫特别国债安排的支出", "抗疫特别国债安排的支出"],
      ["（一）基本工资", "基本工资"],
      ["(3) 奖金", "奖金"],
      ["1. 本表反映", "本表反映"],
      ["2、事业收入", "事业收入"],
      ["  本年收入 合计 ", "本年收入合计"],
      ["1.5倍", "1.5倍"],
      ["行政运行", "行政运行"],
    ]),
    // Codes written with spaces, dashes or full-width digits.
    ...cases(codeDigits, [
      ["201 03 01", "2010301"],
      ["２０１", "201"],
      ["201-03", "20103"],
      ["行政运行", undefined],
    ]),
    // A code before its name, with or without a space; not a year, not a code alone.
    ...cases(splitCodeName, [
      ["2010301 行政运行", { code: "2010301", name: "行政运行" }],
      ["30101基本工资", { code: "30101", name: "基本工资" }],
      ["2024年度", undefined],
      ["2010301", undefined],
    ]),
    // A 类 code by its name, old names included.
    ...cases(classCode, [
      ["卫生健康支出", "210"],
      ["医疗卫生与计划生育支出", "210"],
      ["文化体育与传媒支出", "207"],
      ["住房保障支出（类）", "221"],
      ["本年支出合计", undefined],
    ]),
  ])("%s(%j) is %j", (_name, text, expected, fn) => {
    expect(fn(text)).toEqual(expected);
  });
});

describe("titles", () => {
  it.each([
    ["2024 年度收入支出决算总表", "T_SZZB"],
    ["武汉市硚口区行政审批局2024年度部门收支决算总表", "T_SZZB"],
    ["2024年度财政拨款收入支出决算总表（公开04表）", "T_CZZB"],
    ["2024年度收入决算表", "T_SR"],
    ["2024年度支出决算表", "T_ZC"],
    ["一般公共预算财政拨款支出决算表", "T_YBZC"],
    ["2024年度一般公共预算财政拨款基本支出决算明细表", "T_JBZC"],
    ["一般公共预算财政拨款基本支出决算表", "T_JBZC"],
    ["2024年度政府性基金预算财政拨款收入支出决算表", "T_JJ"],
    ["2024年度国有资本经营预算财政拨款支出决算表", "T_GZ"],
    ["国有资本经营预算财政拨款收入支出决算表", "T_GZ"],
    ["2024 年度财政拨款“三公”经费支出决算表", "T_SG"],
    ['财政拨款"三公"经费支出决算表(续表)', "T_SG"],
  ])("%s → %s", (title, key) => {
    expect(matchTitle(title)?.key).toBe(key);
  });

  it.each([
    "注：本表反映部门本年度各项支出情况。",
    "详见2024年度支出决算表。",
    "《收入决算表》说明",
    "机关运行经费支出决算表",
    "支出决算表".repeat(13),
  ])("%s is not a title", (text) => {
    expect(matchTitle(text)).toBeUndefined();
  });
});
