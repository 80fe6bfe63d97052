/**
 * The engine's front door: hosts (CLI, browser page, panel, Excel export) import from here. Loading
 * this module loads every check, so the catalogue is complete when RULE_GROUPS is read.
 */
import { catalogue, CheckGroup, GROUP_NAMES } from "./catalogue";

export { checkTables, checkWorkbook, locate, sortFindings } from "./check";
export { catalogue, checkById, fill, GROUP_NAMES, placeholders } from "./catalogue";
export type { CheckDecl, CheckGroup, Messages, Params } from "./catalogue";
export { SEVERITIES } from "./findings";
export type { Finding, Lang, Severity, TextQuote } from "./findings";
export type { CheckOptions, CheckResult, TableLocation } from "./result";
export type { CellRef, Workbook } from "./model";
export { checkNarrative, findNarrativeSheet } from "./narrative";
export type { NarrativeCoverage, NarrativeParagraph, NarrativeSource } from "./narrative";
export { RULEBOOK } from "./rules";
export type { Rule } from "./rules";
export { describeRule } from "./rules/describe";
export { isRule } from "./rules/types";
export { halfWidth, normalise, squash } from "./text";
// The calculations behind the custom functions and the checks. The functions' own bundle imports
// ./calc and ./scoring directly, so that it does not carry the whole engine.
export * from "./calc";
export * from "./scoring";

const declared = new Set(catalogue().map((c) => c.group));

/** Groups a user can switch off: every group with a catalogued check, but "cells" (always said). */
export const RULE_GROUPS: readonly { id: string; zh: string; en: string }[] = (
  Object.keys(GROUP_NAMES) as CheckGroup[]
)
  .filter((id) => id !== "cells" && declared.has(id))
  .map((id) => ({ id, ...GROUP_NAMES[id] }));
