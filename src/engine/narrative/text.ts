import Decimal from "decimal.js";
import { Money } from "../decimal";
import { halfWidth, isSpaceCode, squash } from "../text";

/**
 * Reading a paragraph: sentences (。！？), clauses (；) and the figures in them, each with the exact
 * characters it was written with and the words before it in its clause (its label). Nothing here
 * knows the tables; ./concepts.ts says what a label refers to.
 */

export interface Figure {
  kind: "amount" | "percent";
  /** Amounts in 万元; percents in percentage points (93.8 for "93.8%"). */
  value: Decimal;
  /** Decimals as written, after conversion to 万元 (an amount in 元 with 2 decimals has 6). */
  decimals: number;
  /** The figure as written, unit included: "2897.43 万元", "93.8%". */
  quote: string;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  /** The clause's text from its start, or from the previous figure, up to this figure; spaces removed. */
  label: string;
}

export interface Clause {
  start: number;
  end: number;
  figures: Figure[];
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence's text, spaces removed (for words that span clauses: 大于, 其中, 持平). */
  text: string;
  clauses: Clause[];
}

// The engine's normaliser: full-width forms become ASCII one character for one, so offsets stay valid.
export { halfWidth, squash };

/**
 * Each match of a global regex, as matchAll gives them, without matchAll's copy of the regex per
 * call (the narrative runs a dozen patterns over every paragraph). Not re-entrant per regex.
 */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex++;
    fn(m);
  }
  re.lastIndex = 0;
}

/** An amount with its unit; not a threshold ("100 万元以上") nor a unit price ("100元/套"). */
const AMOUNT =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|万元|元)(?!\s*(?:以上|以下|以内|\/|每))/g;
const PERCENT = /(?<![\d.,])(\d+)(?:\.(\d+))?\s*%/g;

/** 。！？!? and line breaks end a sentence. */
const endsSentence = (c: number): boolean =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
/** ；, half-width by now, ends a clause. */
const SEMICOLON = 0x3b;

/**
 * A figure's value: the same digits written again are the same Decimal (immutable), parsed once per
 * narrative (a report repeats its totals, 0.00 and 0.0% many times).
 */
function money(values: Map<string, Decimal>, digits: string): Decimal {
  let value = values.get(digits);
  if (!value) values.set(digits, (value = new Money(digits)));
  return value;
}

function amountOf(m: RegExpExecArray, r: Reading, at: number): Figure {
  const frac = m[2] ?? "";
  const shift = m[3] === "亿元" ? -4 : m[3] === "元" ? 4 : 0;
  const whole = m[1].includes(",") ? m[1].replace(/,/g, "") : m[1];
  const digits = frac ? `${whole}.${frac}` : whole;
  return {
    kind: "amount",
    // 元 → 万元 and 亿元 → 万元 by the exponent: exact, no arithmetic (万元, the most, parse faster without).
    value: money(r.values, shift ? `${digits}e${-shift}` : digits),
    decimals: Math.max(0, frac.length + shift),
    quote: r.text.slice(at, at + m[0].length),
    start: at,
    end: at + m[0].length,
    label: "",
  };
}

function percentOf(m: RegExpExecArray, r: Reading, at: number): Figure {
  const frac = m[2] ?? "";
  return {
    kind: "percent",
    value: money(r.values, frac ? `${m[1]}.${frac}` : m[1]),
    decimals: frac.length,
    quote: r.text.slice(at, at + m[0].length),
    start: at,
    end: at + m[0].length,
    label: "",
  };
}

/**
 * A paragraph as read: its text normalised (`norm`, same offsets), the same without spaces (`flat`),
 * and for each offset in `norm` the offset in `flat` of what follows it. squash(norm.slice(a, b)) is
 * flat.slice(at(a), at(b)): sentences and labels are cut from `flat`, not squashed one by one.
 */
interface Reading {
  text: string;
  norm: string;
  flat: string;
  at: (offset: number) => number;
  values: Map<string, Decimal>;
}

