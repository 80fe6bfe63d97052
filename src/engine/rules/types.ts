import { CheckDecl } from "../catalogue";
import { CodeLevel, TableKey } from "../tables/types";

/**
 * The rulebook's vocabulary. A rule addresses cells by table, row selector and column, the way an
 * EBA/XBRL assertion does; one evaluator (evaluate.ts) runs them all.
 */

/** Which rows of a table a term stands for. Selectors that may yield several rows are marked "many". */
export type RowSelector =
  /** A named line (canonical name of the schema, e.g. "本年收入合计"; "$" is the bound column), optionally in one panel. */
  | { line: string; panel?: string }
  /** The row with this code (30217 公务接待费); a missing row means the identity has nothing to say. */
  | { code: string }
  /** The row the rule's `forEach.rows` quantifier is at. */
  | { bound: true }
  /** The row of this table with the bound row's code (another table); a missing row reads as blank. */
  | { sameCode: true }
  /** many: the children of the bound row (款 of a 类, 项 of a 款). */
  | { children: true }
  /**
   * many: the top of the code tree, i.e. the 类 rows (or the 款 of a 类 whose row is missing: a rollup
   * sums only rows whose parent is not summed too), optionally only / except some codes (by prefix).
   */
  | { roots: true; only?: string[]; except?: string[] }
  /** many: every coded row of one level (a user rule's Σ款, Σ项 201), optionally only / except some codes. */
  | { level: CodeLevel; only?: string[]; except?: string[] }
  /** many: the non-total rows of a panel above a named line (the 类 lines above 本年支出合计). */
  | { above: string; panel: string }
  /** The table's single data row (T_SG). */
  | { single: true };

/** One addressed cell (or cells, for a "many" selector). `col` may use "$" for the bound column. */
export interface Term {
  table: TableKey;
  row: RowSelector;
  col: string;
  /** Subtracted from the sum (年末 = 年初 + 收入 − 支出). */
  negate?: boolean;
  /** A named line that must be there for the identity to mean anything (else the rule is skipped). */
  required?: boolean;
}

/** Rows the rule is repeated for: every row of `table` that passes the filter. */
export interface RowQuantifier {
  table: TableKey;
  kinds?: ("code" | "total" | "item")[];
  panel?: string;
  level?: CodeLevel;
  /** Only rows that have children rows (the parents of a rollup). */
  parents?: boolean;
  /** Only rows whose code (own, or found by 类 name) is known. */
  coded?: boolean;
  /** Only non-total rows above this named line (in `panel`). */
  above?: string;
  /** Only rows whose code starts with this (a user rule's `每个 项 属于 T_ZC 码=208`). */
  under?: string;
}

export type RuleKind = "sum" | "equal" | "atMost" | "atLeast";

export type RuleGroup = CheckDecl["group"];

/**
 * An identity is a catalogue entry (id, group, severity of an inconsistent verdict — a rounding verdict
 * is always "rounding" —, messages) with its rule data. Message placeholders: {cell} the total's cell
 * described, {actual} its amount, {expected} what the parts give, {other} the first part's cell
 * described, {difference}.
 */
export interface Rule extends CheckDecl {
  /** sum: total = Σ parts; equal: total = the one part; atMost / atLeast: total ≤ / ≥ the one part. */
  kind: RuleKind;
  total: Term;
  parts: Term[];
  forEach?: { rows?: RowQuantifier; columns?: string[] | "all" };
  /** Skip an instance whose "many" parts select no row (a parent without children rows is fine). */
  needParts?: boolean;
  /** Skip the rule when this line comes split into sub-lines "line/…" (the other layout of the quantity). */
  unlessSubLines?: { table: TableKey; line: string; panel?: string };
  /** ≈: a 尾差 verdict holds (no finding); only an inconsistent one is said. */
  approx?: boolean;
  /** A fixed tolerance in 万元 (decimal string) instead of the rounding intervals: |difference| ≤ it holds. */
  tolerance?: string;
  /** "unknown": an instance with a blank single cell is not judged (user rules' default); else blank = 0. */
  blanks?: "unknown";
}

/** An identity (rule data behind it) rather than a check written as code. */
export function isRule(check: CheckDecl): check is Rule {
  return "kind" in check && "total" in check;
}
