import { checkWorkbook } from "../../src/engine/check";
import { FUNCTION_CODES } from "../../src/engine/codes";
import { checkNarrative } from "../../src/engine/narrative";
import { narrate, rules, sample, sampleTables, SG, YB, ZC } from "./helpers";

/**
 * Each narrative check with a passing and a failing sentence, written as real reports write them, read
 * against samples/corrected.xlsx (2024, 本年收支 2,897.43 万元, 一般公共预算 only).
 */

describe("NARR.amount: an amount equals its table cell", () => {
  it("passes the table's figure, also rounded further by the text", async () => {
    const { findings, coverage } = await narrate([
      "一、收入支出决算总体情况说明",
      "2024 年度收、支总计 2,897.43 万元。",
      "2024 年度一般公共预算财政拨款支出 2897 万元。",
    ]);
    expect(findings).toEqual([]);
    expect(coverage).toMatchObject({ figures: 2, checked: 2, matched: 2, wrong: 0, unchecked: 0 });
  });

  it("finds a 总计 written 0.3万元, with the cells and amounts", async () => {
    const { findings } = await narrate(["2024年度收、支总计0.3万元。"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "NARR.amount",
      severity: "error",
      cells: [{ sheet: "公开01表", address: "C36" }],
      expected: "2897.43",
      actual: "0.3",
      table: "T_SZZB",
      text: [{ source: "部门A.docx", paragraph: 1, quote: "0.3万元" }],
    });
    expect(findings[0].message).toBe(
      "说明第1段“2024年度收、支总计0.3万元”：0.3万元 ≠ 收入支出决算总表 收入总计行 2,897.43",
    );
  });

  it("tells a 尾差 from an error", async () => {
    const { findings } = await narrate([YB, "2024 年度一般公共预算财政拨款支出 2897.44 万元。"]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["NARR.amount", "rounding"]]);
  });

  it("reads 类 and 项 by the section's table", async () => {
    const ok = await narrate([
      YB,
      "3. 卫生健康支出类支出 137.96 万元。",
      "(1) 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为 959.4 万元，支出决算为 972.48 万元。",
    ]);
    expect(ok.findings).toEqual([]);
    // 年初预算 is in no table: without a 完成率 it is read but left unchecked.
    expect(ok.coverage).toMatchObject({ figures: 3, checked: 2, unchecked: 1 });
    const bad = await narrate([
      YB,
      "(1) 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为 959.4 万元，支出决算为 927.48 万元。",
    ]);
    expect(bad.findings.map((f) => [f.rule, f.cells[0].address, f.text?.[0].quote])).toEqual([
      ["NARR.amount", "E10", "927.48 万元"],
    ]);
  });
});

describe("NARR.share: a share over its right base, at the printed decimals", () => {
  it("passes 4.76% and the coarser 4.8% of 137.96 ÷ 2,897.43", async () => {
    const { findings, coverage } = await narrate([
      YB,
      "3. 卫生健康支出类支出 137.96 万元，占 4.76%。",
      "3. 卫生健康支出类支出 137.96 万元，占 4.8%。",
      "其中：基本支出 1362.34 万元，占本年支出 47.0%。",
    ]);
    expect(findings).toEqual([]);
    expect(coverage).toMatchObject({ figures: 6, checked: 6 });
  });

  it("finds 4.77%", async () => {
    const { findings } = await narrate([YB, "3. 卫生健康支出类支出 137.96 万元，占 4.77%。"]);
    expect(rules(findings)).toEqual(["NARR.share"]);
    expect(findings[0].message).toContain(
      "137.96 ÷ 2,897.43（一般公共预算财政拨款支出决算表 合计行“合计”）= 4.76%",
    );
  });

  it("finds a share of a zero base", async () => {
    const { findings } = await narrate([
      "政府采购支出总额 0.00 万元。授予中小企业合同金额 0.00 万元，占政府采购支出总额的 0%。",
    ]);
    expect(rules(findings)).toEqual(["NARR.share.zero-base"]);
  });
});

