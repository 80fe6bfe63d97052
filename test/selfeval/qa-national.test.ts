import ExcelJS from "exceljs";
import { checkPerformance, recognizePerfTables } from "../../src/engine/selfeval";
import { allIndicators } from "../../src/engine/selfeval/check-weights";
import { Finding } from "../../src/engine/findings";
import { RawValue } from "../../src/engine/model";
import { goodSpec, projectSheet, ProjectSpec, roundTrip } from "./build";

type Rows = RawValue[][];
type Format = (ws: ExcelJS.Worksheet) => void;

/**
 * The national template (财预〔2020〕10号): 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分,
 * 年度总体目标, 绩效指标 merged down the indicator rows, weights only in a 分值 column, a 偏差原因分析及
 * 改进措施 column, and a 总分 row totalling both 分值 and 得分. 验收合格率's result is the number 0.96
 * formatted as a percentage.
 */
function national(name = "乙项目"): Rows {
  return [
    ["项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", name],
    ["主管部门", "某某局", "", "", "实施单位", "某某局"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 100, 100, 95, 10, "95.00%", 9.5],
    ["", "其中：当年财政拨款", 100, 100, 95, "—", "", "—"],
    ["", "上年结转资金", 0, 0, 0, "—", "", "—"],
    ["", "其他资金", 0, 0, 0, "—", "", "—"],
    ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
    ["", "完成培训", "", "", "", "已完成培训"],
    [
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
    ["", "产出指标", "数量指标", "培训场次", "≥20场", "24场", 20, 20, ""],
    ["", "", "质量指标", "验收合格率", "≥95%", 0.96, 20, 20, ""],
    ["", "", "时效指标", "办结时限", "≤3个工作日", "3个工作日", 10, 10, ""],
    ["", "效益指标", "社会效益指标", "群众办事便捷度", "按时完成", "按时完成", 20, 20, ""],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "100%", "98%", 20, 19.6, "个别群众不满意"],
    ["总分", "", "", "", "", "", 100, 99.1, ""],
  ];
}

/** The percent format and the 绩效指标 merge of a table starting at `top` (1-based row of its title). */
const layout =
  (top = 1): Format =>
  (ws) => {
    ws.getCell(`F${top + 13}`).numFmt = "0%";
    ws.mergeCells(`A${top + 11}:A${top + 16}`);
  };

const read = (rows: Rows, format: Format = layout()) =>
  roundTrip((book) => {
    const ws = book.addWorksheet("自评表");
    ws.addRows(rows);
    format(ws);
  });

const check = async (rows: Rows, format?: Format) =>
  checkPerformance(await read(rows, format), [], {}).findings;

const brief = (f: Finding) => [f.rule, f.severity, f.cells.map((c) => c.address)];

const edited = (edit: (r: Rows) => void, base = national()): Rows => {
  edit(base);
  return base;
};

