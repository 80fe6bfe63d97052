import { printRule } from "./language";
import { Rule } from "./types";

/**
 * A rule in the rule language of 审核公式 (language/), e.g.
 * `{T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数} + {T_JBZC, 公用经费合计, 决算数} [空白=零]`,
 * so that a reviewer reads what is checked without reading code, and can copy it into a rule of their own:
 * what is printed parses back to the same rule.
 */
export function describeRule(rule: Rule): string {
  return printRule(rule);
}
