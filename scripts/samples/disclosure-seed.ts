import { Amount, CodedRow, Disclosure, EconomicRow } from "./disclosure-types";

/**
 * The nine tables of 武汉市硚口区行政审批局 2024 年度部门决算 (shared/seed), amounts in 万元, exactly as
 * published: 卫生健康支出 137.97 and 住房保障支出 146.43 in the two 总表s (137.96 / 146.44 elsewhere);
 * a 基本支出明细表 whose classes add to 1,362.33 (the 支出 tables: 1,362.34) and whose 人员经费合计 is
 * blank. The PDF text cut codes short; they are restored from the code lists.
 */

/** The 26 支出 类 lines of both 总表s, in template order. */
export const EXPENSE_CLASSES = [
  "一般公共服务支出",
  "外交支出",
  "国防支出",
  "公共安全支出",
  "教育支出",
  "科学技术支出",
  "文化旅游体育与传媒支出",
  "社会保障和就业支出",
  "卫生健康支出",
  "节能环保支出",
  "城乡社区支出",
  "农林水支出",
  "交通运输支出",
  "资源勘探工业信息等支出",
  "商业服务业等支出",
  "金融支出",
  "援助其他地区支出",
  "自然资源海洋气象等支出",
  "住房保障支出",
  "粮油物资储备支出",
  "国有资本经营预算支出",
  "灾害防治及应急管理支出",
  "其他支出",
  "债务还本支出",
  "债务付息支出",
  "抗疫特别国债安排的支出",
];

const DIGITS = "零一二三四五六七八九";

