import { Finding } from "./findings";

/**
 * Explanations (说明) of accepted findings, as the national 决算 software keeps them: a failed check is
 * either fixed or carries a written 说明. One is keyed by the rule and the cells the finding names, and
 * remembers the figures it was written for, so it survives a re-check but is dropped once the numbers
 * change (a new figure needs a new word). Hosts store them in the workbook (a CustomXmlPart).
 */
export interface Explanation {
  rule: string;
  /** The finding's cells as "sheet!A1" ("file|sheet!A1" for another workbook's), in the finding's order. */
  cells: string[];
  /** The figures the explanation was written for (see `figures`). */
  figures: string;
  text: string;
  /** When it was written (ISO date), for the review sheet. */
  at?: string;
}

/** The CustomXmlPart namespace the hosts keep explanations under (the CLI reads it from the .xlsx). */
export const EXPLANATIONS_NAMESPACE = "urn:juesuan:explanations:1";

const cellKeys = (f: Finding): string[] =>
  f.cells.map((c) => `${c.file === undefined ? "" : `${c.file}|`}${c.sheet}!${c.address}`);

/** A finding's figures: its amounts, or its message where it compares none (a wording, a missing note). */
export function figures(f: Finding): string {
  return f.expected !== undefined || f.actual !== undefined
    ? `${f.expected ?? ""}|${f.actual ?? ""}|${f.difference ?? ""}`
    : f.message;
}

const keyOf = (rule: string, cells: readonly string[]) => `${rule}\u0000${cells.join("\u0000")}`;

/** The explanation of a finding as the user wrote it now. */
export function explain(f: Finding, text: string, at?: string): Explanation {
  const e: Explanation = { rule: f.rule, cells: cellKeys(f), figures: figures(f), text: text.trim() };
  if (at !== undefined) e.at = at;
  return e;
}

/** Stored explanations, checked entry by entry: a damaged record loses only its bad entries. */
export function parseExplanations(data: unknown): Explanation[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((d): Explanation[] => {
    if (typeof d !== "object" || d === null) return [];
    const { rule, cells, figures: f, text, at } = d as Record<string, unknown>;
    if (typeof rule !== "string" || typeof f !== "string" || typeof text !== "string" || !text.trim())
      return [];
    if (!Array.isArray(cells) || !cells.every((c): c is string => typeof c === "string")) return [];
    const e: Explanation = { rule, cells, figures: f, text };
    if (typeof at === "string") e.at = at;
    return [e];
  });
}

/**
 * Findings with their explanations attached (`explanation`, the text), and the explanations that no
 * longer fit any finding (fixed, or its figures changed): the hosts drop those when they save.
 */
export function applyExplanations(
  findings: readonly Finding[],
  explanations: readonly Explanation[],
): { findings: Finding[]; stale: Explanation[] } {
  const byKey = new Map(explanations.map((e) => [keyOf(e.rule, e.cells), e]));
  const used = new Set<Explanation>();
  const out = findings.map((f) => {
    const e = byKey.get(keyOf(f.rule, cellKeys(f)));
    if (!e || e.figures !== figures(f)) return f;
    used.add(e);
    return { ...f, explanation: e.text };
  });
  return { findings: out, stale: explanations.filter((e) => !used.has(e)) };
}

/** Replaces the finding's explanation (or removes it, for empty text) in a stored list. */
export function withExplanation(
  list: readonly Explanation[],
  f: Finding,
  text: string,
  at?: string,
): Explanation[] {
  const key = keyOf(f.rule, cellKeys(f));
  const rest = list.filter((e) => keyOf(e.rule, e.cells) !== key);
  return text.trim() ? [...rest, explain(f, text, at)] : rest;
}
