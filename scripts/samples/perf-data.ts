/**
 * The seed report's five 绩效自评表 (2024 年度武汉市硚口区行政审批局) exactly as published; the fixes
 * that make them consistent are listed in perf-corrections.ts. Texts are kept as printed: weights written
 * into the names ("（2 分）", "(2分)"), group weights in their own column ("45 分"). The printed PDF lost
 * a few cells; each is marked LOST with the value chosen and why.
 */

/** 三级指标 (with its weight in the name), 年初目标值, 实际完成值, 得分. */
export type IndicatorRow = [name: string, target: string, result: string, score: number];

export interface Level2Data {
  /** "数量指标（10 分）", or "数量指标" when the table states no weight for it. */
  name: string;
  rows: IndicatorRow[];
}

export interface Level1Data {
  /** The group weight cell: "45 分". */
  weight: string;
  name: string;
  groups: Level2Data[];
}

export interface GoalData {
  /** 整体 table: "年度目标 1：" and the goal's description. */
  label?: [string, string];
  /** The header's first cell: "年度绩效目标 (80 分)". */
  header: string;
  /** The name column's header: "三级指标" (projects) or "指标名称" (整体). */
  nameHeader: string;
  groups: Level1Data[];
}

export interface BudgetData {
  label: string;
  /** "年度财政资金总额" / "部门整体支出总额". */
  rowLabel: string;
  /** The 编外用工 table merges its row label over the header and the amounts. */
  rowLabelMerged?: boolean;
  scoreHeader: string;
  budget: number;
  executed: number;
  /** 执行率 as a fraction, shown as a percentage. */
  rate: number;
  score: number;
}

export interface PerfSheetData {
  sheet: string;
  kind: "overall" | "project";
  /** One line (整体) or two (project: name, then "项目支出绩效自评表"). */
  title: string[];
  /** 项目名称 as printed (project tables). */
  projectName?: string;
  /** 整体: 基本支出总额 and 项目支出总额 (万元). */
  totals?: { basic: number; project: number };
  budget: BudgetData;
  goals: GoalData[];
  total: number;
  reason: string;
  improvement: string;
  notes: string[];
}

export const UNIT = "武汉市硚口区行政审批局";
export const FILLED = "填报日期：2025 年 5 月 28 日";

/**
 * Reads an indicator tree written the way the table prints it, one line a row: "45 分 | 产出指标" (group
 * weight and 一级指标), indented two spaces "数量指标" (二级指标), indented four "三级指标 | 年初目标值 |
 * 实际完成值 | 得分". Lines starting with "//" are notes.
 */
export function indicators(text: string): Level1Data[] {
  const groups: Level1Data[] = [];
  for (const line of text.split("\n")) {
    const content = line.trim();
    if (!content || content.startsWith("//")) continue;
    const cells = content.split("|").map((cell) => cell.trim());
    const depth = line.length - line.trimStart().length;
    const level1 = groups[groups.length - 1];
    const level2 = level1?.groups[level1.groups.length - 1];
    if (depth === 0 && cells.length === 2) groups.push({ weight: cells[0], name: cells[1], groups: [] });
    else if (depth === 2 && cells.length === 1 && level1) level1.groups.push({ name: content, rows: [] });
    else if (depth === 4 && cells.length === 4 && level2 && cells[3] !== "" && !isNaN(Number(cells[3])))
      level2.rows.push([cells[0], cells[1], cells[2], Number(cells[3])]);
    else throw new Error(`indicator line not understood: ${line}`);
  }
  return groups;
}

