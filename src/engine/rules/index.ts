import { checkById, emitter } from "../catalogue";
import { ECONOMIC_CODES, extendCodeList, FUNCTION_CODES } from "../codes";
import { Money } from "../decimal";
import { Finding } from "../findings";
import { CheckOptions } from "../result";
import { TableKey, TableInstance } from "../tables/types";
import { checkCodes, CodeLists } from "./code-checks";
import { evaluateRules } from "./evaluate";
import { checkOtherShare } from "./other-share";
import { RULEBOOK } from "./rulebook";
import { checkTableContents, invalidCells, missingTables } from "./table-checks";
import { indexTable, IndexedTable } from "./table-index";

export { RULEBOOK } from "./rulebook";
export type { Rule, RuleGroup, RowSelector, Term } from "./types";

function codeLists(options: CheckOptions): CodeLists {
  return {
    function: extendCodeList(FUNCTION_CODES, options.codes?.function ?? []),
    economic: extendCodeList(ECONOMIC_CODES, options.codes?.economic ?? []),
  };
}

/**
 * Runs the rulebook and the further checks over recognised tables. Where a table was recognised twice,
 * the first instance is checked. Findings come unsorted (checkTables in ../check.ts sorts them).
 */
export function runRules(tables: TableInstance[], options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? "zh";
  const off = new Set(options.disabledGroups ?? []);
  const lists = codeLists(options);
  const indexed = new Map<TableKey, IndexedTable>();
  for (const t of tables) if (!indexed.has(t.key)) indexed.set(t.key, indexTable(t, lists.function));
  const all = [...indexed.values()];

  const emit = emitter(lang);
  const findings = evaluateRules(
    RULEBOOK.filter((r) => !off.has(r.group)),
    { tables: indexed, lang, slack: new Money(options.roundingSlack ?? 0).times("0.01") },
  );
  // A cell that is not an amount is always said (group "cells"): every rule skips it.
  findings.push(...all.flatMap((ix) => invalidCells(ix, emit)));
  if (!off.has("codes")) findings.push(...checkCodes(all, lists, emit), ...checkOtherShare(all, emit));
  if (!off.has("completeness")) {
    findings.push(...missingTables(new Set(indexed.keys()), emit), ...checkTableContents(all, emit));
  }
  // Completeness findings the evaluator makes (a missing line) follow the group's switch too.
  return findings.filter((f) => !off.has(checkById(f.rule)?.group ?? ""));
}
