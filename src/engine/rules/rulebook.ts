import { defineCheck } from "../catalogue";
import { TableKey } from "../tables/types";
import { Rule, RowSelector, Term } from "./types";

/**
 * Every identity of domain §3, written once as data and declared in the check catalogue. Ids are
 * stable: hosts store them (switched-off rules, marked findings) and the `--json` output carries them.
 */

const T = (table: TableKey, row: RowSelector, col: string, negate?: boolean): Term =>
  negate ? { table, row, col, negate } : { table, row, col };
const line = (name: string, panel?: string): RowSelector => (panel ? { line: name, panel } : { line: name });
const TOTAL = line("合计");
const BOUND: RowSelector = { bound: true };
const SAME: RowSelector = { sameCode: true };

const SUM_MSG = (zhParts: string, enParts: string) => ({
  zh: `{cell} {actual} ≠ ${zhParts} {expected}`,
  en: `{cell} {actual} ≠ ${enParts} {expected}`,
});
const EQUAL_MSG = {
  zh: "{cell} {actual} ≠ {other} {expected}",
  en: "{cell} {actual} ≠ {other} {expected}",
};
const AT_MOST_MSG = {
  zh: "{cell} {actual} 大于 {other} {expected}",
  en: "{cell} {actual} exceeds {other} {expected}",
};
const OVER_BUDGET_MSG = {
  zh: "{cell} {actual} 大于 {other} {expected}，超出预算需说明原因",
  en: "{cell} {actual} exceeds {other} {expected}: spending above budget needs an explanation",
};

/**
 * The function-coded tables share the rollup rules: 合计 = Σ类, parent = Σ children, every column.
 * Ids are written out so that each one can be found by searching for it.
 */
const CODED: { key: TableKey; total: string; children: string }[] = [
  { key: "T_SR", total: "SR.total.classes", children: "SR.code.children" },
  { key: "T_ZC", total: "ZC.total.classes", children: "ZC.code.children" },
  { key: "T_YBZC", total: "YBZC.total.classes", children: "YBZC.code.children" },
  { key: "T_JJ", total: "JJ.total.classes", children: "JJ.code.children" },
  { key: "T_GZ", total: "GZ.total.classes", children: "GZ.code.children" },
];

const rollups: Rule[] = CODED.flatMap(({ key, total, children }): Rule[] => [
  {
    id: total,
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(key, TOTAL, "$"),
    parts: [T(key, { roots: true }, "$")],
    forEach: { columns: "all" },
    needParts: true,
    messages: SUM_MSG("各类之和", "the sum of the 类 rows"),
  },
  {
    id: children,
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(key, BOUND, "$"),
    parts: [T(key, { children: true }, "$")],
    forEach: { rows: { table: key, kinds: ["code"], parents: true }, columns: "all" },
    messages: SUM_MSG("下级科目之和", "the sum of its sub-items"),
  },
]);

/** A row identity of a coded table, for every row (合计 row included). */
function rowRule(
  id: string,
  key: TableKey,
  total: string,
  parts: [string, boolean?][],
  zh: string,
  en: string,
): Rule {
  return {
    id,
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(key, BOUND, total),
    parts: parts.map(([col, negate]) => T(key, BOUND, col, negate)),
    forEach: { rows: { table: key, kinds: ["code", "total"] } },
    messages: SUM_MSG(zh, en),
  };
}

const rowIdentities: Rule[] = [
  rowRule(
    "SR.row.total",
    "T_SR",
    "本年收入合计",
    [["财政拨款收入"], ["上级补助收入"], ["事业收入"], ["经营收入"], ["附属单位上缴收入"], ["其他收入"]],
    "各项收入之和",
    "the sum of the income sources",
  ),
  rowRule(
    "ZC.row.total",
    "T_ZC",
    "本年支出合计",
    [["基本支出"], ["项目支出"], ["上缴上级支出"], ["经营支出"], ["对附属单位补助支出"]],
    "各项支出之和",
    "the sum of the spending columns",
  ),
  rowRule(
    "YBZC.row.total",
    "T_YBZC",
    "合计",
    [["基本支出"], ["项目支出"]],
    "基本支出与项目支出之和",
    "basic + project spending",
  ),
  ...[
    { key: "T_JJ" as TableKey, expense: "JJ.row.expense", balance: "JJ.row.balance" },
    { key: "T_GZ" as TableKey, expense: "GZ.row.expense", balance: "GZ.row.balance" },
  ].flatMap(({ key, expense, balance }) => [
    rowRule(
      expense,
      key,
      "本年支出合计",
      [["基本支出"], ["项目支出"]],
      "基本支出与项目支出之和",
      "basic + project spending",
    ),
    rowRule(
      balance,
      key,
      "年末结转和结余",
      [["年初结转和结余"], ["本年收入"], ["本年支出合计", true]],
      "年初结转和结余 + 本年收入 − 本年支出",
      "opening balance + income − spending",
    ),
  ]),
];