/** 1 → "一", 12 → "十二", 26 → "二十六": the numbering of template lines. */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ""}${tens > 0 ? "十" : ""}${ones > 0 ? DIGITS[ones] : ""}`;
}

const numbered = (i: number, name: string) => `${chineseNumber(i + 1)}、${name}`;

const TOTAL = "2897.43";

/** 类 amounts of the 支出 tables (the 总表s publish 137.97 and 146.43 for 210 and 221). */
function classAmounts(health: string, housing: string): Record<string, string> {
  return {
    一般公共服务支出: "2507.57",
    社会保障和就业支出: "105.46",
    卫生健康支出: health,
    住房保障支出: housing,
  };
}

/** 收入支出决算总表 lines for a department funded wholly by 一般公共预算 (income = spending = total). */
export function szzbLines(classes: Record<string, string>, total: string): Disclosure["szzb"] {
  const income: [string, Amount][] = [
    ["一、一般公共预算财政拨款收入", total],
    ["二、政府性基金预算财政拨款收入", null],
    ["三、国有资本经营预算财政拨款收入", null],
    ["四、上级补助收入", null],
    ["五、事业收入", null],
    ["六、经营收入", null],
    ["七、附属单位上缴收入", null],
    ["八、其他收入", null],
  ];
  const rows: Disclosure["szzb"] = [];
  for (let i = 0; i < 26; i++) {
    const [name, amount] = income[i] ?? ["", null];
    const cls = EXPENSE_CLASSES[i];
    rows.push({
      income: { name, line: i + 1, amounts: [amount] },
      expense: { name: numbered(i, cls), line: 31 + i, amounts: [classes[cls] ?? null] },
    });
  }
  const tail: [string, Amount, string, Amount][] = [
    ["本年收入合计", total, "本年支出合计", total],
    ["使用非财政拨款结余（含专用结余）", null, "结余分配", null],
    ["年初结转和结余", null, "年末结转和结余", null],
    ["总计", total, "总计", total],
  ];
  tail.forEach(([inName, inAmt, exName, exAmt], k) =>
    rows.push({
      income: { name: inName, line: 27 + k, amounts: [inAmt] },
      expense: { name: exName, line: 57 + k, amounts: [exAmt] },
    }),
  );
  return rows;
}

/** 财政拨款收入支出决算总表 lines for the same department: everything in the 一般公共预算 column. */
export function czzbLines(classes: Record<string, string>, total: string): Disclosure["czzb"] {
  const income: [string, Amount][] = [
    ["一、一般公共预算财政拨款", total],
    ["二、政府性基金预算财政拨款", null],
    ["三、国有资本经营预算财政拨款", null],
  ];
  const fiscal = (a: Amount): Amount[] => [a, a, null, null];
  const rows: Disclosure["czzb"] = [];
  for (let i = 0; i < 26; i++) {
    const [name, amount] = income[i] ?? ["", null];
    const cls = EXPENSE_CLASSES[i];
    rows.push({
      income: { name, line: i + 1, amounts: [amount] },
      expense: { name: numbered(i, cls), line: 33 + i, amounts: fiscal(classes[cls] ?? null) },
    });
  }
  const tail: [string, Amount, string, Amount[]][] = [
    ["本年收入合计", total, "本年支出合计", fiscal(total)],
    ["年初财政拨款结转和结余", null, "年末财政拨款结转和结余", fiscal(null)],
    ["一般公共预算财政拨款", null, "", fiscal(null)],
    ["政府性基金预算财政拨款", null, "", fiscal(null)],
    ["国有资本经营预算财政拨款", null, "", fiscal(null)],
    ["总计", total, "总计", fiscal(total)],
  ];
  tail.forEach(([inName, inAmt, exName, exAmts], k) =>
    rows.push({
      income: { name: inName, line: 27 + k, amounts: [inAmt] },
      expense: { name: exName, line: 59 + k, amounts: exAmts },
    }),
  );
  return rows;
}

/** Function-coded rows of 收入/支出/一般公共预算支出: code, name, 本年合计, 基本支出, 项目支出. */
const FUNCTION_ROWS: [string, string, string, string | null, string | null][] = [
  ["201", "一般公共服务支出", "2507.57", "972.48", "1535.09"],
  ["20103", "政府办公厅（室）及相关机构事务", "2507.57", "972.48", "1535.09"],
  ["2010301", "行政运行", "972.48", "972.48", null],
  ["2010302", "一般行政管理事务", "1535.09", null, "1535.09"],
  ["208", "社会保障和就业支出", "105.46", "105.46", null],
  ["20805", "行政事业单位养老支出", "105.46", "105.46", null],
  ["2080501", "行政单位离退休", "1.65", "1.65", null],
  ["2080505", "机关事业单位基本养老保险缴费支出", "103.81", "103.81", null],
  ["210", "卫生健康支出", "137.96", "137.96", null],
  ["21011", "行政事业单位医疗", "137.96", "137.96", null],
  ["2101101", "行政单位医疗", "29.15", "29.15", null],
  ["2101102", "事业单位医疗", "18.82", "18.82", null],
  ["2101103", "公务员医疗补助", "84.02", "84.02", null],
  ["2101199", "其他行政事业单位医疗支出", "5.97", "5.97", null],
  ["221", "住房保障支出", "146.44", "146.44", null],
  ["22102", "住房改革支出", "146.44", "146.44", null],
  ["2210201", "住房公积金", "123.30", "123.30", null],
  ["2210202", "提租补贴", "23.14", "23.14", null],
];

const BASIC_TOTAL = "1362.34";
const PROJECT_TOTAL = "1535.09";

function coded(columns: (r: (typeof FUNCTION_ROWS)[number]) => Amount[]): CodedRow[] {
  return FUNCTION_ROWS.map((r) => ({ code: r[0], name: r[1], amounts: columns(r) }));
}

const blanks = (n: number): null[] => Array<null>(n).fill(null);

/** 人员经费 panel: 301 and 303 with their 款 (blank where nothing was spent). */
const PERSONNEL: [string, string, Amount][] = [
  ["301", "工资福利支出", "1260.52"],
  ["30101", "基本工资", "235.25"],
  ["30102", "津贴补贴", "120.37"],
  ["30103", "奖金", "462.55"],
  ["30106", "伙食补助费", null],
  ["30107", "绩效工资", "65.57"],
  ["30108", "机关事业单位基本养老保险缴费", "103.56"],
  ["30109", "职业年金缴费", "0.25"],
  ["30110", "职工基本医疗保险缴费", "52.40"],
  ["30111", "公务员医疗补助缴费", "82.19"],
  ["30112", "其他社会保障缴费", "5.01"],
  ["30113", "住房公积金", "133.37"],
  ["30114", "医疗费", null],
  ["30199", "其他工资福利支出", null],
  ["303", "对个人和家庭的补助", "3.48"],
  ["30301", "离休费", null],
  ["30302", "退休费", "1.65"],
  ["30303", "退职（役）费", null],
  ["30304", "抚恤金", null],
  ["30305", "生活补助", null],
  ["30306", "救济费", null],
  ["30307", "医疗费补助", "1.83"],
  ["30308", "助学金", null],
  ["30309", "奖励金", null],
  ["30310", "个人农业生产补贴", null],
  ["30311", "代缴社会保险费", null],
  ["30399", "其他对个人和家庭的补助", null],
];

const GOODS: [string, string, Amount][] = [
  ["302", "商品和服务支出", "98.33"],
  ["30201", "办公费", "7.17"],
  ["30202", "印刷费", "0.02"],
  ["30203", "咨询费", null],
  ["30204", "手续费", null],
  ["30205", "水费", null],
  ["30206", "电费", "4.59"],
  ["30207", "邮电费", "6.78"],
  ["30208", "取暖费", null],
  ["30209", "物业管理费", null],
  ["30211", "差旅费", "1.07"],
  ["30212", "因公出国（境）费用", null],
  ["30213", "维修（护）费", "0.37"],
  ["30214", "租赁费", null],
  ["30215", "会议费", null],
  ["30216", "培训费", null],
  ["30217", "公务接待费", null],
  ["30218", "专用材料费", null],
  ["30224", "被装购置费", null],
  ["30225", "专用燃料费", null],
  ["30226", "劳务费", "0.48"],
  ["30227", "委托业务费", "0.90"],
  ["30228", "工会经费", "4.31"],
  ["30229", "福利费", "37.60"],
  ["30231", "公务用车运行维护费", null],
  ["30239", "其他交通费用", "24.78"],
  ["30240", "税金及附加费用", null],
  ["30299", "其他商品和服务支出", "10.26"],
];

const CAPITAL: [string, string, Amount][] = [
  ["310", "资本性支出", null],
  ["31002", "办公设备购置", null],
  ["31003", "专用设备购置", null],
  ["31007", "信息网络及软件购置更新", null],
  ["31013", "公务用车购置", null],
  ["31022", "无形资产购置", null],
  ["31099", "其他资本性支出", null],
];

/** The 基本支出明细表's rows as the template lists them: [code, name, seed amount]. */
export const JBZC_TEMPLATE = { personnel: PERSONNEL, goods: GOODS, capital: CAPITAL };

const economic = (rows: [string, string, Amount][]): EconomicRow[] =>
  rows.map(([code, name, amount]) => ({ code, name, amount }));

/** The report as published, inconsistencies and all. */
export function publishedDisclosure(): Disclosure {
  const published = classAmounts("137.97", "146.43");
  return {
    year: 2024,
    unit: "武汉市硚口区行政审批局本级",
    szzb: szzbLines(published, TOTAL),
    sr: { total: [TOTAL, TOTAL, ...blanks(5)], rows: coded((r) => [r[2], r[2], ...blanks(5)]) },
    zc: {
      total: [TOTAL, BASIC_TOTAL, PROJECT_TOTAL, ...blanks(3)],
      rows: coded((r) => [r[2], r[3], r[4], ...blanks(3)]),
    },
    czzb: czzbLines(published, TOTAL),
    ybzc: { total: [TOTAL, BASIC_TOTAL, PROJECT_TOTAL], rows: coded((r) => [r[2], r[3], r[4]]) },
    jbzc: {
      personnel: economic(PERSONNEL),
      goods: economic(GOODS),
      capital: economic(CAPITAL),
      personnelTotal: null,
      publicTotal: "98.33",
    },
    jj: { total: blanks(6), rows: [], emptyNote: "本部门2024年度无政府性基金预算财政拨款收入支出。" },
    gz: { total: blanks(3), rows: [], emptyNote: "本部门2024年度无国有资本经营预算财政拨款支出。" },
    sg: { budget: blanks(6), actual: blanks(6), emptyNote: "本部门2024年度无财政拨款三公经费支出。" },
  };
}

/**
 * The same report made consistent: 137.96 / 146.44 in the 总表s too, and the 基本支出明细表 brought to
 * 1,362.34 by a cent on 30113 住房公积金 (133.37 → 133.38), with 人员经费合计 filled in (1,264.01).
 */
export function correctedDisclosure(): Disclosure {
  const d = publishedDisclosure();
  const consistent = classAmounts("137.96", "146.44");
  d.szzb = szzbLines(consistent, TOTAL);
  d.czzb = czzbLines(consistent, TOTAL);
  const fix = (code: string, amount: string) => {
    const row = d.jbzc.personnel.find((r) => r.code === code);
    if (!row) throw new Error(`no row ${code}`);
    row.amount = amount;
  };
  fix("301", "1260.53");
  fix("30113", "133.38");
  d.jbzc.personnelTotal = "1264.01";
  return d;
}

/** An amount as the published PDF prints it ("2,897.43"); "" for a blank cell. Test fixtures use this. */
export function printed(amount: Amount): string {
  if (amount === null) return "";
  const [whole, fraction] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
