import { FUNCTION_CODES, sameName } from "../codes";
import { Finding } from "../findings";
import { formerClassCode } from "../tables/labels";
import * as CHECK from "./checks";
import { NarrativeContext, report } from "./report";
import { ReadParagraph } from "./read";
import { eachMatch } from "./text";

/**
 * Wording warnings: template placeholders left in, a year that is not the report's where the report
 * year is meant, a share written without %, a 类 named by a former edition's name.
 */

const PLACEHOLDER =
  /[XＸ]{2,}|[×＊*]{2,}|某某|待填写|待补充|(?:增加|减少|增长|下降|大于|小于)[（(](?:增加|减少|增长|下降|大于|小于)[）)]/g;
/** 截至2023年12月31日; a heading's or a figure sentence's 2023年度; 与2022年度相比 (last year expected). */
const AS_AT = /截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;
const HEADING_YEAR = /(\d{4})\s*年度/g;
const SENTENCE_YEAR = /^\s*(\d{4})\s*年度/g;
const COMPARED = /(?:与|比|较)\s*(\d{4})\s*年度?\s*(?:相比|比较|决算)/g;
/** 占76.23 followed by punctuation: a share with no % (decimals required, so counts are not taken). */
const NO_PERCENT = /占(?!地)[^,。;%\d]{0,20}?(\d+\.\d+)(?=\s*(?:[,。;)]|$))/g;
const CLASS_WORDS = /([\u4e00-\u9fa5]{1,30})(?:\(类\)|类支出)/g;

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;

/**
 * The "(类)" and "类支出" of a text in order, each with a Han character before it. Each pattern's next
 * place is remembered, so that the text is searched once however many 类 it names.
 */
function classSuffixes(norm: string): (from: number) => number {
  const next = { "(类)": -2, 类支出: -2 };
  const find = (word: keyof typeof next, from: number) => {
    if (next[word] !== -1 && next[word] < from) next[word] = norm.indexOf(word, from);
    return next[word];
  };
  return (from) => {
    for (;;) {
      const a = find("(类)", from);
      const b = find("类支出", from);
      const at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
      if (at < 0 || isHan(norm.charCodeAt(at - 1))) return at;
      from = at + 1;
    }
  };
}

/**
 * CLASS_WORDS's matches, as matchAll gives them, without running it over every character: each
 * match ends in a suffix with a Han character before it, and starts at most 30 characters before
 * that suffix, so the regex starts there (the first such suffix after the last match guarantees a
 * match by the 30th character, so no scan runs past it).
 */
export function eachClassWord(norm: string, fn: (m: RegExpExecArray) => void): void {
  const nextSuffix = classSuffixes(norm);
  let pos = 0;
  for (let suffix = nextSuffix(1); suffix >= 0; suffix = nextSuffix(pos + 1)) {
    CLASS_WORDS.lastIndex = Math.max(pos, suffix - 30);
    const m = CLASS_WORDS.exec(norm);
    if (!m) break;
    pos = m.index + m[0].length;
    fn(m);
  }
  CLASS_WORDS.lastIndex = 0;
}

function spot(p: ReadParagraph, start: number, quote: string) {
  return { paragraph: p.number, start, end: start + quote.length, quote };
}

function years(ctx: NarrativeContext, p: ReadParagraph, year: number): void {
  const wrong = (re: RegExp, text: string, offset: number, expected: number) => {
    eachMatch(re, text, (m) => {
      if (Number(m[1]) === expected) return;
      const at = offset + m.index;
      report(ctx, CHECK.YEAR, spot(p, at, p.text.slice(at, at + m[0].length)), { expected, year }, []);
    });
  };
  wrong(AS_AT, p.norm, 0, year);
  if (p.heading) wrong(HEADING_YEAR, p.norm, 0, year);
  else
    p.sentences.forEach((s, i) => {
      const figures = p.bySentence[i];
      if (!figures.length) return;
      const text = p.norm.slice(s.start, s.end);
      if (figures.some((f) => f.kind === "amount")) wrong(SENTENCE_YEAR, text, s.start, year);
      // "与2023年度相比" means last year only beside a 同比 change (a review of five years may say 2019).
      if (figures.some((f) => f.role?.kind === "delta" || f.percent?.kind === "yoy"))
        wrong(COMPARED, text, s.start, year - 1);
    });
}

/** The report year: the tables' titles, else the first heading that names a 年度. */
function reportYear(paragraphs: ReadParagraph[], fromTables: number | undefined): number | undefined {
  if (fromTables) return fromTables;
  for (const p of paragraphs) {
    const m = /(\d{4})\s*年度/.exec(p.norm);
    if (p.heading && m) return Number(m[1]);
  }
  return undefined;
}

/** A former 类 name a run of words ends in: where in the run, and the current name. */
type Former = { at: number; name: string; current: string } | null;

/** The first ending of the run (longest first) that names a 类, when that is a former name. */
function formerName(ctx: NarrativeContext, run: string): Former {
  for (let i = 0; i < run.length - 1; i++) {
    const name = run.slice(i);
    const code = formerClassCode(name) ?? formerClassCode(`${name}支出`);
    if (!code) continue;
    const current = ctx.tq.className(code) ?? FUNCTION_CODES.byCode.get(code)?.name;
    return current && !sameName(current, name) && !sameName(current, `${name}支出`)
      ? { at: i, name, current }
      : null;
  }
  return null;
}

/** `seen`: each run's answer, for the narrative's later paragraphs (a few 类 are named again and again). */
function className(ctx: NarrativeContext, p: ReadParagraph, seen: Map<string, Former>): void {
  eachClassWord(p.norm, (m) => {
    let former = seen.get(m[1]);
    if (former === undefined) seen.set(m[1], (former = formerName(ctx, m[1])));
    if (!former) return;
    const at = m.index + former.at;
    const quote = p.text.slice(at, at + former.name.length);
    report(ctx, CHECK.CLASS_NAME, spot(p, at, quote), { name: former.current }, []);
  });
}

export function wordingFindings(ctx: NarrativeContext, tableYear: number | undefined): Finding[] {
  const before = ctx.findings.length;
  const year = reportYear(ctx.paragraphs, tableYear);
  const runs = new Map<string, Former>();
  for (const p of ctx.paragraphs) {
    eachMatch(PLACEHOLDER, p.text, (m) => report(ctx, CHECK.PLACEHOLDER, spot(p, m.index, m[0]), {}, []));
    if (year) years(ctx, p, year);
    eachMatch(NO_PERCENT, p.norm, (m) => {
      const at = m.index + m[0].length - m[1].length;
      report(ctx, CHECK.PERCENT_SIGN, spot(p, at, p.text.slice(at, at + m[1].length)), {}, []);
    });
    className(ctx, p, runs);
  }
  return ctx.findings.splice(before);
}