const SZ = "T_SZZB";
const szzb: Rule[] = [
  {
    id: "SZZB.income.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(SZ, line("本年收入合计", "收入"), "金额"),
    parts: [T(SZ, { above: "本年收入合计", panel: "收入" }, "金额")],
    messages: SUM_MSG("各项收入之和", "the sum of the income lines"),
  },
  {
    id: "SZZB.expense.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(SZ, line("本年支出合计", "支出"), "金额"),
    parts: [T(SZ, { above: "本年支出合计", panel: "支出" }, "金额")],
    messages: SUM_MSG("各类支出之和", "the sum of the 类 lines"),
  },
  {
    id: "SZZB.income.grand",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(SZ, line("总计", "收入"), "金额"),
    parts: [
      T(SZ, line("本年收入合计", "收入"), "金额"),
      T(SZ, line("使用非财政拨款结余", "收入"), "金额"),
      T(SZ, line("年初结转和结余", "收入"), "金额"),
    ],
    messages: SUM_MSG(
      "本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
      "income + non-fiscal balance used + opening balance",
    ),
  },
  {
    id: "SZZB.expense.grand",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(SZ, line("总计", "支出"), "金额"),
    parts: [
      T(SZ, line("本年支出合计", "支出"), "金额"),
      T(SZ, line("结余分配", "支出"), "金额"),
      T(SZ, line("年末结转和结余", "支出"), "金额"),
    ],
    messages: SUM_MSG(
      "本年支出合计 + 结余分配 + 年末结转和结余",
      "spending + surplus distribution + closing balance",
    ),
  },
  {
    id: "SZZB.grand.balance",
    group: "within",
    severity: "error",
    kind: "equal",
    total: T(SZ, line("总计", "收入"), "金额"),
    parts: [T(SZ, line("总计", "支出"), "金额")],
    messages: EQUAL_MSG,
  },
];

/** The three fiscal funds: the 收入 line of T_CZZB / T_SZZB, the 支出 column of T_CZZB, their own table. */
const FUNDS = [
  {
    line: "一般公共预算财政拨款",
    col: "一般公共预算",
    table: "T_YBZC" as TableKey,
    ids: { fund: "CZZB.fund.GP", szzb: "SZZB.CZZB.GP", total: "CZZB.YBZC.total", class: "CZZB.YBZC.class" },
  },
  {
    line: "政府性基金预算财政拨款",
    col: "政府性基金预算",
    table: "T_JJ" as TableKey,
    ids: {
      fund: "CZZB.fund.GF",
      szzb: "SZZB.CZZB.GF",
      total: "CZZB.JJ.total",
      class: "CZZB.JJ.class",
      income: "CZZB.JJ.income",
      opening: "CZZB.JJ.opening",
    },
  },
  {
    line: "国有资本经营预算财政拨款",
    col: "国有资本经营预算",
    table: "T_GZ" as TableKey,
    ids: {
      fund: "CZZB.fund.SC",
      szzb: "SZZB.CZZB.SC",
      total: "CZZB.GZ.total",
      class: "CZZB.GZ.class",
      income: "CZZB.GZ.income",
      opening: "CZZB.GZ.opening",
    },
  },
];
const FUND_COLS = FUNDS.map((f) => f.col);
const CZ = "T_CZZB";
const OPENING = "年初财政拨款结转和结余";
const CLOSING = "年末财政拨款结转和结余";

