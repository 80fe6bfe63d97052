import { checkPerformance, recognizePerfTables } from "../../src/engine/selfeval";
import { allIndicators } from "../../src/engine/selfeval/check-weights";
import { Finding } from "../../src/engine/findings";
import { goodSpec, projectSheet, ProjectSpec, roundTrip, workbookOf } from "./build";

type Rows = (string | number | null)[][];

const read = (rows: Rows) => roundTrip((book) => book.addWorksheet("自评表").addRows(rows));

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

/**
 * A 项目支出绩效自评表 as some provinces lay it out: weights in a 分值 column, the budget block's
 * weight there too, a 小计 row closing each 一级指标, 实际完成情况 for the result and 合计 for the 总分.
 */
function subtotalled(opts: { subtotal?: number; total?: number } = {}): Rows {
  return [
    ["2024年度某某局丙项目项目支出绩效自评表"],
    ["项目名称", "丙项目"],
    ["预算执行情况", "", "预算数", "执行数", "执行率", "分值", "得分"],
    ["合计", "", 100, 95, "95.00%", 10, 9.5],
    ["一级指标", "二级指标", "三级指标", "分值", "年初目标值", "实际完成情况", "得分"],
    ["产出指标", "数量指标", "培训场次", 25, "≥20场", "20场", 25],
    ["", "质量指标", "验收合格率", 25, "100%", "100%", 25],
    ["小计", "", "", opts.subtotal ?? 50, "", "", 50],
    ["效益指标", "满意度指标", "群众满意度", 40, "≥90%", "90%", 40],
    ["小计", "", "", 40, "", "", 40],
    ["合计", "", "", 100, "", "", opts.total ?? 99.5],
  ];
}

