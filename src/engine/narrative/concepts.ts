import { squash } from "../text";

/**
 * What a label refers to. A label is read from its end: the words right before a figure name it
 * ("…收入合计减少" → 本年收入合计, a decrease), so "项目支出主要用于政务中心运行经费 740.77 万元" names
 * 政务中心运行经费 (not a table quantity), never 项目支出. Concept keys are stable strings:
 * "SR.total", "class:210", "row:2010301", "SG.公务接待费", "GP.total".
 */

export type BudgetKind = "年初" | "全年" | "调整" | "预算";

export type Role =
  | { kind: "value" }
  | { kind: "actual" }
  | { kind: "budget"; budget: BudgetKind }
  | { kind: "delta"; up: boolean; word: string };

export interface Reading {
  role: Role;
  /** What the figure is of; undefined when the label names nothing known (the sentence's subject may). */
  concept?: string;
}

export interface ConceptDef {
  key: string;
  re: RegExp;
  zh: string;
  en: string;
}

const C = (key: string, re: RegExp, zh: string, en: string): ConceptDef => ({ key, re, zh, en });

/** Most specific first: the first pattern that matches the label's end wins. */
export const CONCEPTS: readonly ConceptDef[] = [
  C("CZ.total", /财政拨款收(入)?[、,和及]?支(出)?总计$/, "财政拨款收支总计", "fiscal grants' grand total"),
  C("SZ.total", /收(入)?[、,和及]?支(出)?总计$/, "收支总计", "grand total"),
  C("RUN", /机关运行经费(支出)?$/, "机关运行经费", "running costs"),
  C("GP.total", /政府采购(支出)?总额$/, "政府采购支出总额", "government procurement"),
  C("GP.goods", /政府采购货物(支出)?$|货物采购(支出)?$/, "政府采购货物支出", "procurement of goods"),
  C("GP.works", /政府采购工程(支出)?$|工程采购(支出)?$/, "政府采购工程支出", "procurement of works"),
  C("GP.services", /政府采购服务(支出)?$|服务采购(支出)?$/, "政府采购服务支出", "procurement of services"),
  C("GP.sme", /中小企业(合同)?金额$/, "授予中小企业合同金额", "contracts to SMEs"),
  C("GP.micro", /小微企业(合同)?金额$/, "授予小微企业合同金额", "contracts to micro firms"),
  C(
    "YB.basic",
    /一般公共预算(财政拨款)?基本支出$/,
    "一般公共预算财政拨款基本支出",
    "general-budget basic spending",
  ),
  C(
    "YB.project",
    /一般公共预算(财政拨款)?项目支出(总额)?$/,
    "一般公共预算财政拨款项目支出",
    "general-budget project spending",
  ),
  C(
    "YB.total",
    /一般公共预算(财政拨款)?支出(合计|总额)?$/,
    "一般公共预算财政拨款支出",
    "general-budget spending",
  ),
  C(
    "CZ.in.一般公共预算",
    /一般公共预算(财政拨款)?收入$/,
    "一般公共预算财政拨款收入",
    "general-budget grants",
  ),
  C(
    "CZ.in.政府性基金预算",
    /政府性基金预算(财政拨款)?收入$/,
    "政府性基金预算财政拨款收入",
    "fund-budget grants",
  ),
  C(
    "CZ.in.国有资本经营预算",
    /国有资本经营预算(财政拨款)?收入$/,
    "国有资本经营预算财政拨款收入",
    "state-capital grants",
  ),
  C("JJ.total", /政府性基金预算(财政拨款)?支出$/, "政府性基金预算财政拨款支出", "fund-budget spending"),
  C("GZ.total", /国有资本经营预算(财政拨款)?支出$/, "国有资本经营预算财政拨款支出", "state-capital spending"),
  C("CZ.income", /财政拨款(本年)?收入合计$/, "财政拨款本年收入合计", "fiscal grants received"),
  C("CZ.expense", /财政拨款(本年)?支出合计$/, "财政拨款本年支出合计", "fiscal grants spent"),
  C("SR.total", /(本年)?收入(合计|总额)$|本年收入$/, "本年收入合计", "income total"),
  C("ZC.total", /(本年)?支出(合计|总额)$|本年支出$/, "本年支出合计", "spending total"),
  C("SR.财政拨款收入", /财政拨款收入$/, "财政拨款收入", "fiscal grants"),
  C("SR.上级补助收入", /上级补助收入$/, "上级补助收入", "grants from above"),
  C("SR.附属单位上缴收入", /附属单位上缴收入$/, "附属单位上缴收入", "income from affiliates"),
  C("SR.事业收入", /(?<!单位)事业收入$/, "事业收入", "service income"),
  C("SR.经营收入", /(?<!资本)经营收入$/, "经营收入", "business income"),
  C("SR.其他收入", /其他收入$/, "其他收入", "other income"),
  C("ZC.上缴上级支出", /上缴上级支出$/, "上缴上级支出", "payments to the level above"),
  C("ZC.对附属单位补助支出", /对附属单位补助支出$/, "对附属单位补助支出", "grants to affiliates"),
  C("ZC.经营支出", /(?<!资本)经营支出$/, "经营支出", "business spending"),
  C("basic", /基本支出(总额)?$/, "基本支出", "basic spending"),
  C("project", /项目支出(总额)?$/, "项目支出", "project spending"),
  C("JB.personnel", /人员经费(支出)?$/, "人员经费", "personnel costs"),
  C("JB.public", /公用经费(支出)?$/, "公用经费", "public costs"),
  C("SG.合计", /三公["”]?经费(财政拨款)?(支出)?$/, "“三公”经费", "the three public costs"),
  C("SG.因公出国(境)费", /因公出国\(境\)费(用)?(支出)?$/, "因公出国（境）费", "official travel abroad"),
  C(
    "SG.公务用车小计",
    /公务用车购置及运行(维护|维修)?费(支出)?$/,
    "公务用车购置及运行维护费",
    "official cars",
  ),
  C("SG.公务用车购置费", /公务用车购置费?(支出)?$/, "公务用车购置费", "official car purchases"),
  C(
    "SG.公务用车运行维护费",
    /公务用车运行(维护|维修)?费(支出)?$/,
    "公务用车运行维护费",
    "official car running",
  ),
  C("SG.公务接待费", /公务接待费(支出)?$/, "公务接待费", "official receptions"),
];

const BY_KEY = new Map(CONCEPTS.map((c) => [c.key, c]));

export function conceptDef(key: string): ConceptDef | undefined {
  return BY_KEY.get(key);
}

/** Words between a name and its figure: 为, 是, 共, 达到, 均为, 各, 约, a colon or comma. */
const CONNECTORS = /(?:为|是|共计|共|达到|达|均|各|约|了|合计为|:|,)+$/;
const DELTA = /(增加|减少|增长|下降|上升|降低)$/;
const BUDGET = /(年初预算|全年预算|调整后?预算|预算)数?$/;
/** "…支出决算数" leaves "…支出" to name the subject. */
const ACTUAL = /(决算|执行|实际支出)数?$/;
/** 比上年 / 比2023年度(决算数) / 与2023年度相比 / 较上年: the label compares with last year. */
const COMPARISON = /(?:比|较|与)(?:上年|\d{4}年度?|上年度)(?:决算数?|同期)?(?:相比|比较)?$/;
/** Numbering and list words at a label's start: "1.", "(1)", "其中:". */
const LEADING =
  /^(?:[,、:]|其中|\d{1,2}[.、](?!\d)|\((?:\d{1,2}|[一二三四五六七八九十]+)\)|[一二三四五六七八九十]+、)+/;

const strip = (s: string, re: RegExp): string => s.replace(re, "");

/** conceptOf's answers for one check's 类 names (null: none): a narrative names the same subjects often. */
const CONCEPT_MEMO = new WeakMap<ClassNames, Map<string, string | null>>();

/** The concept a subject text names (its end), without roles: also used for a share's base. */
export function conceptOf(subject: string, classNames: ClassNames): string | undefined {
  let memo = CONCEPT_MEMO.get(classNames);
  if (!memo) CONCEPT_MEMO.set(classNames, (memo = new Map()));
  let concept = memo.get(subject);
  if (concept === undefined) memo.set(subject, (concept = conceptOnce(subject, classNames) ?? null));
  return concept ?? undefined;
}

function conceptOnce(subject: string, classNames: ClassNames): string | undefined {
  const s = strip(strip(subject, CONNECTORS), /的$/);
  if (!s) return undefined;
  const named = CONCEPTS.find((c) => c.re.test(s))?.key;
  if (named) return named;
  const cls = classNames.match(s);
  return cls ? `class:${cls}` : undefined;
}

/** Reads a label: role words at its end, then what is named before them. */
export function readLabel(label: string, classNames: ClassNames): Reading {
  let s = strip(strip(label, LEADING), CONNECTORS);
  let role: Role = { kind: "value" };
  const delta = DELTA.exec(s);
  const budget = BUDGET.exec(s);
  const actual = ACTUAL.exec(s);
  if (delta) role = { kind: "delta", up: /增加|增长|上升/.test(delta[1]), word: delta[1] };
  else if (budget) role = { kind: "budget", budget: budgetKind(budget[1]) };
  else if (actual) role = { kind: "actual" };
  const m = delta ?? budget ?? actual;
  if (m) s = strip(s.slice(0, m.index), CONNECTORS);
  // 比2023年度决算数减少: the comparison names no subject; the sentence's is meant.
  s = strip(s.replace(COMPARISON, ""), CONNECTORS);
  return { role, concept: conceptOf(s, classNames) };
}

export function budgetKind(word: string): BudgetKind {
  return word.startsWith("年初")
    ? "年初"
    : word.startsWith("全年")
      ? "全年"
      : word.startsWith("调整")
        ? "调整"
        : "预算";
}

/**
 * 类 names as the tables and the code lists give them (and former editions' names), matched at a
 * text's end with or without "类支出" / "(类)" after them; the longest name wins.
 */
export class ClassNames {
  private readonly names: [string, string][];
  constructor(pairs: Iterable<[name: string, code: string]>) {
    const seen = new Map<string, string>();
    for (const [name, code] of pairs) {
      const n = normName(name);
      if (n && !seen.has(n)) seen.set(n, code);
    }
    this.names = [...seen].sort((a, b) => b[0].length - a[0].length);
  }

  /** The 类 code the end of `text` names, if any. */
  match(text: string): string | undefined {
    const t = normName(text)
      .replace(/\(类\)支出$/, "支出")
      .replace(/(?:类支出|\(类\)|类)$/, "");
    for (const [name, code] of this.names) if (t.endsWith(name)) return code;
    return undefined;
  }
}

/** Names compared without spaces and with half-width brackets. */
export function normName(s: string): string {
  const t = squash(s);
  return t.includes("（") || t.includes("）") ? t.replace(/（/g, "(").replace(/）/g, ")") : t;
}