/**
 * The figures of one sentence, each put in its clause with its label. A sentence is matched whole:
 * no match spans a ；, and a ； is neither a digit nor a space, so this finds what matching clause by
 * clause finds (a line break would not do: \s spans it, hence not the whole paragraph).
 */
function figuresIn(r: Reading, start: number, end: number, clauses: Clause[]): void {
  const slice = r.norm.slice(start, end);
  AMOUNT.lastIndex = PERCENT.lastIndex = 0;
  let amount = AMOUNT.exec(slice);
  let percent = PERCENT.exec(slice);
  let c = 0;
  let from = clauses[0].start;
  // The two kinds merged in order of position.
  while (amount || percent) {
    const takeAmount = !!amount && (!percent || amount.index < percent.index);
    const f = takeAmount
      ? amountOf(amount!, r, start + amount!.index)
      : percentOf(percent!, r, start + percent!.index);
    if (takeAmount) amount = AMOUNT.exec(slice);
    else percent = PERCENT.exec(slice);
    while (f.start >= clauses[c].end) from = clauses[++c].start;
    f.label = r.flat.slice(r.at(from), r.at(f.start));
    from = f.end;
    clauses[c].figures.push(f);
  }
  AMOUNT.lastIndex = PERCENT.lastIndex = 0;
}

export interface ReadText {
  /** halfWidth(text): offsets are the text's. */
  norm: string;
  /** squash(norm). */
  flat: string;
  sentences: Sentence[];
}

/** Flat offsets of one paragraph at a time (reused: reading is synchronous and one paragraph deep). */
let kept = new Int32Array(1024);

/**
 * The paragraph's sentences and their clauses, in one pass over its characters: each piece keeps its
 * separator, and a piece of spaces only is dropped. Sentences with a digit get their figures, all
 * before it returns (they read `kept`). `values`: the narrative's figures parsed so far (see money).
 */
export function readParagraph(text: string, values = new Map<string, Decimal>()): ReadText {
  const norm = halfWidth(text);
  const flat = squash(norm);
  const spaced = flat.length !== norm.length;
  if (spaced && kept.length <= norm.length) kept = new Int32Array(norm.length * 2);
  const offsets = kept;
  const r: Reading = { text, norm, flat, at: spaced ? (i) => offsets[i] : (i) => i, values };
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let sentenceFrom = 0;
  let clauseFrom = 0;
  // Whether the current sentence and clause hold only spaces so far, and whether the sentence has a digit.
  let sentenceBlank = true;
  let clauseBlank = true;
  let digit = false;
  let nonSpace = 0;
  // One step past the end: the text's end ends the last sentence.
  for (let i = 0; i <= norm.length; i++) {
    if (spaced) offsets[i] = nonSpace;
    const c = i < norm.length ? norm.charCodeAt(i) : -1;
    // Han characters, most of the text, are neither space, digit nor separator.
    if (c >= 0x4e00 && c <= 0x9fff) {
      nonSpace++;
      sentenceBlank = clauseBlank = false;
      continue;
    }
    if (c >= 0 && !isSpaceCode(c)) {
      nonSpace++;
      sentenceBlank = clauseBlank = false;
      if (c >= 0x30 && c <= 0x39) digit = true;
    }
    if (c === SEMICOLON) {
      if (!clauseBlank) clauses.push({ start: clauseFrom, end: i + 1, figures: [] });
      clauseFrom = i + 1;
      clauseBlank = true;
    } else if (c < 0 ? sentenceFrom < i : endsSentence(c)) {
      const end = c < 0 ? i : i + 1;
      if (c >= 0 && spaced) offsets[end] = nonSpace;
      if (!clauseBlank) clauses.push({ start: clauseFrom, end, figures: [] });
      if (!sentenceBlank) {
        if (digit) figuresIn(r, sentenceFrom, end, clauses);
        sentences.push({
          start: sentenceFrom,
          end,
          text: flat.slice(r.at(sentenceFrom), r.at(end)),
          clauses,
        });
      }
      clauses = [];
      sentenceFrom = clauseFrom = end;
      sentenceBlank = clauseBlank = true;
      digit = false;
    }
  }
  return { norm, flat, sentences };
}