const czzb: Rule[] = [
  {
    id: "CZZB.row.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, BOUND, "合计"),
    parts: FUND_COLS.map((c) => T(CZ, BOUND, c)),
    forEach: { rows: { table: CZ, panel: "支出" } },
    messages: SUM_MSG("各项财政拨款之和", "the sum of the three funds"),
  },
  {
    id: "CZZB.income.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, line("本年收入合计", "收入"), "决算数"),
    parts: [T(CZ, { above: "本年收入合计", panel: "收入" }, "决算数")],
    messages: SUM_MSG("各项财政拨款收入之和", "the sum of the fiscal income lines"),
  },
  {
    id: "CZZB.expense.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, line("本年支出合计", "支出"), "$"),
    parts: [T(CZ, { above: "本年支出合计", panel: "支出" }, "$")],
    forEach: { columns: ["合计", ...FUND_COLS] },
    messages: SUM_MSG("各类支出之和", "the sum of the 类 lines"),
  },
  {
    id: "CZZB.opening.funds",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, line(OPENING, "收入"), "决算数"),
    parts: FUNDS.map((f) => T(CZ, line(`${OPENING}/${f.line}`, "收入"), "决算数")),
    messages: SUM_MSG("其中各项财政拨款之和", "the sum of its three funds"),
  },
  {
    id: "CZZB.income.grand",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, line("总计", "收入"), "决算数"),
    parts: [T(CZ, line("本年收入合计", "收入"), "决算数"), T(CZ, line(OPENING, "收入"), "决算数")],
    messages: SUM_MSG("本年收入合计 + 年初财政拨款结转和结余", "income + opening balance"),
  },
  {
    id: "CZZB.expense.grand",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, line("总计", "支出"), "$"),
    parts: [T(CZ, line("本年支出合计", "支出"), "$"), T(CZ, line(CLOSING, "支出"), "$")],
    forEach: { columns: ["合计", ...FUND_COLS] },
    // Where the 年末 funds are separate lines, the 年末 row's fund columns are empty by design.
    unlessSubLines: { table: CZ, line: CLOSING, panel: "支出" },
    messages: SUM_MSG("本年支出合计 + 年末财政拨款结转和结余", "spending + closing balance"),
  },
  {
    id: "CZZB.grand.balance",
    group: "within",
    severity: "error",
    kind: "equal",
    total: T(CZ, line("总计", "收入"), "决算数"),
    parts: [T(CZ, line("总计", "支出"), "合计")],
    messages: EQUAL_MSG,
  },
  // Per fund: 年初 + 本年收入 = 总计 of the fund's 支出 column (= 本年支出 + 年末, checked above).
  ...FUNDS.map((f): Rule => ({
    id: f.ids.fund,
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(CZ, line("总计", "支出"), f.col),
    parts: [T(CZ, line(f.line, "收入"), "决算数"), T(CZ, line(`${OPENING}/${f.line}`, "收入"), "决算数")],
    messages: SUM_MSG(`${f.line}收入 + 年初结转和结余`, "the fund's income + opening balance"),
  })),
];

const JB = "T_JBZC";
const jbzc: Rule[] = [
  {
    id: "JBZC.personnel.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(JB, line("人员经费合计"), "决算数"),
    parts: [T(JB, { roots: true, only: ["301", "303"] }, "决算数")],
    messages: SUM_MSG("301 + 303 之和", "301 + 303"),
  },
  {
    id: "JBZC.public.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(JB, line("公用经费合计"), "决算数"),
    // 302 and 310, and whatever other 类 a template adds (307, 309, 399): everything but 301/303.
    parts: [T(JB, { roots: true, except: ["301", "303"] }, "决算数")],
    messages: SUM_MSG("302、310 等公用经费各类之和", "the sum of 302, 310 and other non-personnel 类"),
  },
  {
    id: "JBZC.class.children",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T(JB, BOUND, "决算数"),
    parts: [T(JB, { children: true }, "决算数")],
    forEach: { rows: { table: JB, kinds: ["code"], level: "类", parents: true } },
    messages: SUM_MSG("各款之和", "the sum of its 款"),
  },
];

const SG_ONE: RowSelector = { single: true };
const sg: Rule[] = [
  {
    id: "SG.total",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T("T_SG", SG_ONE, "$.合计"),
    parts: ["因公出国(境)费", "公务用车小计", "公务接待费"].map((c) => T("T_SG", SG_ONE, `$.${c}`)),
    forEach: { columns: ["预算数", "决算数"] },
    messages: SUM_MSG("出国、用车、接待三项之和", "travel abroad + vehicles + hospitality"),
  },
  {
    id: "SG.vehicles",
    group: "within",
    severity: "error",
    kind: "sum",
    total: T("T_SG", SG_ONE, "$.公务用车小计"),
    parts: ["公务用车购置费", "公务用车运行维护费"].map((c) => T("T_SG", SG_ONE, `$.${c}`)),
    forEach: { columns: ["预算数", "决算数"] },
    messages: SUM_MSG("购置费与运行维护费之和", "purchase + running costs"),
  },
];

/**
 * 三公 against 基本支出 (from real reviews): each 三公 item's 决算 covers at least the matching 款 of the
 * basic-spending detail — a report showing 30217 = 8.31 while 三公 公务接待费 = 0.30 cannot both be right.
 */
const SG_ITEMS = [
  { code: "30212", col: "因公出国(境)费", id: "JBZC.SG.abroad" },
  { code: "31013", col: "公务用车购置费", id: "JBZC.SG.purchase" },
  { code: "30231", col: "公务用车运行维护费", id: "JBZC.SG.running" },
  { code: "30217", col: "公务接待费", id: "JBZC.SG.hospitality" },
];
const sgBasic: Rule[] = SG_ITEMS.map((item) => ({
  id: item.id,
  group: "between",
  severity: "error",
  kind: "atMost",
  total: T(JB, { code: item.code }, "决算数"),
  parts: [T("T_SG", SG_ONE, `决算数.${item.col}`)],
  messages: AT_MOST_MSG,
}));

