import { CellRef } from "./model";
import { Finding, Lang, Severity, TextQuote } from "./findings";

/**
 * The check catalogue: every check the engine can emit is declared here once — id, group, severity,
 * messages in Chinese and English with named placeholders — and findings are made only by `emit`.
 * `juesuan rules`, the settings' group switches and the README's counts read this one list.
 */

/** Groups a user can switch off (ids are stable: they are kept in workbooks' settings). */
export type CheckGroup =
  | "within"
  | "between"
  | "codes"
  | "completeness"
  | "perf"
  | "narrative"
  | "previous"
  | "user"
  /** Always on: a cell that is not an amount, recognition notices. */
  | "cells";

export interface Messages {
  zh: string;
  en: string;
}

/** How the settings' switches and `juesuan rules` name each group. */
export const GROUP_NAMES: Readonly<Record<CheckGroup, Messages>> = {
  within: { zh: "表内平衡", en: "Within-table identities" },
  between: { zh: "表间勾稽", en: "Between-table identities" },
  codes: { zh: "科目编码", en: "Classification codes" },
  completeness: { zh: "完整性", en: "Completeness" },
  perf: { zh: "绩效自评", en: "Performance self-evaluation" },
  narrative: { zh: "情况说明", en: "Narrative" },
  previous: { zh: "上年对比", en: "Against last year" },
  user: { zh: "自定义审核公式", en: "User rules" },
  cells: { zh: "单元格与识别", en: "Cells and recognition" },
};

export interface CheckDecl {
  /** Stable id, e.g. "PERF.weights.total"; greppable, never reused for another meaning. */
  id: string;
  group: CheckGroup;
  /** The severity of a finding that breaks it (an identity's 尾差 verdict is always "rounding"). */
  severity: Severity;
  /** Templates with named placeholders: `{total}`; a placeholder with no value is left as written. */
  messages: Messages;
  /** One line saying what is checked (for `juesuan rules`), when the message alone does not. */
  describe?: Messages;
}

const CATALOGUE = new Map<string, CheckDecl>();

/** Declares a check once; a second declaration of the same id is a programming error. */
export function defineCheck<T extends CheckDecl>(decl: T): T {
  if (CATALOGUE.has(decl.id)) throw new Error(`check ${decl.id} declared twice`);
  CATALOGUE.set(decl.id, decl);
  return decl;
}

/** Every declared check, in declaration order. Modules declare on load: import the engine first. */
export function catalogue(): readonly CheckDecl[] {
  return [...CATALOGUE.values()];
}

export function checkById(id: string): CheckDecl | undefined {
  return CATALOGUE.get(id);
}

/** A placeholder's value: the same in both languages, or said in each (a table's name, a plural). */
export type Param = string | number | Messages;
export type Params = Readonly<Record<string, Param>>;

/** Fills `{name}` placeholders; unknown names stay as written so a missing value shows in tests. */
export function fill(template: string, params: Params, lang: Lang = "zh"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** The `{name}` placeholders of a template, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** What a finding carries besides its message and cells. */
export interface FindingExtra {
  /** A different severity than declared: "rounding" for a 尾差 verdict, or as a user rule's options say. */
  severity?: Severity;
  table?: string;
  expected?: string;
  actual?: string;
  difference?: string;
  text?: TextQuote[];
  /** Appended to the message and filled with the same params (an identity's difference, its 尾差 note). */
  suffix?: Messages;
}

/** Makes findings in one language; the only way a finding is made. */
export type Emit = (
  check: CheckDecl,
  params: Params,
  cells: readonly CellRef[],
  extra?: FindingExtra,
) => Finding;

export function emitter(lang: Lang): Emit {
  return (check, params, cells, extra = {}) => {
    const f: Finding = {
      rule: check.id,
      severity: extra.severity ?? check.severity,
      message: fill(check.messages[lang] + (extra.suffix?.[lang] ?? ""), params, lang),
      cells: cells.map(({ sheet, address, file }) =>
        file === undefined ? { sheet, address } : { sheet, address, file },
      ),
    };
    if (extra.expected !== undefined) f.expected = extra.expected;
    if (extra.actual !== undefined) f.actual = extra.actual;
    if (extra.difference !== undefined) f.difference = extra.difference;
    if (extra.table !== undefined) f.table = extra.table;
    if (extra.text !== undefined) f.text = extra.text;
    return f;
  };
}