describe("同比: NARR.yoy.rate, NARR.yoy.zero-base, NARR.yoy.direction, NARR.yoy.flat", () => {
  it("passes the seed's 减少 1760.38 万元，下降 37.8%", async () => {
    const { findings, coverage } = await narrate([
      "2024 年度收、支总计 2897.43 万元。与 2023 年度相比，收、支总计各减少 1760.38 万元，下降 37.8%。",
    ]);
    expect(findings).toEqual([]);
    expect(coverage).toMatchObject({ figures: 3, checked: 3 });
  });

  it("finds a rate that is not 增减额 ÷ 上年", async () => {
    const { findings } = await narrate([
      "2024 年度收入合计 2897.43 万元，与 2023 年度相比，收入合计减少 1760.38 万元，下降 60.8%。",
    ]);
    expect(rules(findings)).toEqual(["NARR.yoy.rate"]);
    expect(findings[0].message).toContain(
      "上年 = 2,897.43 + 1,760.38 = 4,657.81，增减率 = 1,760.38 ÷ 4,657.81 = 37.8%",
    );
  });

  it("finds 增长100% from a zero base", async () => {
    const { findings } = await narrate([
      "2024 年度收入合计 2897.43 万元，与 2023 年度相比，收入合计增加 2897.43 万元，增长 100%。",
    ]);
    expect(rules(findings)).toEqual(["NARR.yoy.zero-base"]);
  });

  it("finds 减少 … 增长", async () => {
    const { findings } = await narrate([
      "2024 年度收入合计 2897.43 万元，较上年减少 1760.38 万元，增长 37.8%。",
    ]);
    expect(rules(findings)).toEqual(["NARR.yoy.direction"]);
  });

  it("finds 持平 with a change, and leaves 持平 alone", async () => {
    const bad = await narrate(["2024 年度收入合计 2897.43 万元，与上年持平，增加 12.00 万元。"]);
    expect(rules(bad.findings)).toEqual(["NARR.yoy.flat"]);
    const ok = await narrate(["2024 年度收入合计 2897.43 万元，与上年持平。"]);
    expect(ok.findings).toEqual([]);
  });
});

describe("完成率: NARR.rate, NARR.rate.zero, NARR.rate.denominator", () => {
  const item = "(1) 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。";

  it("passes 972.48 ÷ 959.4 = 101.36% and 1.65 ÷ 6.61 written 25%", async () => {
    const { findings } = await narrate([
      YB,
      `${item}年初预算为 959.4 万元，支出决算为 972.48 万元，完成年初预算的 101.36%。`,
      "(1) 社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为 6.61 万元，支出决算为 1.65 万元，完成年初预算的25%。",
    ]);
    expect(findings).toEqual([]);
  });

  it("finds a wrong rate", async () => {
    const { findings } = await narrate([
      YB,
      `${item}年初预算为 959.4 万元，支出决算为 972.48 万元，完成年初预算的 110.36%。`,
    ]);
    expect(rules(findings)).toEqual(["NARR.rate"]);
    expect(findings[0].message).toContain("972.48 ÷ 年初预算 959.4 = 101.36%，文中为 110.36%");
  });

  it("finds a rate on a zero budget (the seed's 完成全年预算的0.00%)", async () => {
    const bad = await narrate([
      SG,
      "1. 因公出国(境)费全年预算为 0.00 万元，支出决算为 0.00 万元，完成全年预算的 0.00%。",
    ]);
    expect(rules(bad.findings)).toEqual(["NARR.rate.zero"]);
    const ok = await narrate([SG, "1. 因公出国(境)费全年预算为 0.00 万元，支出决算为 0.00 万元。"]);
    expect(ok.findings).toEqual([]);
    expect(ok.coverage).toMatchObject({ figures: 2, checked: 2 });
  });

  it("finds a rate computed on 全年预算 but said of 年初预算", async () => {
    const zero = await narrate([
      YB,
      `${item}年初预算为 0.00 万元，全年预算为 1014.16 万元，支出决算为 972.48 万元，完成年初预算的 95.89%。`,
    ]);
    expect(rules(zero.findings)).toEqual(["NARR.rate.denominator"]);
    expect(zero.findings[0].message).toContain(
      "但这是按全年预算 1,014.16 计算的（972.48 ÷ 1,014.16 = 95.89%）",
    );
    const ok = await narrate([
      YB,
      `${item}年初预算为 0.00 万元，全年预算为 1014.16 万元，支出决算为 972.48 万元，完成全年预算的 95.89%。`,
    ]);
    expect(ok.findings).toEqual([]);
  });
});