const OVERALL: PerfSheetData = {
  sheet: "整体绩效自评表",
  kind: "overall",
  title: ["2024 年度武汉市硚口区行政审批局整体绩效自评表"],
  totals: { basic: 1362.33, project: 1535.1 },
  budget: {
    label: "预算执行情况（万元） (20 分)",
    rowLabel: "部门整体支出总额",
    scoreHeader: "得分（20 分*执行率）",
    budget: 2897.43,
    executed: 2897.43,
    rate: 1,
    score: 20,
  },
  goals: [
    {
      label: [
        "年度目标 1：",
        "解决居民“就近办、多点办、马上办”需求，指导企业和群众利用全程网办、武汉都市圈各地跨域通办窗口、自助端等方式，打破区域限制，提高审批效率",
      ],
      header: "年度绩效目标 (28 分)",
      nameHeader: "指标名称",
      groups: indicators(`
20 分 | 产出指标
  数量指标（10 分）
    权责清单公布数量（2 分） | 289 项 | 《湖北政务服务网》显示硚口区行政审批局公开权力清单共 289 条 | 2
    电子证照“免提交”数量（2 分） | 120 类 | 在个人就业、就医、养老、住房公积金和市场主体登记、经营、投资、工程建设等领域落实 120 类高频电子证照“免提交” | 2
    零跑动事项占政务服务事项数量的比例（2 分） | 90% | 全区 1433 项政务服务事项，零跑动事项数量 1336 个，零跑动事项数量占比 93.2% | 2
    全省通办事项数量（2 分） | 1000 项 | 在湖北省事项管理系统按照“应领尽领、实事求是”的原则完成事项认领，编制个性化要素并在政务服务网公开发布，全省通办事项已达 1000 项 | 2
    护士执业资格首次注册、延续、注销实现“集中办”“零跑动”，审批时间缩短比率（2 分） | 80% | 针对护士执业资格相关业务量大、时间段集中的特点，对于二级以上公立医院办理护士执业证书延续、注销的，可通过“民科微”小程序在线提交申请，审批部门通过“护士执业注册联网管理信息系统（管理版）”进行审批，全程无需提交纸质材料，缩短审批时间 80% | 2
  质量指标（4 分）
    政务服务事项办事指南正确率（2 分） | 100% | 完善全区 1433 项政务服务事项办事指南编制，事项办事指南正确率达 100% | 2
    “视频帮办”服务提升办事效率（2 分） | 100% | 在全区 32 个自助政务服务区上线“视频帮办”服务，可实时视频连线对办事群众进行专业指导，帮助群众快速了解办事流程、准备相关材料、同步填写表单，确保办件事项能够顺利办理 | 2
  时效指标（6 分）
    项目审批及时率（2 分） | 100% | 全面推行企业开办“1050”标准，即企业开办事项 1 次申报、0.5 天内办结、0 收费 | 2
    承诺件/即办件处理及时率（2 分） | 100% | 积极与街道部门协调配合，通过政企联动，主动下沉优化流程，采取一对一服务，提高服务效率，实现“双向奔赴” | 2
    网络故障处理及时率（2 分） | 100% | 100% | 2
6 分 | 效益指标
  社会效益指标（4 分）
    群众企业办事便捷提升度（2 分） | 提升 | 群众企业办事便捷有效提升 | 1
    发生重大网络安全事件次数（2 分） | 0 件 | 没有发生重大网络安全事件 | 2
  可持续影响指标（2 分）
    解决居民“就近办、多点办、马上办”需求，提高审批效率（2 分） | 可持续 | 可持续 | 2
2 分 | 满意度指标
  服务对象满意度指标（2 分）
    企业群众满意度（2 分） | ≥96% | 96% | 2
`),
    },
    {
      label: [
        "年度目标 2：",
        "以优化营商环境为引领，继续推动“一件事一次办”，以微创新服务企业群众，办更多“不起眼”的小事，打造成本最低、效率最高、服务最优的城区，群众和企业满意度和获得感不断增强",
      ],
      header: "年度绩效指标 (24分)",
      nameHeader: "指标名称",
      groups: indicators(`
18分 | 产出指标
  数量指标(10分)
    日常政务服务工作完成率(2分) | 100% | 100% | 2
    // As printed: the only row of the five 自评表 without its weight.
    编外人员到位率 | 100% | 100% | 2
    企业群众办事“免证办”覆盖领域(2分) | 多个 | 在个人就业、就医、养老、住房公积金和市场主体登记、经营、投资、工程建设等领域落实高频电子证照“免提交” | 2
    省级试点事项数量(2分) | 2个 | 湖北省企业上市合法合规信息核查“一件事”和企业破产信息核查“一件事”2个 | 2
    “一件事”主题事项上线数量(2分) | 94项 | 湖北省政务服务事项管理系统认领上线企业上市合法合规信息核查、企业破产信息核查、教育入学等15个主题“一件事”所涉及94项事项 | 2
  质量指标(4分)
    经营主体住所(经营场所)登记准入率(2分) | 100% | 全面推行企业开办“1050”标准，认真推行经营主体住所(经营场所)登记承诺制，提升登记规范化、标准化便利水平，更大程度推动实现“准入即准营”、更大力度提升市场准入便利度 | 2
    踏勘流程进一步优化，一次踏勘提升效率(2分) | 100% | 针对同一机构多个踏勘事项、踏勘点位的情况，采取提前规划、一次申请、一次踏勘的方法提升效率 | 2
  时效指标(4分)
    政务服务工作处理及时率(2分) | 100% | 100% | 2
    对企业需求响应及时率(2分) | 100% | 100% | 2
4分 | 效益指标
  社会效益指标(2分)
    提升政务服务效率(2分) | 保障 | 有保障 | 1
  可持续影响指标(2分)
    提高审批、登记事项便捷度，持续改善营商环境(2分) | 可持续 | 可持续 | 2
2分 | 满意度指标
  服务对象满意度指标(2分)
    企业群众满意度(2分) | ≥96% | 96% | 2
`),
    },
    {
      label: ["年度目标3:", "为群众提供免费刻章、免费复印、免费邮寄的便民服务"],
      header: "年度绩效目标 (28分)",
      nameHeader: "指标名称",
      groups: indicators(`
20分 | 产出指标
  数量指标(10分)
    按需求提供免费刻章数量(2分) | 根据实际需求刻章 | 按需求提供免费刻章数量7790件以上 | 2
    商事主体免费邮寄份数(2分) | 12000份 | 商事主体免费邮寄份数约13922份 | 2
    公共服务免费打印覆盖率(2分) | 100% | 100% | 2
    商事服务一体机下沉到街道工作完成率(2分) | 100% | 100% | 2
    “好差评”评价机投入使用比(2分) | 100% | 100% | 2
  质量指标(4分)
    印章刻制质量达标率(2分) | 100% | 100% | 2
    免费复印、免费邮寄工作完成率(2分) | 100% | 100% | 2
  时效指标(4分)
    免费复印、刻章、邮寄及时率(2分) | 100% | 100% | 2
    兑现自助机服务时限(2分) | 24小时 | 24小时 | 2
  成本指标(2分)
    刻章成本控制(2分) | 100元/套 | 100元/套 | 2
6分 | 效益指标
  社会效益指标(4分)
    为群众提供三免服务，方便群众业务办理，使审批更加高效便民(2分) | 保障 | 有保障 | 1
    降低企业开办成本(2分) | 降低 | 降低企业开办成本 | 2
  可持续影响指标 (2分)
    为企业创造了良好的营商环境,后续运行成效发挥显著(2分) | 可持续 | 可持续 | 2
2分 | 满意度指标
  服务对象满意度指标 (2分)
    企业群众满意度(2分) | ≥96% | 96% | 2
`),
    },
  ],
  total: 97,
  reason: "",
  improvement:
    "一是后续工作中, 加强预算执行的规范性和绩效目标编制的科学性, 根据实质工作内容及流程不断调整完善各项绩效工作目标; 二是建立绩效运行监控机制, 做到预算资金全方位、全过程动态监控, 实现监控范围全覆盖, 并依据监控结果科学合理编制下年度绩效目标, 强化预算绩效管理的科学性和精准性, 不断提高财政资金使用效率。",
  notes: [
    "备注:",
    "1. 预算执行情况口径: 预算数为调整后财政资金总额(包括上年结余结转), 执行数为资金使用单位财政资金实际支出数。",
    "2. 定量指标完成数汇总原则: 绝对值直接累加计算, 相对值按照资金额度加权平均计算。定量指标计分原则: 正向指标(即目标值为≥X, 得分=权重*B/A), 反向指标(即目标值为≤X, 得分=权重*A/B), 得分不得突破权重总额。定量指标先汇总完成数, 再计算得分。",
    "3. 定性指标计分原则: 达成预期指标、部分达成预期指标、未达成预期指标三档, 分别按照该指标对应分值区间 100%-80%(>=80%)、80%-50%(>=50%, <80%)、50%-0%(<50%)合理确定分值。汇总时, 以资金额度为权重, 对分值进行加权平均计算。",
    "4. 基于经济性和必要性等因素考虑, 满意度指标暂可不作为必评指标。预算执行情况 20 分, 产出指标 40 分、效益指标和满意度指标 40 分",
    // From the report's 部门整体支出绩效自评 section (完成的绩效目标), kept with the table it counts.
    "2024 年区行政审批局共设置 40 个绩效指标，完成了 40 个。",
  ],
};

