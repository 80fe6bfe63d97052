import { checkPerformance, recognizePerfTables } from "../../src/engine/selfeval";
import { allIndicators } from "../../src/engine/selfeval/check-weights";
import { PerfTable } from "../../src/engine/selfeval/types";
import { roundTrip, sampleWorkbook } from "./build";

function byId(tables: PerfTable[], id: string): PerfTable {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id} among ${tables.map((x) => x.id).join(", ")}`);
  return t;
}

describe("the seed's five 自评表, written to .xlsx and read back", () => {
  let tables: PerfTable[];
  beforeAll(async () => {
    tables = recognizePerfTables(await sampleWorkbook("published"));
  });

  it("finds each table by its title, named by its project", () => {
    expect(tables.map((t) => [t.id, t.kind, t.sheet])).toEqual([
      ["PERF:整体", "overall", "整体绩效自评表"],
      ["PERF:政务大厅“三免”服务", "project", "三免服务自评表"],
      // Its 项目名称 cell says "编外用工项目申报表": the name comes from the title.
      ["PERF:编外用工", "project", "编外用工自评表"],
      ["PERF:政务中心业务经费", "project", "政务中心业务经费自评表"],
      ["PERF:政务中心运行经费", "project", "政务中心运行经费自评表"],
    ]);
  });

  it("reads the 整体 table's 年度目标 blocks, each with its own weight, and its group weights", () => {
    const t = byId(tables, "PERF:整体");
    expect(t.goals.map((g) => [g.name, g.weight?.value.toString(), g.weight?.address])).toEqual([
      ["年度目标1", "28", "A9"],
      ["年度目标2", "24", "A25"],
      ["年度目标3", "28", "A39"],
    ]);
    expect(t.goals[0].children.map((g) => [g.name, g.weight?.value.toString(), g.weight?.address])).toEqual([
      ["产出指标", "20", "A10"],
      ["效益指标", "6", "A20"],
      ["满意度指标", "2", "A23"],
    ]);
    expect(t.goals[0].children[0].children.map((g) => [g.name, g.weight?.value.toString()])).toEqual([
      ["数量指标", "10"],
      ["质量指标", "4"],
      ["时效指标", "6"],
    ]);
    expect(allIndicators(t)).toHaveLength(40);
    expect(t.statedCount).toMatchObject({ count: 40, sheet: "整体绩效自评表" });
  });

  it("reads the 整体 budget block and 基本支出总额 / 项目支出总额 with their cells", () => {
    const t = byId(tables, "PERF:整体");
    expect([
      t.basicTotal?.text,
      t.basicTotal?.address,
      t.projectTotal?.text,
      t.projectTotal?.address,
    ]).toEqual(["1,362.33", "C5", "1,535.10", "G5"]);
    const b = t.budget;
    expect(
      [b.weight?.value, b.budget?.value, b.executed?.value, b.rate?.value, b.score?.value].map(String),
    ).toEqual(["20", "2897.43", "2897.43", "100", "20"]);
    expect([b.budget?.address, b.executed?.address, b.rate?.address, b.score?.address]).toEqual([
      "D7",
      "E7",
      "F7",
      "G7",
    ]);
    expect([t.total?.value.toString(), t.total?.address, t.reason?.text, t.reason?.address]).toEqual([
      "97",
      "B54",
      "",
      "D55",
    ]);
  });

  it("takes weights from inside the names and carries merged group labels down their rows", () => {
    const t = byId(tables, "PERF:政务大厅“三免”服务");
    const rows = allIndicators(t);
    expect(rows).toHaveLength(16);
    expect(rows[0]).toMatchObject({
      name: "按需求提供免费刻章数量",
      level1: "产出指标",
      level2: "数量指标",
      target: { text: "根据实际需求刻章", address: "E13" },
      nameCell: { address: "D13" },
    });
    expect(rows[0].weight?.value.toString()).toBe("5");
    expect(rows.slice(0, 11).every((r) => r.level1 === "产出指标")).toBe(true);
    expect(rows.slice(4, 7).map((r) => r.level2)).toEqual(["质量指标", "质量指标", "质量指标"]);
    expect(rows[10]).toMatchObject({ name: "刻章成本控制", level2: "成本指标" });
    // 二级指标 without a stated weight in this table.
    expect(t.goals[0].children[0].children[0].weight).toBeUndefined();
    expect(t.goals[0].weight?.value.toString()).toBe("80");
  });

  it("reads a budget block whose row label is merged over the header and the amounts", () => {
    const b = byId(tables, "PERF:编外用工").budget;
    expect([b.budget?.text, b.executed?.address, b.rate?.text, b.score?.text]).toEqual([
      "577.84",
      "E11",
      "100.00%",
      "20.00",
    ]);
  });

  it("reads a row whose weight is missing as a row without weight", () => {
    const row = allIndicators(byId(tables, "PERF:整体")).find((r) => r.name === "编外人员到位率");
    expect(row?.weight).toBeUndefined();
    expect(row?.score?.value.toString()).toBe("2");
  });
});

describe("other layouts", () => {
  it("reads weights from a 分值 column, group weights on their own rows and labels filled in only once", async () => {
    const wb = await roundTrip((book) => {
      const ws = book.addWorksheet("部门整体");
      ws.addRows([
        ["2024年度某某局部门整体支出绩效自评表"],
        ["预算执行情况（10分）", "预算数", "执行数", "执行率", "得分"],
        ["", 500, 450, "90.00%", 9],
        ["一级指标", "二级指标", "三级指标", "分值", "年初目标值", "实际完成值", "得分"],
        ["50 分"],
        ["产出指标", "数量指标", "完成培训场次", 25, "≥20场", "20场", 25],
        ["", "", "培训覆盖率", 25, "100%", "100%", 25],
        ["40 分"],
        ["效益指标", "满意度", "群众满意度", 40, "≥90%", "90%", 40],
        ["总分", 99],
        ["偏差大或目标未完成原因分析", "", "", "部分资金因项目延期未支出"],
      ]);
    });
    const [t] = recognizePerfTables(wb);
    expect(t).toMatchObject({ id: "PERF:整体", kind: "overall" });
    expect(t.goals[0].children.map((g) => [g.name, g.weight?.value.toString(), g.weight?.address])).toEqual([
      ["产出指标", "50", "A5"],
      ["效益指标", "40", "A8"],
    ]);
    const rows = allIndicators(t);
    expect(
      rows.map((r) => [r.name, r.level1, r.level2, r.weight?.value.toString(), r.weight?.address]),
    ).toEqual([
      ["完成培训场次", "产出指标", "数量指标", "25", "D6"],
      ["培训覆盖率", "产出指标", "数量指标", "25", "D7"],
      ["群众满意度", "效益指标", "满意度", "40", "D9"],
    ]);
    expect(t.budget.weight?.value.toString()).toBe("10");
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });

  it("finds two tables on one sheet and ignores a caption that only names a 自评表", async () => {
    const wb = await roundTrip((book) => {
      const ws = book.addWorksheet("自评");
      // One indicator, 100 points, done as planned; the stated 总分 may say otherwise.
      const body = (indicator: string, done: string, total: number) => [
        ["单位名称：某某局"],
        ["年度绩效目标 (100 分)", "一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"],
        ["100 分", "产出指标", "数量指标（100 分）", `${indicator}（100 分）`, done, done, 100],
        ["总分", total],
      ];
      ws.addRows([
        ["附件：2024 年度某某局整体绩效自评表"],
        [],
        ["2024 年度某某局甲项目"],
        ["项目支出绩效自评表"],
        ...body("甲", "1 项", 100),
        [],
        ["2024 年度某某局乙项目项目支出绩效自评表"],
        ...body("乙", "2 项", 90),
      ]);
    });
    const tables = recognizePerfTables(wb);
    expect(tables.map((t) => [t.id, t.range])).toEqual([
      ["PERF:甲项目", { top: 2, left: 0, bottom: 7, right: 6 }],
      ["PERF:乙项目", { top: 9, left: 0, bottom: 13, right: 6 }],
    ]);
    const findings = checkPerformance(wb, [], {}).findings;
    expect(findings.map((f) => [f.rule, f.table])).toEqual([["PERF.total", "PERF:乙项目"]]);
  });

  it("finds nothing in a workbook without 自评表", async () => {
    const wb = await roundTrip((book) => book.addWorksheet("收入支出决算总表").addRow(["收入支出决算总表"]));
    expect(checkPerformance(wb, [], {})).toEqual({ tables: [], findings: [] });
  });
});

describe("the national template (财预〔2020〕10号)", () => {
  it("reads 全年预算数 / 全年执行数 / 分值, a 分值 column, per-row reasons and 总分 under 得分", async () => {
    const wb = await roundTrip((book) => {
      const ws = book.addWorksheet("项目自评");
      ws.addRows([
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", "乡村道路养护"],
        ["主管部门", "某某局", "", "", "实施单位", "某某局"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 120, 100, 95, 10, "95.00%", 9.5],
        ["", "其中：当年财政拨款", 120, 100, 95, "—", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["", "完成道路养护 50 公里", "", "", "完成 50 公里"],
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
        ["", "产出指标", "数量指标", "养护里程", "≥50公里", "50公里", 25, 25, ""],
        ["", "", "质量指标", "验收合格率", "100%", "100%", 25, 25, ""],
        [
          "",
          "效益指标",
          "社会效益指标",
          "群众出行便利度",
          "提升",
          "明显提升",
          30,
          27,
          "个别路段施工期间通行受限",
        ],
        ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10, 10, ""],
        ["总分", "", "", "", "", "", 100, 96.5, ""],
      ]);
      ws.mergeCells("A10:A14");
    });
    const [t] = recognizePerfTables(wb);
    expect(t.id).toBe("PERF:乡村道路养护");
    expect([t.budget.budget?.address, t.budget.executed?.address, t.budget.weight?.address]).toEqual([
      "D6",
      "E6",
      "F6",
    ]);
    expect(t.total).toMatchObject({ address: "H15", text: "96.5" });
    const rows = allIndicators(t);
    expect(rows.map((r) => [r.name, r.level1, r.weight?.address, r.target.text])).toEqual([
      ["养护里程", "产出指标", "G11", "≥50公里"],
      ["验收合格率", "产出指标", "G12", "100%"],
      ["群众出行便利度", "效益指标", "G13", "提升"],
      ["群众满意度", "满意度指标", "G14", "≥90%"],
    ]);
    expect(rows[2].reason?.text).toBe("个别路段施工期间通行受限");
    expect(checkPerformance(wb, [], {}).findings).toEqual([]);
  });
});