describe("NARR.relation: 大于/小于/等于 against the sentence's two figures", () => {
  const item = "(1) 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。";
  it("passes 决算数大于年初预算数 when it is, finds 小于 when it is not", async () => {
    const ok = await narrate([
      YB,
      `${item}年初预算为 959.4 万元，支出决算为 972.48 万元，支出决算数大于年初预算数的主要原因是新招录人员。`,
    ]);
    expect(ok.findings).toEqual([]);
    const bad = await narrate([
      YB,
      `${item}年初预算为 959.4 万元，支出决算为 972.48 万元，支出决算数小于年初预算数的主要原因是过紧日子。`,
    ]);
    expect(bad.findings.map((f) => [f.rule, f.text?.[0].quote])).toEqual([
      ["NARR.relation", "决算数小于年初预算数"],
    ]);
  });
});

describe("NARR.relation: 与预算数持平", () => {
  it("passes equal figures, finds unequal ones", async () => {
    const item = "(1) 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。";
    const ok = await narrate([
      YB,
      `${item}年初预算为29.15万元，支出决算为29.15万元，决算数与年初预算数持平。`,
    ]);
    expect(ok.findings).toEqual([]);
    const bad = await narrate([
      YB,
      `${item}年初预算为30.00万元，支出决算为29.15万元，决算数与年初预算数持平。`,
    ]);
    expect(bad.findings.map((f) => [f.rule, f.text?.[0].quote])).toEqual([
      ["NARR.relation", "决算数与年初预算数持平"],
    ]);
  });
});

describe("NARR.parts: a total and the parts listed with it", () => {
  const purchase = (goods: string) =>
    `2024 年度本级政府采购支出总额 797.10 万元，其中：政府采购货物支出 ${goods} 万元、政府采购工程支出 0.00 万元、政府采购服务支出 793.66 万元。授予中小企业合同金额 797.10 万元，占政府采购支出总额的 100%，其中：授予小微企业合同金额 705.72 万元，占授予中小企业合同金额的 88.54%。`;

  it("passes the seed's 政府采购 and its shares", async () => {
    const { findings, coverage } = await narrate([purchase("3.44")]);
    expect(findings).toEqual([]);
    expect(coverage).toMatchObject({ figures: 8, checked: 8 });
  });

  it("finds 货物 + 工程 + 服务 ≠ 总额", async () => {
    const { findings } = await narrate([purchase("4.44")]);
    expect(rules(findings)).toEqual(["NARR.parts"]);
    expect(findings[0]).toMatchObject({ expected: "798.1", actual: "797.1", difference: "-1" });
  });

  it("finds 其中 parts above the total in the next sentence", async () => {
    const ok = await narrate([
      ZC,
      "2024 年度支出合计 2897.43 万元。其中：基本支出 1362.34 万元，项目支出 1535.09 万元。",
    ]);
    expect(ok.findings).toEqual([]);
    const bad = await narrate(["政府采购支出总额 797.10 万元，其中：授予中小企业合同金额 897.10 万元。"]);
    expect(rules(bad.findings)).toEqual(["NARR.parts"]);
  });
});

describe("NARR.repeat: one quantity, one value", () => {
  const budget = (a: string) => `2024 年度一般公共预算财政拨款支出年初预算为 ${a} 万元。`;
  it("passes the same 年初预算 twice and finds two values", async () => {
    expect((await narrate([YB, budget("3090.37"), budget("3090.37")])).findings).toEqual([]);
    const { findings } = await narrate([YB, budget("3090.37"), budget("3090.73")]);
    expect(rules(findings)).toEqual(["NARR.repeat"]);
    expect(findings[0].message).toContain(
      "一般公共预算财政拨款支出写作 3090.73 万元，第2段写作 3090.37 万元",
    );
  });
});

