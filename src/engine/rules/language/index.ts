/** The rule language of 审核公式: parse a line into rule data, print rule data as a line. */
export { RuleSyntaxError } from "./errors";
export { parseRule } from "./parse";
export type { ParseResult, RuleBody, Statement } from "./parse";
export { printRule } from "./print";
