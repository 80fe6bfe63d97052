import { classCode, codeDigits, splitCodeName, stripNumbering } from "../../src/engine/tables/labels";
import { matchTitle } from "../../src/engine/tables/titles";

describe("row labels", () => {
  it("strips the numbering of a name, but not the digits of an amount-like name", () => {
    expect(stripNumbering("一、一般公共服务支出")).toBe("一般公共服务支出");
    expect(stripNumbering("二十六、抗疫特别国债安排的支出")).toBe("抗疫特别国债安排的支出");
    expect(stripNumbering("（一）基本工资")).toBe("基本工资");
    expect(stripNumbering("(3) 奖金")).toBe("奖金");
    expect(stripNumbering("1. 本表反映")).toBe("本表反映");
    expect(stripNumbering("2、事业收入")).toBe("事业收入");
    expect(stripNumbering("  本年收入 合计 ")).toBe("本年收入合计");
    expect(stripNumbering("1.5倍")).toBe("1.5倍");
    expect(stripNumbering("行政运行")).toBe("行政运行");
  });

  it("reads codes written with spaces, dashes or full-width digits, and a code before its name", () => {
    expect(codeDigits("201 03 01")).toBe("2010301");
    expect(codeDigits("２０１")).toBe("201");
    expect(codeDigits("201-03")).toBe("20103");
    expect(codeDigits("行政运行")).toBeUndefined();
    expect(splitCodeName("2010301 行政运行")).toEqual({ code: "2010301", name: "行政运行" });
    expect(splitCodeName("30101基本工资")).toEqual({ code: "30101", name: "基本工资" });
    expect(splitCodeName("2024年度")).toBeUndefined();
    expect(splitCodeName("2010301")).toBeUndefined();
  });

  it("finds a 类 code by its name, old names included", () => {
    expect(classCode("卫生健康支出")).toBe("210");
    expect(classCode("医疗卫生与计划生育支出")).toBe("210");
    expect(classCode("文化体育与传媒支出")).toBe("207");
    expect(classCode("住房保障支出（类）")).toBe("221");
    expect(classCode("本年支出合计")).toBeUndefined();
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