describe("wording warnings", () => {
  it("NARR.placeholder: 增加（减少） and XX局", async () => {
    const { findings } = await narrate([
      "XX局 2024 年度收入合计 2897.43 万元，与 2023 年度相比增加（减少）0.00 万元。",
    ]);
    expect(findings.map((f) => [f.rule, f.severity, f.text?.[0].quote])).toEqual([
      ["NARR.placeholder", "warning", "XX"],
      ["NARR.placeholder", "warning", "增加（减少）"],
    ]);
    expect((await narrate(["2024 年度收入合计 2897.43 万元。"])).findings).toEqual([]);
  });

  it("NARR.year: 截至 2023 年 12 月 31 日 and 与 2022 年度相比 in a 2024 report", async () => {
    const { findings } = await narrate([
      "截至 2023 年 12 月 31 日，本级共有车辆 0 辆。",
      "2024 年度收入合计 2897.43 万元，与 2022 年度相比，收入合计减少 1760.38 万元。",
    ]);
    expect(findings.map((f) => [f.rule, f.text?.[0].quote])).toEqual([
      ["NARR.year", "截至 2023 年 12 月 31 日"],
      ["NARR.year", "与 2022 年度相比"],
    ]);
    const ok = await narrate([
      "截至 2024 年 12 月 31 日，本级共有车辆 0 辆。",
      "自2023年5月份实现建筑垃圾处置核准审管联动改革。",
      "与2019年度相比，办事时限缩短了一半。",
    ]);
    expect(ok.findings).toEqual([]);
  });

  it("NARR.percent-sign: 占76.23 without %", async () => {
    const { findings } = await narrate([YB, "3. 卫生健康支出类支出 137.96 万元，占 4.76；"]);
    expect(findings.map((f) => [f.rule, f.text?.[0].quote])).toEqual([["NARR.percent-sign", "4.76"]]);
  });

  it("NARR.class-name: a former 类 name", async () => {
    const { findings } = await narrate(["文化体育与传媒支出（类）文化和旅游（款）行政运行（项）。"]);
    expect(findings.map((f) => [f.rule, f.text?.[0].quote])).toEqual([
      ["NARR.class-name", "文化体育与传媒支出"],
    ]);
    expect(findings[0].message).toContain("与表中“文化旅游体育与传媒支出”不一致");
    expect(
      (await narrate(["文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）。"])).findings,
    ).toEqual([]);
  });
});

describe("fail closed", () => {
  it("a figure it cannot tie to one quantity is counted unchecked, not found", async () => {
    const { findings, coverage } = await narrate([
      YB,
      "项目支出主要用于政务中心运行经费 740.77 万元，主要成效维持政务大楼正常运转。",
      "一般公共预算财政拨款支出情况如下。合计 100.00 万元。",
      "资金 1535.09 万元。",
    ]);
    expect(findings).toEqual([]);
    expect(coverage).toMatchObject({ figures: 3, checked: 0, matched: 0, wrong: 0, unchecked: 3 });
  });

  it("a 类 outside any section is read from the 支出 tables, which agree on it", async () => {
    const tied = await narrate(["卫生健康支出 137.96 万元。"]);
    expect(tied.coverage).toMatchObject({ checked: 1, matched: 1 });
    const wrong = await narrate(["卫生健康支出 137.97 万元。"]);
    expect(wrong.findings.map((f) => [f.rule, f.severity, f.cells[0].address])).toEqual([
      ["NARR.amount", "rounding", "E16"],
    ]);
  });

  it("counts a narrative with no figures as nothing checked", async () => {
    const { coverage } = await narrate(["本单位当年无政府性基金预算财政拨款收入支出"]);
    expect(coverage).toEqual({
      source: "部门A.docx",
      paragraphs: 1,
      figures: 0,
      checked: 0,
      matched: 0,
      wrong: 0,
      unchecked: 0,
    });
  });
});

describe("without tables", () => {
  it("still checks what the text says of itself, ties nothing, and takes the year from a heading", async () => {
    const paragraphs = [
      "第三部分 某单位 2024 年度部门决算情况说明",
      "2024 年度收入合计 2897.43 万元，与 2023 年度相比，收入合计减少 1760.38 万元，下降 30.0%。",
      "截至 2023 年 12 月 31 日，本级共有车辆 0 辆。",
    ].map((text) => ({ text }));
    const { findings, coverage } = checkNarrative(
      { source: "粘贴的文本", paragraphs },
      [],
      FUNCTION_CODES,
      "en",
    );
    expect(findings.map((f) => [f.rule, f.table])).toEqual([
      ["NARR.yoy.rate", "NARRATIVE"],
      ["NARR.year", "NARRATIVE"],
    ]);
    expect(findings[0].message).toBe(
      "Narrative paragraph 2 “2024 年度收入合计 2897.43 万元，与 2023 年度相比，收入合计减少 1760.38 万元，下降 30.0%”: last year = 2,897.43 + 1,760.38 = 4,657.81; the change is 1,760.38 ÷ 4,657.81 = 37.8%, the text says 30.0%",
    );
    expect(coverage).toMatchObject({ figures: 3, checked: 3, wrong: 1, unchecked: 0 });
  });
});