interface ProjectHead {
  /** What the title names: "2024 年度武汉市硚口区行政审批局{subject}". */
  subject: string;
  sheet: string;
  /** 项目名称 when it is not the subject. */
  projectName?: string;
  /** 预算数, all of it spent. */
  budget: number;
  budgetFields?: Partial<BudgetData>;
  total: number;
}

/**
 * A 项目支出绩效自评表 as the seed prints them: budget fully spent, one 年度绩效目标 (80 分) written in the
 * notation of `indicators`, no reason given.
 */
function project(head: ProjectHead, indicatorText: string, improvement: string): PerfSheetData {
  return {
    sheet: head.sheet,
    kind: "project",
    title: [`2024 年度武汉市硚口区行政审批局${head.subject}`, "项目支出绩效自评表"],
    projectName: head.projectName ?? head.subject,
    budget: {
      label: "预算执行情况 (万元) (20 分)",
      rowLabel: "年度财政资金总额",
      scoreHeader: "得分 (20 分*执行率)",
      budget: head.budget,
      executed: head.budget,
      rate: 1,
      score: 20,
      ...head.budgetFields,
    },
    goals: [{ header: "年度绩效目标 (80 分)", nameHeader: "三级指标", groups: indicators(indicatorText) }],
    total: head.total,
    reason: "",
    improvement,
    notes: [],
  };
}

