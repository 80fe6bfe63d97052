import Decimal from "decimal.js";
import { NarrativeParagraph } from "./types";
import { BudgetKind, budgetKind, conceptOf, readLabel, Role } from "./concepts";
import { Section, TableQuantities, Quantity } from "./quantities";
import { Clause, Figure, readParagraph, Sentence, squash } from "./text";

/**
 * The narrative read into figures that know what they are: an amount with its role (value, 决算,
 * 预算, 同比 change) and concept, tied to a table quantity where the tables hold it; a percent as a
 * share, a completion rate or a 同比 rate. Subjects carry only within a sentence, or from a paragraph's
 * leading "X（类）Y（款）Z（项）。" sentence to the figures of that paragraph that name no subject.
 */

export type PercentRole =
  | { kind: "share"; base?: string; namedPart: boolean }
  | { kind: "rate"; budget: BudgetKind }
  | { kind: "yoy"; up: boolean; word: string };

export interface NarrFigure extends Figure {
  paragraph: number;
  section: Section;
  sentence: Sentence;
  clause: Clause;
  /** Amounts: role and concept (its own, or the sentence's subject for 决算/预算/change). */
  role?: Role;
  concept?: string;
  quantity?: Quantity;
  percent?: PercentRole;
  /** The figure before it in its sentence, and all of the sentence's figures (read once, looked up often). */
  prev?: NarrFigure;
  siblings: NarrFigure[];
  checked: boolean;
  wrong: boolean;
}

export interface ReadParagraph {
  number: number;
  text: string;
  norm: string;
  /** squash(norm): the paragraph without spaces (sentence texts are pieces of it). */
  flat: string;
  cell?: NarrativeParagraph["cell"];
  section: Section;
  heading: boolean;
  sentences: Sentence[];
  figures: NarrFigure[];
  /** Each sentence's figures, by the sentence's index in `sentences`. */
  bySentence: NarrFigure[][];
  /** Amounts stated as a value or 决算, by concept, in order. */
  stated: Map<string, NarrFigure[]>;
}