describe("the national template's wording, filled in correctly", () => {
  it("gives no finding against the corrected tables", async () => {
    const { findings, coverage } = await narrate([
      "一、收入支出决算总体情况说明",
      "2024年度收入、支出总计2897.43万元。与2023年度相比，收入、支出总计各减少1760.38万元，下降37.8%。主要变动原因是过紧日子。",
      "二、收入决算情况说明",
      "2024年度本年收入合计2897.43万元，其中：本年财政拨款收入2897.43万元，占本年收入合计的100%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。",
      "三、支出决算情况说明",
      "2024年度本年支出合计2897.43万元，其中：基本支出1362.34万元，占47.02%；项目支出1535.09万元，占52.98%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。",
      "四、财政拨款收入支出决算总体情况说明",
      "2024年度财政拨款收入、支出总计2897.43万元。与2023年度相比，财政拨款收入、支出总计各减少1760.38万元，下降37.8%。",
      "五、一般公共预算财政拨款支出决算情况说明",
      "2024年度一般公共预算财政拨款支出2897.43万元，主要用于以下方面：一般公共服务（类）支出2507.57万元，占86.54%；社会保障和就业（类）支出105.46万元，占3.64%；卫生健康（类）支出137.96万元，占4.76%；住房保障（类）支出146.44万元，占5.05%。",
      "2024年度一般公共预算财政拨款支出决算数为2897.43万元，完成预算93.76%。",
      "六、一般公共预算财政拨款基本支出决算情况说明",
      "2024年度一般公共预算财政拨款基本支出1362.34万元，其中：",
      "人员经费1264.01万元，主要包括：基本工资、津贴补贴。",
      "七、财政拨款“三公”经费支出决算情况说明",
      "2024年度“三公”经费财政拨款支出预算为0万元，支出决算为0万元。",
      "八、机关运行经费支出说明",
      "2024年度本部门机关运行经费支出98.33万元，比年初预算数增加0万元，增长0%。",
      "十、国有资产占用情况说明",
      "截至2024年12月31日，本部门共有车辆0辆，单位价值100万元以上设备0台（套）。",
    ]);
    expect(findings).toEqual([]);
    // 完成预算93.76% names a budget the sentence does not give: the one figure left unchecked.
    expect(coverage).toMatchObject({ figures: 48, checked: 47, unchecked: 1 });
  });
});

describe("other wordings of the same figures", () => {
  const item = "(1) 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。";
  it("占比, 增幅 and 决算数占年初预算的 are read as share, 同比 rate and 完成率", async () => {
    const ok = await narrate([
      ZC,
      "2024年度本年支出合计2897.43万元，其中：基本支出1362.34万元，占比47.02%。",
      "2024年度收入合计2897.43万元，较上年减少1760.38万元，降幅37.8%。",
      YB,
      `${item}年初预算数为959.40万元，决算数为972.48万元，决算数占年初预算的101.36%。`,
    ]);
    expect(ok.findings).toEqual([]);
    expect(ok.coverage).toMatchObject({ figures: 9, checked: 9 });
    const bad = await narrate([
      ZC,
      "2024年度本年支出合计2897.43万元，其中：基本支出1362.34万元，占比47.20%。",
      "2024年度收入合计2897.43万元，较上年减少1760.38万元，降幅38.7%。",
      YB,
      `${item}年初预算数为959.40万元，决算数为972.48万元，决算数占年初预算的110.36%。`,
    ]);
    expect(rules(bad.findings)).toEqual(["NARR.share", "NARR.rate", "NARR.yoy.rate"]);
  });
});