const SANMIAN = project(
  {
    subject: "政务大厅“三免”服务",
    sheet: "三免服务自评表",
    budget: 113.18,
    budgetFields: { scoreHeader: "得分 (20 分 * 执行率)" },
    total: 98,
  },
  `
45 分 | 产出指标
  数量指标
    按需求提供免费刻章数量 (5 分) | 根据实际需求刻章 | 按需求提供免费刻章数量 7790 件以上 | 4
    商事主体免费邮寄份数 (4 分) | 12000 份 | 商事主体免费邮寄份数约 13922 份 | 4
    公共服务免费打印覆盖率 (4 分) | 100% | 100% | 4
    商事服务一体机下沉到街道工作完成率 (4 分) | 100% | 100% | 4
  质量指标
    免费复印工作完成率 (4 分) | 100% | 100% | 4
    免费邮寄工作完成率 (4 分) | 100% | 100% | 4
    印章刻制质量达标率 (4 分) | 100% | 100% | 4
  时效指标
    免费复印及时率 (4 分) | 100% | 100% | 4
    免费邮寄及时率 (4 分) | 100% | 100% | 4
    免费刻章送达时间 (4 分) | ≤120 分钟 | ≤120 分钟 | 4
  成本指标
    刻章成本控制 (5 分) | 100 元/套 | 100 元/套 | 5
25 分 | 效益指标
  社会效益指标 (15 分)
    降低企业开办成本 (5 分) | 降低 | 降低企业开办成本 | 5
    提升企业开办便利度，提升企业开办效率 (5 分) | 提升 | 企业办事便捷、高效有效提升 | 4
    为群众提供三免服务，方便群众业务办理，使审批更加高效便民 (5 分) | 有保障 | 群众办事便捷、高效有效提升 | 4
  可持续影响指标 (10 分)
    为企业创造了良好的营商环境，后续运行成效发挥显著 (10 分) | 可持续 | 可持续 | 10
10 分 | 满意度指标
  服务对象满意度指标 (10 分)
    群众投诉满意度 (10 分) | ≥96% | 96% | 10
`,
  "强化“三免”服务措施、拓展服务内容、提升服务效能。加强商事主体政策宣传，持续优化商事登记服务，为各类市场主体提供更优质的服务。",
);

