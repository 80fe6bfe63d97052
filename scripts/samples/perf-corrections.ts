/**
 * What makes the seed's five 绩效自评表 consistent: edits of the published tables (perf-data.ts), listed
 * by table, each saying what changes and the inconsistency it fixes. Rows and groups are found by their
 * printed names; a table's edits apply in order.
 */
import { IndicatorRow, Level1Data, Level2Data, PerfSheetData, publishedPerf } from "./perf-data";

type Edit = { why: string } & (
  | { set: Partial<Pick<PerfSheetData, "totals" | "projectName">> }
  | { renameRow: string; to: string }
  /** Removes the row from the 二级指标 group named `from` (the row stands in more than one). */
  | { dropRow: string; from: string }
  /** Moves the row to the top of the 二级指标 group named `to`. */
  | { moveRow: string; to: string }
  /** 二级指标 groups renamed: old name → new name (the weight is written into the name). */
  | { renameGroups: Record<string, string> }
  /** Sets the weight of the 一级指标 group. */
  | { groupWeight: string; to: string }
);

export const CORRECTIONS: Record<string, Edit[]> = {
  整体绩效自评表: [
    {
      set: { totals: { basic: 1362.34, project: 1535.09 } },
      why: "基本支出总额 1,362.33 and 项目支出总额 1,535.10 differed from the disclosure tables",
    },
    {
      renameRow: "编外人员到位率",
      to: "编外人员到位率(2分)",
      why: "the only row of the five tables without its weight",
    },
  ],
  三免服务自评表: [
    {
      renameRow: "按需求提供免费刻章数量 (5 分)",
      to: "按需求提供免费刻章数量 (4 分)",
      why: "产出指标 is stated at 45 points but its rows weighed 46; the 刻章 row weighs 4, like its neighbours",
    },
  ],
  编外用工自评表: [
    {
      set: { projectName: "编外用工" },
      why: "项目名称 named the application form (编外用工项目申报表), not the project of the title",
    },
    {
      dropRow: "政务服务工作处理及时率 (5 分)",
      from: "时效指标",
      why: "the row stood under both 质量指标 and 时效指标, counting its 5 points twice",
    },
  ],
  政务中心业务经费自评表: [
    { groupWeight: "产出指标", to: "40 分", why: "产出指标 was stated at 45 points but its rows weigh 40" },
  ],
  政务中心运行经费自评表: [
    {
      moveRow: "政务大楼租金支付及时率(5分)",
      to: "时效指标（10 分）",
      why: "a 时效 indicator listed under 质量指标, which then weighed 15 against its stated 10",
    },
    {
      renameGroups: {
        "时效指标（10 分）": "时效指标（15 分）",
        "社会效益指标（21 分）": "社会效益指标（15 分）",
        "可持续影响指标(9 分)": "可持续影响指标(10 分)",
      },
      why: "the stated weights differed from what the groups' rows weigh (时效 with the 租金 row)",
    },
  ],
};

/** Every table lost points without saying why; the reasons the corrected tables give. */
export const REASONS: Record<string, string> = {
  整体绩效自评表:
    "群众企业办事便捷提升度、提升政务服务效率、为群众提供三免服务三项定性指标为部分达成：便民措施已推开，但群众办事便捷度的提升尚未经第三方评估量化，各扣 1 分。",
  三免服务自评表:
    "提升企业开办便利度、为群众提供三免服务两项定性指标为部分达成：企业开办便利度尚未开展满意度回访，各扣 1 分。",
  编外用工自评表:
    "保障政务服务工作正常开展、提高政务服务水平及效率两项定性指标高峰期窗口等候时间偏长，各扣 1 分。",
  政务中心业务经费自评表:
    "方便群众就近办、提高政务服务水平及效率两项定性指标尚未开展第三方满意度测评，各扣 1 分。",
  政务中心运行经费自评表:
    "政务大楼第四季度租金因合同续签延至 2025 年 1 月支付，租金支付金额与支付及时率按 75% 计分；10 月后水电费延至次年缴纳，缴纳月数按 23 ÷ 24 计分；保障政务服务工作正常开展、办公场所安全运营、办公环境改善程度三项定性指标为部分达成，各扣 1 分。",
};

/** The one item of `items` that `match` picks; the correction is wrong if there is not exactly one. */
function only<T>(items: T[], match: (item: T) => boolean, what: string): T {
  const found = items.filter(match);
  if (found.length !== 1) throw new Error(`${what}: ${found.length} matches`);
  return found[0];
}

function apply(t: PerfSheetData, edit: Edit): void {
  const level1 = t.goals.flatMap((goal) => goal.groups);
  const level2 = level1.flatMap((g) => g.groups);
  const named = <T extends { name: string }>(items: T[], name: string): T =>
    only(items, (x) => x.name === name, `${t.sheet} ${name}`);
  const holding = (row: string): Level2Data =>
    only(level2, (g) => g.rows.some(([name]) => name === row), `${t.sheet} ${row}`);
  const rowIn = (g: Level2Data, row: string): IndicatorRow =>
    only(g.rows, ([name]) => name === row, `${t.sheet} ${g.name} ${row}`);
  const take = (g: Level2Data, row: string): IndicatorRow =>
    g.rows.splice(g.rows.indexOf(rowIn(g, row)), 1)[0];

  if ("set" in edit) Object.assign(t, edit.set);
  else if ("renameRow" in edit) rowIn(holding(edit.renameRow), edit.renameRow)[0] = edit.to;
  else if ("dropRow" in edit) take(named(level2, edit.from), edit.dropRow);
  else if ("moveRow" in edit) named(level2, edit.to).rows.unshift(take(holding(edit.moveRow), edit.moveRow));
  else if ("renameGroups" in edit)
    for (const [from, to] of Object.entries(edit.renameGroups)) named(level2, from).name = to;
  else named<Level1Data>(level1, edit.groupWeight).weight = edit.to;
}

/** The five tables with every correction applied and a reason given for every lost point. */
export function correctedPerf(): PerfSheetData[] {
  const tables = publishedPerf();
  const table = (sheet: string) => only(tables, (t) => t.sheet === sheet, sheet);
  for (const [sheet, edits] of Object.entries(CORRECTIONS))
    for (const edit of edits) apply(table(sheet), edit);
  for (const [sheet, reason] of Object.entries(REASONS)) table(sheet).reason = reason;
  return tables;
}
