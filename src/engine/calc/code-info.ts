import { CodeEntry, CodeList, ECONOMIC_CODES, FUNCTION_CODES, levelOf, parentOf } from "../codes";
import { CodeLevel } from "../tables/types";
import { fail, Outcome, ok } from "./outcome";

/** One code's level, parent and listed name (domain §2). */

function invalid(code: string) {
  return fail(
    "value",
    `“${code}”不是类（3 位）、款（5 位）或项（7 位）编码`,
    `"${code}" is not a 3-, 5- or 7-digit code`,
  );
}

export function codeLevel(code: string): Outcome<CodeLevel> {
  const level = /^\d+$/.test(code) ? levelOf(code) : undefined;
  return level ? ok(level) : invalid(code);
}

/** "2010301" → "20103"; a 类 has no parent: "". */
export function codeParent(code: string): Outcome<string> {
  const level = codeLevel(code);
  return level.ok ? ok(parentOf(code) ?? "") : level;
}

export type CodeListChoice = "function" | "economic" | "any";

/**
 * The listed entry of a code: the function list first, then the economic list (a 3- or 5-digit code
 * can be in both: 301 is 工资福利支出 only as an economic code). #N/A when neither list has it.
 */
export function codeEntry(
  code: string,
  choice: CodeListChoice = "any",
  lists: { function: CodeList; economic: CodeList } = { function: FUNCTION_CODES, economic: ECONOMIC_CODES },
): Outcome<CodeEntry> {
  const level = codeLevel(code);
  if (!level.ok) return level;
  const searched = choice === "any" ? [lists.function, lists.economic] : [lists[choice]];
  for (const list of searched) {
    const entry = list.byCode.get(code);
    if (entry) return ok(entry);
  }
  return fail(
    "notAvailable",
    `编码 ${code} 不在${choice === "economic" ? "经济分类" : choice === "function" ? "功能分类" : "功能分类或经济分类"}编码表中`,
    `code ${code} is not in the ${choice === "any" ? "function or economic" : choice} code list`,
  );
}