describe("小计 rows, 实际完成情况 and a 合计 总分", () => {
  it("takes a 小计 row's weight for its group, not as an indicator, and 合计 below the header as the 总分", async () => {
    const wb = await read(subtotalled());
    const [t] = recognizePerfTables(wb);
    expect(t.id).toBe("PERF:丙项目");
    expect(allIndicators(t).map((i) => [i.name, i.result.text])).toEqual([
      ["培训场次", "20场"],
      ["验收合格率", "100%"],
      ["群众满意度", "90%"],
    ]);
    expect(t.goals[0].children.map((g) => [g.name, g.weight?.address])).toEqual([
      ["产出指标", "D8"],
      ["效益指标", "D10"],
    ]);
    // The budget block's 合计 is an amount row, not the 总分.
    expect(t.total).toMatchObject({ address: "G11", text: "99.5" });
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("flags a 小计 that its rows do not add up to, naming the rows' weight cells", async () => {
    const found = checkPerformance(await read(subtotalled({ subtotal: 45 })), [], {}).findings;
    const f = found.find((x) => x.rule === "PERF.weights.group");
    expect(f).toMatchObject({ expected: "50", actual: "45" });
    expect(f?.cells.map((c) => c.address)).toEqual(["D8", "D6", "D7"]);
  });

  it("flags a 合计 总分 that is not the sum of the scores", async () => {
    const found = checkPerformance(await read(subtotalled({ total: 98 })), [], {}).findings;
    expect(rulesOf(found)).toEqual(["PERF.total"]);
    expect(found[0]).toMatchObject({ expected: "99.5", actual: "98" });
  });

  it("reads 自评总分：99.5分 written in one cell", async () => {
    const rows = subtotalled();
    rows[rows.length - 1] = ["自评总分：99.5分"];
    const [t] = recognizePerfTables(await read(rows));
    expect(t.total).toMatchObject({ address: "A11" });
    expect(t.total?.value.toString()).toBe("99.5");
  });
});

describe("group weights on the group's own row", () => {
  const rows = (subgroup: number): Rows => [
    ["2024年度某某局丁项目项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "分值", "年初目标值", "实际完成值", "得分"],
    ["产出指标", "", "", 60, "", "", 60],
    ["", "数量指标", "", subgroup, "", "", 30],
    ["", "", "培训场次", 30, "≥20场", "20场", 30],
    ["", "质量指标", "", 30, "", "", 30],
    ["", "", "验收合格率", 30, "100%", "100%", 30],
    ["效益指标", "", "", 40, "", "", 40],
    ["", "满意度指标", "群众满意度", 40, "≥90%", "90%", 40],
    ["总分", "", "", 100, "", "", 100],
  ];

  it("reads 一级 and 二级 weights from the weight column of rows that name no indicator", async () => {
    const wb = await read(rows(30));
    const [t] = recognizePerfTables(wb);
    const [output, benefit] = t.goals[0].children;
    expect([output.weight?.address, output.children.map((c) => c.weight?.address)]).toEqual([
      "D3",
      ["D4", "D6"],
    ]);
    expect(benefit.weight?.address).toBe("D8");
    expect(allIndicators(t).map((i) => i.name)).toEqual(["培训场次", "验收合格率", "群众满意度"]);
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("flags a 二级 weight its rows do not add up to", async () => {
    const found = checkPerformance(await read(rows(25)), [], {}).findings;
    const f = found.filter((x) => x.rule === "PERF.weights.group");
    expect(f.map((x) => [x.cells[0].address, x.actual, x.expected])).toEqual([
      ["D4", "25", "30"],
      ["D3", "60", "55"],
    ]);
  });

  it("names the rows' cells of a subgroup that states no weight", async () => {
    const r = rows(30);
    r[3][3] = null;
    r[2][3] = 70;
    const f = checkPerformance(await read(r), [], {}).findings.find((x) => x.rule === "PERF.weights.group");
    expect(f).toMatchObject({ expected: "60", actual: "70" });
    // 数量指标 states none: its row's weight D5 stands for it.
    expect(f?.cells.map((c) => c.address)).toEqual(["D3", "D5", "D6"]);
  });
});

describe("the 整体 table's 基本支出 / 项目支出 as rows of the budget block", () => {
  it("takes their 执行数, not their 预算数", async () => {
    const [t] = recognizePerfTables(
      await read([
        ["2024年度某某局部门整体支出绩效自评表"],
        ["预算执行情况（10分）", "", "预算数", "执行数", "执行率", "得分"],
        ["", "年度资金总额", 500, 450, "90.00%", 9],
        ["", "基本支出", 300, 280, "", ""],
        ["", "项目支出", 200, 170, "", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "年初目标值", "实际完成值", "得分"],
        ["产出指标", "数量指标", "完成培训场次", 90, "≥20场", "20场", 90],
        ["总分", "", "", "", "", "", 99],
      ]),
    );
    expect([t.basicTotal?.address, t.basicTotal?.value.toString()]).toEqual(["D4", "280"]);
    expect([t.projectTotal?.address, t.projectTotal?.value.toString()]).toEqual(["D5", "170"]);
  });
});

describe("scores shown to 0.1", () => {
  /** 发放材料份数 scores 10 × 9000 ÷ 12000 = 7.5; with 9100 份 it is 7.583… */
  const spec = (score: string, result = "9100份"): ProjectSpec => {
    const s = goodSpec();
    s.groups[0].groups[0].rows[1] = ["发放材料份数（10 分）", "12000份", result, score];
    s.total = undefined;
    return s;
  };
  const check = (s: ProjectSpec) =>
    rulesOf(checkPerformance(workbookOf(projectSheet(s)), [], {}).findings).filter(
      (r) => r === "PERF.quant.score",
    );

  it("accepts a score rounded to the one decimal the cell shows", () => {
    expect(check(spec("7.6"))).toEqual([]);
    expect(check(spec("7.58"))).toEqual([]);
  });

  it("flags one that is not the recomputed score at any shown precision", () => {
    expect(check(spec("7.5"))).toEqual(["PERF.quant.score"]);
    expect(check(spec("8"))).toEqual(["PERF.quant.score"]);
  });

  it("reads a budget score shown as 9.5 for 10 × 94.6% at 0.1, and flags 9.4", async () => {
    const budget = (score: number): Rows => [
      ["2024年度某某局戊项目项目支出绩效自评表"],
      ["预算执行情况", "", "预算数", "执行数", "执行率", "分值", "得分"],
      ["", "年度资金总额", 100, 94.6, "94.60%", 10, score],
      ["一级指标", "二级指标", "三级指标", "分值", "年初目标值", "实际完成值", "得分"],
      ["产出指标", "数量指标", "培训场次", 90, "≥20场", "20场", 90],
    ];
    expect(checkPerformance(await read(budget(9.5)), [], {}).findings).toEqual([]);
    expect(rulesOf(checkPerformance(await read(budget(9.4)), [], {}).findings)).toEqual([
      "PERF.budget.score",
    ]);
  });
});

describe("成本指标 with a plain target", () => {
  const spec = (target: string, result: string, score: number): ProjectSpec => {
    const s = goodSpec();
    s.groups[1].groups[0] = {
      name: "经济成本指标（30 分）",
      rows: [
        ["人均培训成本（15 分）", target, result, score],
        ["群众办事便捷度（15 分）", "提升", "有效提升", 15],
      ],
    };
    s.total = undefined;
    return s;
  };
  const findings = (s: ProjectSpec) =>
    checkPerformance(workbookOf(projectSheet(s)), [], {}).findings.filter(
      (f) => f.rule === "PERF.quant.score",
    );

  it("scores less than the target as better (反向): 90元/人 against 100元/人 earns the full weight", () => {
    expect(findings(spec("100元/人", "90元/人", 15))).toEqual([]);
  });

  it("flags the 正向 reading's score under a cost, with the 反向 score expected", () => {
    const [f] = findings(spec("100元/人", "110元/人", 15));
    expect(f).toMatchObject({ expected: "13.64", actual: "15" });
    expect(f.message).toContain("反向");
  });

  it("accepts a cost rate read either way: more is better for 成本节约率, less for 成本占比", () => {
    expect(findings(spec("10%", "12%", 15))).toEqual([]);
    expect(findings(spec("10%", "8%", 15))).toEqual([]);
    expect(findings(spec("10%", "8%", 12))).toEqual([]);
    expect(findings(spec("10%", "8%", 13))).toHaveLength(1);
  });
});