const BIANWAI = project(
  {
    subject: "编外用工",
    sheet: "编外用工自评表",
    projectName: "编外用工项目申报表",
    budget: 577.84,
    budgetFields: { rowLabelMerged: true },
    total: 98,
  },
  `
40 分 | 产出指标
  数量指标
    日常政务服务工作完成率 (5 分) | 100% | 100% | 5
    编外人员数量 (5 分) | 足够 | 由第三方服务机构根据实际工作需求，提供外包服务人员参与项目服务，确保服务项目工作顺利进行 | 5
    编外用工劳务费支付金额 (5 分) | 按合同约定支付 | 已支付合同价的 100% 即 570.84 万元 | 5
  质量指标
    编外用工人员资质达标率 (5 分) | 100% | 100% | 5
    政务服务人员绩效考核达标率 (5 分) | 100% | 100% | 5
    政务服务工作处理及时率 (5 分) | 100% | 100% | 5
  时效指标
    编外人员聘用到位及时率 (5 分) | 100% | 100% | 5
    政务服务外包费用支付及时率 (5 分) | 100% | 100% | 5
    政务服务工作处理及时率 (5 分) | 100% | 100% | 5
30 分 | 效益指标
  社会效益指标 (20 分)
    // LOST: the printed row shows no result or score. "有保障", 9 is the score that makes the
    // printed 总分 98 once the duplicated 政务服务工作处理及时率 is dropped (20 + 40 + 9 + 9 + 10 + 10).
    保障政务服务工作正常开展 (10 分) | 保障 | 有保障 | 9
    提高政务服务水平及效率 (10 分) | 提升 | 群众企业办事便捷有效提升 | 9
  可持续影响指标 (10 分)
    项目为常年性、延续性项目，经费有保障 (10 分) | 可持续 | 可持续 | 10
10 分 | 满意度指标
  服务对象满意度指标 (10 分)
    群众投诉满意度 (10 分) | ≥96% | 96% | 10
`,
  "开展了以窗口重点办理事项及重点服务事项等的专业培训，提高窗口工作人员的业务水平和综合能力，展示窗口热情文明、高效服务形象，不断提高政务服务水平。",
);