describe("舍位平衡", () => {
  it("a share moved by one unit so that the shares add to 100% is a rounding difference", async () => {
    const shares = (first: string, third: string, fourth: string) => [
      YB,
      `1. 一般公共服务支出类支出 2507.57 万元，占 ${first}%。`,
      "2. 社会保障和就业支出类支出 105.46 万元，占 3.64%。",
      `3. 卫生健康支出类支出 137.96 万元，占 ${third}%。`,
      `4. 住房保障支出类支出 146.44 万元，占 ${fourth}%。`,
    ];
    // 86.55 + 3.64 + 4.76 + 5.05 = 100.00, as JUESUAN.SHARES gives them; 86.54 is the share itself.
    const plugged = await narrate(shares("86.55", "4.76", "5.05"));
    expect(plugged.findings.map((f) => [f.rule, f.severity, f.text?.[0].quote])).toEqual([
      ["NARR.share", "rounding", "86.55%"],
    ]);
    expect(plugged.findings[0].message).toContain("属舍位平衡");
    // The seed's 86.54 + 3.64 + 4.77 + 5.06 = 100.01: 4.77 and 5.06 are plainly wrong.
    const seed = await narrate(shares("86.54", "4.77", "5.06"));
    expect(seed.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["NARR.share", "error"],
      ["NARR.share", "error"],
    ]);
  });
});

describe("a 三公 完成率 with no budget in its sentence", () => {
  it("is over the 三公 table's 预算数: none for a department without 三公 spending", async () => {
    const bad = await narrate([
      SG,
      "2024 年度“三公”经费财政拨款支出决算为 0.00 万元，完成全年预算的 0.00%。",
    ]);
    expect(bad.findings.map((f) => [f.rule, f.table, f.cells[0].sheet])).toEqual([
      ["NARR.rate.zero", "T_SG", "公开09表"],
    ]);
    expect(bad.findings[0].message).toContain("财政拨款“三公”经费支出决算表（本部门无此项支出）为 （空白）");
    const ok = await narrate([SG, "2024 年度“三公”经费财政拨款支出决算为 0.00 万元。"]);
    expect(ok.findings).toEqual([]);
  });
});

describe("sections under bracketed headings", () => {
  it("（五）一般公共预算… sets the section its 类 shares are read in", async () => {
    const share = "3. 卫生健康支出类支出 137.96 万元，占 4.77%。";
    const found = await narrate(["（五）一般公共预算财政拨款支出决算情况说明", share]);
    expect(rules(found.findings)).toEqual(["NARR.share"]);
    // Under a heading that names no table the share's base is unknown: unchecked.
    const open = await narrate(["（一）认真开展党建工作", share]);
    expect(open.findings).toEqual([]);
    expect(open.coverage).toMatchObject({ figures: 2, checked: 1, unchecked: 1 });
  });
});

describe("a quantity's own table decides", () => {
  it("a 项 the section's table lacks is left unchecked, not compared with another table's", async () => {
    const tables = (await sampleTables("corrected")).map((t) =>
      t.key === "T_YBZC" ? { ...t, rows: t.rows.filter((r) => r.code !== "2101101") } : t,
    );
    const paragraphs = [
      YB,
      "(1) 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。支出决算为 30.15 万元。",
    ].map((text) => ({ text }));
    const { findings, coverage } = checkNarrative(
      { source: "部门A.docx", paragraphs },
      tables,
      FUNCTION_CODES,
    );
    expect(findings).toEqual([]);
    expect(coverage).toMatchObject({ figures: 1, checked: 0, unchecked: 1 });
    // With the row in place the same sentence is compared, and is wrong.
    const full = checkNarrative(
      { source: "部门A.docx", paragraphs },
      await sampleTables("corrected"),
      FUNCTION_CODES,
    );
    expect(full.findings.map((f) => [f.rule, f.table])).toEqual([["NARR.amount", "T_YBZC"]]);
  });
});

describe("项目 amounts in 绩效", () => {
  const perf = (executed: string) => [
    "十三、预算绩效情况说明",
    `1. 政务中心运行经费项目绩效自评综述：项目全年预算数为 740.77 万元，执行数为 ${executed} 万元。`,
  ];
  const check = async (paragraphs: string[]) => {
    const narrative = { source: "部门A.docx", paragraphs: paragraphs.map((text) => ({ text })) };
    return checkWorkbook(await sample("corrected"), { narrative });
  };

  it("are the project's 自评表 预算数 and 执行数", async () => {
    const ok = await check(perf("740.77"));
    expect(ok.findings.filter((f) => f.rule.startsWith("NARR."))).toEqual([]);
    expect(ok.narrative).toMatchObject({ figures: 2, checked: 2, matched: 2 });
    const bad = await check(perf("704.77"));
    expect(
      bad.findings
        .filter((f) => f.rule.startsWith("NARR."))
        .map((f) => [f.rule, f.table, f.cells[0].address]),
    ).toEqual([["NARR.amount", "PERF:政务中心运行经费", "E11"]]);
  });
});
