import { CheckDecl, Emit, FindingExtra, Params } from "../catalogue";
import { Finding, Lang } from "../findings";
import { CellRef } from "../model";
import { TableQuantities } from "./quantities";
import { ReadParagraph } from "./read";
import { NarrativeSource } from "./types";

/** What the narrative checks share while they run. */
export interface NarrativeContext {
  lang: Lang;
  emit: Emit;
  source: NarrativeSource;
  tq: TableQuantities;
  /** Last year's tables (--previous): 同比 figures are checked against them, not inferred. */
  previous?: { file: string; tq: TableQuantities };
  paragraphs: ReadParagraph[];
  findings: Finding[];
}

/** Where in a paragraph a finding is: a figure, or words (大于, XX). */
export interface Spot {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  clause?: { start: number; end: number };
  wrong?: boolean;
}

const SHORT = 72;

/** 说明第9段“卫生健康支出类支出 137.96 万元，占 4.77%”: the clause, cut around the words when long. */
function where(lang: Lang, p: ReadParagraph, at: Spot): string {
  const from = at.clause?.start ?? Math.max(0, at.start - 24);
  const to = at.clause?.end ?? Math.min(p.text.length, at.end + 12);
  const cut = to - from > SHORT;
  const s = cut ? Math.max(from, at.start - 48) : from;
  // A long clause ends at the first comma after the words (never inside the next figure).
  const comma = p.text.slice(at.end, to).search(/[，,；;。]/);
  const e = cut ? Math.min(to, at.end + (comma >= 0 && comma <= 24 ? comma : 12)) : to;
  const text = p.text
    .slice(s, e)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[。；;，,：:]$/, "");
  const quoted = `${s > from ? "…" : ""}${text}${e < to && p.text.slice(e, to).trim().length > 1 ? "…" : ""}`;
  return lang === "zh" ? `说明第${p.number}段“${quoted}”` : `Narrative paragraph ${p.number} “${quoted}”`;
}

/**
 * Makes a narrative finding: the table cells compared, then the paragraph's cell (a narrative sheet);
 * `text` quotes the exact characters as written. The spot is marked wrong for the coverage count.
 */
export function report(
  ctx: NarrativeContext,
  check: CheckDecl,
  at: Spot,
  params: Params,
  cells: CellRef[],
  extra: FindingExtra = {},
): void {
  const p = ctx.paragraphs[at.paragraph - 1];
  const all = p.cell ? [...cells, p.cell] : cells;
  ctx.findings.push(
    ctx.emit(check, { where: where(ctx.lang, p, at), quote: at.quote, ...params }, all, {
      table: "NARRATIVE",
      ...extra,
      text: [{ source: ctx.source.source, paragraph: p.number, quote: at.quote }],
    }),
  );
  at.wrong = true;
}