const YEWU = project(
  { subject: "政务中心业务经费", sheet: "政务中心业务经费自评表", budget: 103.3, total: 98 },
  `
45 分 | 产出指标
  数量指标
    政务服务“一张网”系统维护工作完成率 (5 分) | 100% | 100% | 5
    “好差评”评价机投入使用比 (5 分) | 100% | 100% | 5
  质量指标
    政务服务“一张网”系统稳定率 (5 分) | 100% | 100% | 5
    网络故障处理效果达标率 (5 分) | 100% | 100% | 5
    评审结果应用率 (5 分) | 100% | 100% | 5
    民办非企清算报告使用率 (5 分) | 100% | 100% | 5
  时效指标
    网络故障处理及时率 (5 分) | 100% | 100% | 5
    呼叫系统用户访问平均响应时长 (5 分) | ≤3 秒 | ≤3 秒 | 5
// LOST: the printed table lost this group's weight and label; its rows weigh 30.
30 分 | 效益指标
  // As printed, 社会效益指标 (20 分) starts at 兑现自助机服务时限, so 产出 holds 40 points, not 45.
  社会效益指标 (20 分)
    兑现自助机服务时限 (5 分) | 24 小时 | 24 小时 | 5
    发生重大网络安全事件次数 (5 分) | 0 件 | 没有发生重大网络安全事件 | 5
    方便群众就近办、随时办，提升群众办理便捷度 (5 分) | 提升 | 群众办事便捷有效提升 | 4
    提高政务服务水平及效率 (5 分) | 提升 | 政务服务水平及效率得到提升 | 4
  可持续影响指标 (10 分)
    深化“互联网+政务服务”，提升群众办事便捷度 (10 分) | 可持续 | 可持续 | 10
// LOST: as for 效益指标.
10 分 | 满意度指标
  服务对象满意度指标 (10 分)
    企业群众投诉满意度 (10 分) | ≥96% | 96% | 10
`,
  "增强平台服务能力。大力推进公安、人社、医保等部门业务系统和信用公示、审管联动等系统与一体化政务服务平台深度对接。优化市政务服务智慧管理、统一受理、“一件事一次办”、工程建设项目审批、好差评、电子监察、预约叫号、考核评估等系统功能，提升集成服务能力。",
);

// LOST: the printed 预算数 cell; 740.77 is the 执行数 at the printed 100.00%.
const YUNXING = project(
  { subject: "政务中心运行经费", sheet: "政务中心运行经费自评表", budget: 740.77, total: 94.29 },
  `
45 分 | 产出指标
  数量指标（20 分）
    政务大楼租金支付金额（5 分） | 按合同约定支付 | 已支付三个季度租金，即合同价的 75% | 3.75
    政务大楼物业管理费支付金额（5 分） | 按合同约定支付 | 已支付合同价的 100%即 144 万元 | 5
    政务大楼水电气缴纳月数(5分) | 12 个月 | 水电费已缴纳 2023 年 12 月至 2024 年 10 月即 11 个月，燃气费已缴纳 12 个月 | 4.79
    食堂每日配餐服务费支付金额（5 分） | 按合同约定支付 | 已支付合同价的 100%即 62 万元 | 5
  质量指标（10 分）
    物业管理绩效考核达标率(5分) | 100% | 100% | 5
    食堂菜品质量卫生达标率(5分) | 100% | 100% | 5
    政务大楼租金支付及时率(5分) | 100% | 75% | 3.75
  时效指标（10 分）
    食堂每日配餐及时率（5 分） | 100% | 100% | 5
    政务大楼水电气费用缴纳及时率（5 分） | 100% | 100% | 5
25 分 | 效益指标
  社会效益指标（21 分）
    // LOST: the printed row shows no result or score; 4 is what the printed 总分 94.29 leaves.
    保障政务服务工作正常开展（5 分） | 保障 | 有保障 | 4
    办公场所安全运营（5 分） | 安全运营 | 安全运营 | 4
    办公环境改善程度（5 分） | 得到改善 | 得到改善 | 4
  可持续影响指标(9 分)
    项目经费有保障（10 分） | 保障 | 有保障 | 10
10 分 | 满意度指标
  服务对象满意度指标（10 分）
    群众投诉满意度（10 分） | ≥96% | 96% | 10
`,
  "按期及时准确的支付大楼租金、物业费及水电气费，择优选用服务单位，定期对各项服务进行检查考核，保障服务水平，提高工作人员服务热情。",
);

/** The five tables exactly as published. */
export function publishedPerf(): PerfSheetData[] {
  return structuredClone([OVERALL, SANMIAN, BIANWAI, YEWU, YUNXING]);
}