describe("the national template", () => {
  it("reads the 全年 amounts, the 分值 column and the 总分's 得分, and finds nothing in a correct table", async () => {
    const wb = await read(national());
    const [t] = recognizePerfTables(wb);
    expect(t.name).toBe("乙项目");
    expect([t.budget.budget?.address, t.budget.executed?.address, t.budget.weight?.address]).toEqual([
      "D6",
      "E6",
      "F6",
    ]);
    expect(allIndicators(t).map((i) => [i.name, i.weight?.address, i.result.text])).toEqual([
      ["培训场次", "G13", "24场"],
      ["验收合格率", "G14", "96%"],
      ["办结时限", "G15", "3个工作日"],
      ["群众办事便捷度", "G16", "按时完成"],
      ["群众满意度", "G17", "98%"],
    ]);
    expect(t.total?.address).toBe("H18");
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("names the rows' 分值 cells when the weights do not add up to 100 and no block weight is stated", async () => {
    // 群众办事便捷度 weighs 21 and scores 20, with a reason: only the weights are wrong.
    const found = await check(
      edited((r) => {
        r[15][6] = 21;
        r[15][8] = "部分事项未实现网办";
      }),
    );
    expect(found.map(brief)).toEqual([
      ["PERF.weights.total", "error", ["F6", "G13", "G14", "G15", "G16", "G17"]],
    ]);
  });

  it("does not take the 总分 row's 分值 (100) for the 总分 when its 得分 is blank", async () => {
    const wb = await read(edited((r) => (r[17][7] = "")));
    expect(recognizePerfTables(wb)[0].total).toBeUndefined();
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("reports a score above its weight once, as PERF.score.cap (rows and the budget block)", async () => {
    const row = await check(
      edited((r) => {
        r[12][7] = 21;
        r[17][7] = 100.1;
      }),
    );
    expect(row.map(brief)).toEqual([["PERF.score.cap", "error", ["H13", "G13"]]]);
    const budget = await check(
      edited((r) => {
        r[5][7] = 11;
        r[17][7] = 100.6;
      }),
    );
    expect(budget.map(brief)).toEqual([["PERF.score.cap", "error", ["H6", "F6"]]]);
  });

  it("gives one finding for each single break", async () => {
    expect((await check(edited((r) => (r[17][7] = 98)))).map(brief)).toEqual([
      ["PERF.total", "error", ["H18", "H6", "H13", "H14", "H15", "H16", "H17"]],
    ]);
    expect((await check(edited((r) => r.push(["评价等级：良"])))).map(brief)).toEqual([
      ["PERF.grade", "error", ["A19", "H18"]],
    ]);
    expect((await check(edited((r) => r.push(["评价等级", "优"])))).map(brief)).toEqual([]);
    expect((await check(edited((r) => (r[16][8] = "")))).map(brief)).toEqual([
      ["PERF.reason.missing", "warning", ["H17", "I17"]],
    ]);
    const duplicate = edited((r) => (r[14] = ["", "", "时效指标", "培训场次", "≥20场", "24场", 10, 10, ""]));
    expect((await check(duplicate)).map(brief)).toEqual([
      ["PERF.indicator.duplicate", "error", ["D13", "D15"]],
    ]);
    expect((await check(edited((r) => (r[5][6] = "96.00%")))).map(brief)).toEqual([
      ["PERF.budget.rate", "error", ["G6", "E6", "D6"]],
    ]);
  });

  it('reads scores and 总分 written as text ("20分"), and an 执行率 as a number formatted as %', async () => {
    const text = edited((r) => {
      r[12][6] = "20分";
      r[12][7] = "20分";
      r[17][7] = "99.1分";
    });
    expect(await check(text)).toEqual([]);
    const rate = edited((r) => (r[5][6] = 0.95));
    expect(
      await check(rate, (ws) => {
        layout()(ws);
        ws.getCell("G6").numFmt = "0.00%";
      }),
    ).toEqual([]);
  });

  it("scores targets like ≥95%, 100%, ≤3个工作日 and 按时完成 by their results", async () => {
    const quant = async (target: string, result: RawValue, score: number, numFmt?: string) =>
      (
        await check(
          edited((r) => {
            r[13][4] = target;
            r[13][5] = result;
            r[13][7] = score;
            r[13][8] = score < 20 ? "未达目标" : "";
            r[17][7] = 79.1 + score;
          }),
          (ws) => {
            layout()(ws);
            if (numFmt) ws.getCell("F14").numFmt = numFmt;
          },
        )
      ).map((f) => f.rule);
    expect(await quant("≥95%", 0.955, 20, "0.0%")).toEqual([]);
    expect(await quant("100%", 1, 20, "0.00%")).toEqual([]);
    expect(await quant("≤3个工作日", "4个工作日", 15)).toEqual([]);
    expect(await quant("≥95%", 0.9, 18.9, "0%")).toEqual([]);
    expect(await quant("按时完成", "按时完成", 20)).toEqual([]);
    expect(await quant("≤3个工作日", "4个工作日", 20)).toEqual(["PERF.quant.score"]);
  });

  it("treats a 总分 that misses scores shown to 0.1 by their rounding as a rounding difference, not an error", async () => {
    // Two scores are formulas (18.333…) shown as 18.3; the 总分 95.766… is shown as 95.8.
    const rows = edited((r) => {
      for (const i of [12, 13]) {
        r[i][4] = "按时完成";
        r[i][5] = "基本完成";
        r[i][7] = 55 / 3;
        r[i][8] = "部分延迟";
      }
      r[17][7] = 9.5 + (2 * 55) / 3 + 10 + 20 + 19.6;
    });
    const format: Format = (ws) => {
      layout()(ws);
      for (const a of ["H13", "H14", "H18"]) ws.getCell(a).numFmt = "0.0";
    };
    expect((await check(rows, format)).map(brief)).toEqual([
      ["PERF.total", "rounding", ["H18", "H6", "H13", "H14", "H15", "H16", "H17"]],
    ]);
    // A 总分 a whole point off is still an error.
    rows[17][7] = 94.8;
    expect((await check(rows, format)).map((f) => [f.rule, f.severity])).toEqual([["PERF.total", "error"]]);
  });

  it("checks two tables stacked on one sheet apart, with empty merged rows between them", async () => {
    const second = edited((r) => (r[17][7] = 98), national("丁项目"));
    const rows = [...national(), [], [], ...second];
    const wb = await read(rows, (ws) => {
      layout(1)(ws);
      layout(21)(ws);
      ws.mergeCells("A19:I19");
      ws.mergeCells("A20:I20");
    });
    expect(recognizePerfTables(wb).map((t) => [t.id, t.range.top, t.range.bottom])).toEqual([
      ["PERF:乙项目", 0, 17],
      ["PERF:丁项目", 20, 37],
    ]);
    expect(checkPerformance(wb, [], {}).findings.map(brief)).toEqual([
      ["PERF.total", "error", ["H38", "H26", "H33", "H34", "H35", "H36", "H37"]],
    ]);
  });
});

describe("an 整体 table with several 年度目标 blocks, each weighed in its label", () => {
  const overall = (output = 20): Rows => [
    ["2024年度某某局部门整体支出绩效自评表"],
    ["预算执行情况（10分）", "", "全年预算数", "全年执行数", "执行率", "得分"],
    ["", "年度资金总额", 500, 500, "100.00%", 10],
    ["年度目标1：政务服务（45分）"],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "办件量", output, "≥10000件", "12000件", output],
    ["", "质量指标", "好评率", 15, "≥95%", 0.99, 15],
    ["满意度指标", "服务对象满意度指标", "企业群众满意度", 10, "≥90%", "95%", 10],
    ["年度目标2：审批改革（45分）"],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "时效指标", "审批时限压缩率", 20, "≥50%", "60%", 20],
    ["效益指标", "社会效益指标", "营商环境改善", 15, "明显改善", "明显改善", 15],
    ["满意度指标", "服务对象满意度指标", "企业群众满意度", 10, "≥90%", "96%", 10],
    ["总分", "", "", "", "", "", 80 + output],
  ];
  const format: Format = (ws) => (ws.getCell("F7").numFmt = "0%");

  it("takes each block's weight from its label and finds nothing in a correct table", async () => {
    const wb = await read(overall(), format);
    const [t] = recognizePerfTables(wb);
    expect(t.goals.map((g) => [g.name, g.weight?.address, g.weight?.value.toString()])).toEqual([
      ["年度目标1", "A4", "45"],
      ["年度目标2", "A9", "45"],
    ]);
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("flags a block whose rows do not add up to its label's weight", async () => {
    const found = checkPerformance(await read(overall(21), format), [], {}).findings;
    expect(found.map(brief)).toEqual([
      ["PERF.weights.group", "error", ["A4", "D6", "D7", "D8"]],
      ["PERF.weights.total", "error", ["A2", "A4", "A9"]],
    ]);
  });
});

describe("a weight off by one inside a group that states its weight", () => {
  // Which is wrong, the row's weight or the group's, cannot be told: the row's score and its lost point
  // are still judged against the row's own weight, so a real break in that group is never hidden.
  it("is reported by the weight checks, and the row is still judged against its own weight", async () => {
    const spec: ProjectSpec = goodSpec();
    spec.groups[0].groups[1].rows[0] = ["验收合格率（11 分）", "≥96%", "96%", 10];
    spec.reason = "";
    spec.groups[0].groups[0].rows[1] = ["发放材料份数（10 分）", "12000份", "12000份", 10];
    spec.groups[1].groups[0].rows[1] = ["平均办理时长（15 分）", "≤120分钟", "100分钟", 15];
    spec.total = 100;
    const wb = await roundTrip((book) => {
      const sheet = projectSheet(spec);
      const ws = book.addWorksheet(sheet.name);
      ws.addRows(sheet.values);
      for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    });
    expect(checkPerformance(wb, [], {}).findings.map(brief)).toEqual([
      ["PERF.weights.group", "error", ["C10", "D10", "D11"]],
      ["PERF.weights.total", "error", ["A5", "A7"]],
      ["PERF.quant.score", "error", ["G10", "D10", "E10", "F10"]],
      ["PERF.reason.missing", "warning", ["G10", "D16"]],
    ]);
  });
});

describe("stacked tables with bare titles", () => {
  const table = (name: string, total: number, note: string): Rows => [
    ["项目支出绩效自评表"],
    ["项目名称", name],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "培训场次", 100, "按时完成", "基本完成", total],
    ["总分", "", "", 100, "", "", total],
    ["偏差大或目标未完成原因分析", "", "", "部分延迟"],
    [note],
  ];

  it("keeps a grade line closing the first table in that table, not as the next one's title line", async () => {
    const wb = await roundTrip((book) =>
      book
        .addWorksheet("自评表")
        .addRows([...table("甲", 85, "评价等级：良"), ...table("乙", 95, "评价等级：优")]),
    );
    expect(recognizePerfTables(wb).map((t) => [t.id, t.title, t.grade?.address, t.range.bottom])).toEqual([
      ["PERF:甲", "项目支出绩效自评表", "A7", 6],
      ["PERF:乙", "项目支出绩效自评表", "A14", 13],
    ]);
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });
});

describe("budget blocks headed the provincial ways", () => {
  const indicatorsBelow: Rows = [
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "培训场次", 50, "≥20场", "20场", 50],
    ["效益指标", "社会效益指标", "便捷度", 40, "提升", "有效提升", 40],
    ["总分", "", "", 100, "", "", 99],
  ];
  const project = (budgetHeader: string, executedHeader: string): Rows => [
    ["2024年度某某局甲项目项目支出绩效自评表"],
    ["项目名称", "甲项目"],
    ["预算执行情况", "", budgetHeader, executedHeader, "执行率", "分值", "得分"],
    ["", "年度资金总额", 100, 90, "90.00%", 10, 9],
    ...indicatorsBelow,
  ];

  it("reads 年初预算数 alone and 实际支出数 as the block's 预算数 and 执行数", async () => {
    for (const [budget, executed] of [
      ["年初预算数", "执行数"],
      ["预算数", "实际支出数"],
    ]) {
      const wb = await read(project(budget, executed), () => undefined);
      const [t] = recognizePerfTables(wb);
      expect([t.budget.budget?.address, t.budget.executed?.address, t.budget.score?.address]).toEqual([
        "C4",
        "D4",
        "G4",
      ]);
      expect(checkPerformance(wb, [], {}).findings).toEqual([]);
    }
  });

  it("reads 其中：基本支出 as the 整体 table's 基本支出总额", async () => {
    const rows = (project: number): Rows => [
      ["2024年度某某局部门整体支出绩效自评表"],
      ["预算执行情况（10分）", "", "全年预算数", "全年执行数", "执行率", "得分"],
      ["", "年度资金总额", 500, 450, "90.00%", 9],
      ["", "其中：基本支出", 300, 280, "", ""],
      ["", "项目支出", 200, project, "", ""],
      ...indicatorsBelow,
    ];
    const [t] = recognizePerfTables(await read(rows(170), () => undefined));
    expect([t.basicTotal?.address, t.projectTotal?.address]).toEqual(["D4", "D5"]);
    const found = checkPerformance(await read(rows(171), () => undefined), [], {}).findings;
    expect(found.map(brief)).toEqual([["PERF.budget.parts", "error", ["D3", "D4", "D5"]]]);
  });
});

describe("an 整体 table with one indicator header and its 年度目标 labels between the rows", () => {
  const rows = (first = 30, repeat = "审批时限压缩率"): Rows => [
    ["2024年度某某局部门整体支出绩效自评表"],
    ["预算执行情况（10分）", "", "全年预算数", "全年执行数", "执行率", "得分"],
    ["", "年度资金总额", 500, 500, "100.00%", 10],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
    ["年度目标1：政务服务（45分）"],
    ["产出指标", "数量指标", "办件量", first, "≥10000件", "12000件", first],
    ["满意度指标", "服务对象满意度指标", "企业群众满意度", 15, "≥90%", "95%", 15],
    ["年度目标2：审批改革（45分）"],
    ["产出指标", "时效指标", "审批时限压缩率", 15, "≥50%", "60%", 15],
    ["", "", repeat, 15, "≥50%", "60%", 15],
    ["满意度指标", "服务对象满意度指标", "企业群众满意度", 15, "≥90%", "96%", 15],
    ["总分", "", "", "", "", "", 70 + first],
  ];

  it("reads each labelled block with its weight, and finds nothing in a correct table", async () => {
    const wb = await read(rows(30, "承诺件办结率"), () => undefined);
    const [t] = recognizePerfTables(wb);
    expect(
      t.goals.map((g) => [g.name, g.weight?.address, allIndicators({ ...t, goals: [g] }).length]),
    ).toEqual([
      ["年度目标1", "A5", 2],
      ["年度目标2", "A8", 3],
    ]);
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("flags a block that does not weigh its label's weight, and an indicator listed twice in one block", async () => {
    const found = checkPerformance(await read(rows(31), () => undefined), [], {}).findings;
    expect(found.map(brief)).toEqual([
      ["PERF.weights.group", "error", ["A5", "D6", "D7"]],
      ["PERF.weights.total", "error", ["A2", "A5", "A8"]],
      ["PERF.indicator.duplicate", "error", ["C9", "C10"]],
    ]);
  });
});

describe("the title and the reason as departments write them", () => {
  it("recognises a title with the year in brackets on the same line", async () => {
    const rows = edited((r) => {
      r[0] = ["项目支出绩效自评表（2024年度）"];
      r[1] = [];
    });
    const [t] = recognizePerfTables(await read(rows));
    expect([t.id, t.kind, t.title]).toEqual(["PERF:乙项目", "project", "项目支出绩效自评表"]);
  });

  it('takes a reason of only "无", "/" or "—" for no reason', async () => {
    for (const placeholder of ["无", "/", "—"]) {
      const found = await check(edited((r) => (r[16][8] = placeholder)));
      expect(found.map(brief)).toEqual([["PERF.reason.missing", "warning", ["H17", "I17"]]]);
    }
  });
});