/** The last figure of `concept` stated before `start` in the paragraph (binary search: stays linear). */
export function statedBefore(p: ReadParagraph, concept: string, start: number): NarrFigure | undefined {
  const list = p.stated.get(concept);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** The index of the sentence holding offset `at`, or -1. */
export function sentenceAt(p: ReadParagraph, at: number): number {
  let lo = 0;
  let hi = p.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.sentences[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = p.sentences[lo];
  return s && s.start <= at ? lo : -1;
}

const HEADING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
const SUBHEADING = /^\([一二三四五六七八九十]+\)/;

/** The table a top-level heading's section is about. */
function sectionOf(heading: string): Section {
  const t = squash(heading);
  if (/三公/.test(t)) return "SG";
  if (/一般公共预算财政拨款(基本)?支出/.test(t)) return "YB";
  if (/政府性基金/.test(t)) return "JJ";
  if (/国有资本经营/.test(t)) return "GZ";
  if (/财政拨款收(入)?支(出)?/.test(t)) return "CZ";
  if (/收(入)?支(出)?决算总体/.test(t)) return "SZ";
  if (/收入决算/.test(t)) return "SR";
  if (/支出决算/.test(t)) return "ZC";
  return "other";
}

const SHARE = /占(.*)$/;
const RATE = /完成(.*?预算)数?的?(?:比例)?(?:为)?$|(预算)?执行率(?:为|达到?)?$|完成率(?:为|达到?)?$/;
const YOY = /(增长|下降|上升|降低|增加|减少)了?约?$|(增幅|增长率|涨幅|降幅|下降率)(?:为|达)?约?$/;
/** 占年初预算的 101.36% is a completion rate, not a share. */
const BUDGET_BASE = /^(?:年初|全年|调整后?)?预算数?$/;
const PART_PREFIX = /^[,、:;]*(?:其中)?[,、:]*$/;

function percentRole(label: string): PercentRole | undefined {
  const share = SHARE.exec(label);
  if (share) {
    const base = share[1].replace(/(?:的)?(?:比重|比例|比)?(?:为|达)?$/, "");
    if (BUDGET_BASE.test(base)) return { kind: "rate", budget: budgetKind(base) };
    return {
      kind: "share",
      base: base || undefined,
      namedPart: !PART_PREFIX.test(label.slice(0, share.index)),
    };
  }
  const rate = RATE.exec(label);
  if (rate)
    return {
      kind: "rate",
      budget: rate[1] ? budgetKind(rate[1].replace(/^.*?(年初|全年|调整)/, "$1")) : "预算",
    };
  const yoy = YOY.exec(label);
  if (yoy) {
    const word = yoy[1] ?? yoy[2];
    return { kind: "yoy", up: /增|上升|涨/.test(word), word };
  }
  return undefined;
}

/** "(1) 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" → its names. */
const PATH = /^(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d))?(.+?)\(类\)(?:(.+?)\(款\))?(?:(.+?)\(项\))?/;

function pathSubject(sentence: Sentence, tq: TableQuantities): string | undefined {
  // PATH needs a "(类)": most sentences are passed over without running it.
  if (!sentence.text.includes("(类)") || sentence.clauses.some((c) => c.figures.length)) return undefined;
  const m = PATH.exec(sentence.text);
  if (!m) return undefined;
  const code = tq.codeOfPath([m[1], m[2], m[3]].filter((s): s is string => !!s));
  return code ? (code.length === 3 ? `class:${code}` : `row:${code}`) : undefined;
}

export function readNarrative(
  paragraphs: readonly NarrativeParagraph[],
  tq: TableQuantities,
): ReadParagraph[] {
  let section: Section = "other";
  const values = new Map<string, Decimal>();
  return paragraphs.map((p, i) => {
    // Normalised once: the sentences, figures and wording checks all read `norm`.
    const { norm, flat, sentences } = readParagraph(p.text, values);
    const short = flat.length <= 60 && !/[。;]./.test(flat);
    const heading = HEADING.test(flat) && short;
    if (heading) section = sectionOf(flat);
    // A "(五) 一般公共预算…说明" heading sets the section only when it names a table's.
    else if (short && SUBHEADING.test(flat) && sectionOf(flat) !== "other") section = sectionOf(flat);
    const figures: NarrFigure[] = [];
    const bySentence: NarrFigure[][] = [];
    const stated = new Map<string, NarrFigure[]>();
    let paragraphSubject: string | undefined;
    for (const sentence of sentences) {
      paragraphSubject ??= pathSubject(sentence, tq);
      let subject: string | undefined;
      const siblings: NarrFigure[] = [];
      bySentence.push(siblings);
      for (const clause of sentence.clauses) {
        for (const f of clause.figures) {
          // Fields written out (not spread): one shape for every figure, and cheaper to make.
          const fig: NarrFigure = {
            kind: f.kind,
            value: f.value,
            decimals: f.decimals,
            quote: f.quote,
            start: f.start,
            end: f.end,
            label: f.label,
            paragraph: i + 1,
            section,
            sentence,
            clause,
            role: undefined,
            concept: undefined,
            quantity: undefined,
            percent: undefined,
            prev: siblings[siblings.length - 1],
            siblings,
            checked: false,
            wrong: false,
          };
          if (f.kind === "percent") {
            fig.percent = percentRole(f.label);
            if (!fig.percent) continue;
          } else {
            const reading = readLabel(f.label, tq.classNames);
            fig.role = reading.role;
            // A 绩效 paragraph's 项目全年预算数为 / 执行数为 names its project: 预算 and 执行 are the 自评表's.
            const project =
              !reading.concept && (reading.role.kind === "budget" || reading.role.kind === "actual")
                ? tq.projectIn(f.label)
                : undefined;
            const own = reading.concept ?? (project && `project:${project}`);
            if (own) subject ??= own;
            fig.concept = own ?? (reading.role.kind !== "value" ? (subject ?? paragraphSubject) : undefined);
            if (fig.concept) fig.quantity = tq.resolve(fig.concept, reading.role, section);
            if (fig.concept && (reading.role.kind === "value" || reading.role.kind === "actual")) {
              const list = stated.get(fig.concept);
              if (list) list.push(fig);
              else stated.set(fig.concept, [fig]);
            }
          }
          figures.push(fig);
          siblings.push(fig);
        }
      }
    }
    return {
      number: i + 1,
      text: p.text,
      norm,
      flat,
      cell: p.cell,
      section,
      heading,
      sentences,
      figures,
      bySentence,
      stated,
    };
  });
}

/** The concept a share's named base stands for ("本年收入" → SR.total), if known. */
export function baseConcept(base: string, tq: TableQuantities): string | undefined {
  return conceptOf(base, tq.classNames);
}
