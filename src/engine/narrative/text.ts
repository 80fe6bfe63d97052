import Decimal from "decimal.js";
import { Money } from "../decimal";
import { halfWidth, squash } from "../text";

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

/** An amount with its unit; not a threshold ("100 万元以上") nor a unit price ("100元/套"). */
const AMOUNT =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|万元|元)(?!\s*(?:以上|以下|以内|\/|每))/g;
const PERCENT = /(?<![\d.,])(\d+)(?:\.(\d+))?\s*%/g;

function figuresIn(text: string, norm: string, start: number, end: number): Figure[] {
  const found: Omit<Figure, "label">[] = [];
  const slice = norm.slice(start, end);
  if (!/\d/.test(slice)) return [];
  for (const m of slice.matchAll(AMOUNT)) {
    const frac = m[2] ?? "";
    const shift = m[3] === "亿元" ? -4 : m[3] === "元" ? 4 : 0;
    // 元 → 万元 and 亿元 → 万元 by the exponent: exact, no arithmetic.
    const value = new Money(`${m[1].replace(/,/g, "")}${frac ? "." + frac : ""}e${-shift}`);
    const s = start + (m.index ?? 0);
    found.push({
      kind: "amount",
      value,
      decimals: Math.max(0, frac.length + shift),
      quote: text.slice(s, s + m[0].length),
      start: s,
      end: s + m[0].length,
    });
  }
  for (const m of slice.matchAll(PERCENT)) {
    const frac = m[2] ?? "";
    const s = start + (m.index ?? 0);
    found.push({
      kind: "percent",
      value: new Money(`${m[1]}${frac ? "." + frac : ""}`),
      decimals: frac.length,
      quote: text.slice(s, s + m[0].length),
      start: s,
      end: s + m[0].length,
    });
  }
  found.sort((a, b) => a.start - b.start);
  let from = start;
  return found.map((f) => {
    const label = squash(norm.slice(from, f.start));
    from = f.end;
    return { ...f, label };
  });
}

/** Splits at the separators, keeping each piece's offsets (the separator stays with the piece before). */
function pieces(norm: string, start: number, end: number, separators: string): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (separators.includes(norm[i])) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < end) out.push([from, end]);
  return out.filter(([s, e]) => /\S/.test(norm.slice(s, e)));
}

export function readParagraph(text: string): Sentence[] {
  const norm = halfWidth(text);
  return pieces(norm, 0, norm.length, "。！？!?\n").map(([s, e]) => ({
    start: s,
    end: e,
    text: squash(norm.slice(s, e)),
    clauses: pieces(norm, s, e, ";").map(([cs, ce]) => ({
      start: cs,
      end: ce,
      figures: figuresIn(text, norm, cs, ce),
    })),
  }));
}