/** 三公 决算 above its 预算 (合计 and each item) is allowed but must be explained (需说明). */
const sgBudget: Rule = {
  id: "SG.over-budget",
  group: "within",
  severity: "warning",
  kind: "atMost",
  total: T("T_SG", SG_ONE, "决算数.$"),
  parts: [T("T_SG", SG_ONE, "预算数.$")],
  forEach: {
    columns: ["合计", "因公出国(境)费", "公务用车小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"],
  },
  messages: OVER_BUDGET_MSG,
};

const equal = (id: string, total: Term, other: Term, forEach?: Rule["forEach"]): Rule => ({
  id,
  group: "between",
  severity: "error",
  kind: "equal",
  total,
  parts: [other],
  ...(forEach ? { forEach } : {}),
  messages: EQUAL_MSG,
});

/** 类 lines of a two-panel total table: the rows above 本年支出合计 whose code is known. */
const classLines = (table: TableKey) => ({
  rows: { table, panel: "支出", above: "本年支出合计", coded: true },
});

const between: Rule[] = [
  equal("SZZB.SR.income", T(SZ, line("本年收入合计", "收入"), "金额"), T("T_SR", TOTAL, "本年收入合计")),
  // Each non-fiscal income source: the 总表 line and the 收入决算表 column carry the same name.
  equal("SZZB.SR.source", T(SZ, line("$", "收入"), "金额"), T("T_SR", TOTAL, "$"), {
    columns: ["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
  }),
  equal("SZZB.ZC.expense", T(SZ, line("本年支出合计", "支出"), "金额"), T("T_ZC", TOTAL, "本年支出合计")),
  equal("SZZB.ZC.class", T(SZ, BOUND, "金额"), T("T_ZC", SAME, "本年支出合计"), classLines(SZ)),
  ...FUNDS.map((f) =>
    equal(f.ids.szzb, T(SZ, line(`${f.line}收入`, "收入"), "金额"), T(CZ, line(f.line, "收入"), "决算数")),
  ),
  equal("SR.CZZB.fiscal", T("T_SR", TOTAL, "财政拨款收入"), T(CZ, line("本年收入合计", "收入"), "决算数")),
  ...FUNDS.flatMap((f) => {
    const own = f.table === "T_YBZC" ? "合计" : "本年支出合计";
    const { ids } = f;
    const rules = [
      equal(ids.total, T(CZ, line("本年支出合计", "支出"), f.col), T(f.table, TOTAL, own)),
      equal(ids.class, T(CZ, BOUND, f.col), T(f.table, SAME, own), classLines(CZ)),
    ];
    if (ids.income && ids.opening) {
      rules.push(
        equal(ids.income, T(CZ, line(f.line, "收入"), "决算数"), T(f.table, TOTAL, "本年收入")),
        equal(
          ids.opening,
          T(CZ, line(`${OPENING}/${f.line}`, "收入"), "决算数"),
          T(f.table, TOTAL, "年初结转和结余"),
        ),
      );
    }
    return rules;
  }),
  {
    id: "YBZC.JBZC.basic",
    group: "between",
    severity: "error",
    kind: "sum",
    total: T("T_YBZC", TOTAL, "基本支出"),
    // Without these lines the detail's 类 rows still answer (YBZC.JBZC.classes).
    parts: [
      { ...T(JB, line("人员经费合计"), "决算数"), required: true },
      { ...T(JB, line("公用经费合计"), "决算数"), required: true },
    ],
    messages: SUM_MSG(
      "基本支出明细表 人员经费合计 + 公用经费合计",
      "personnel + public funds totals of the basic-spending detail",
    ),
  },
  {
    id: "YBZC.JBZC.classes",
    group: "between",
    severity: "error",
    kind: "sum",
    total: T("T_YBZC", TOTAL, "基本支出"),
    parts: [T(JB, { roots: true }, "决算数")],
    messages: SUM_MSG("基本支出明细表 各类之和", "the sum of the 类 rows of the basic-spending detail"),
  },
  ...[
    { col: "基本支出", id: "YBZC.ZC.basic" },
    { col: "项目支出", id: "YBZC.ZC.project" },
  ].map(({ col, id }): Rule => ({
    id,
    group: "between",
    severity: "error",
    kind: "atMost",
    total: T("T_YBZC", BOUND, col),
    parts: [T("T_ZC", SAME, col)],
    forEach: { rows: { table: "T_YBZC", kinds: ["code", "total"] } },
    messages: AT_MOST_MSG,
  })),
];

export const RULEBOOK: readonly Rule[] = [
  ...szzb,
  ...rollups,
  ...rowIdentities,
  ...czzb,
  ...jbzc,
  ...sg,
  sgBudget,
  ...between,
  ...sgBasic,
].map((rule) => defineCheck(rule));
