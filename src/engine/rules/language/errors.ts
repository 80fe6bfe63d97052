import { Messages } from "../../catalogue";

/** A rule that does not parse: where (offset and length in the rule's text) and why, in both languages. */
export class RuleSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly length: number,
    readonly messages: Messages,
  ) {
    super(`${messages.zh} (offset ${offset})`);
    this.name = "RuleSyntaxError";
  }
}
