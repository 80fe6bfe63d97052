import { RowQuantifier, RowSelector, Term } from "../types";
import { RuleBody } from "./parse";
import * as V from "./vocabulary";

/**
 * Prints rule data in the rule language, so that what `juesuan rules` shows parses back to the same rule:
 * `{T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数} + {T_JBZC, 公用经费合计, 决算数} [空白=零]`.
 * "$" (the column a rule is repeated over) is written as the list of those columns, or 每列.
 */

function rowText(row: RowSelector, each: string): string {
  if ("line" in row) {
    const name = row.line.replace("$", each);
    return row.panel ? `${row.panel}.${name}` : name;
  }
  if ("code" in row) return `${V.ROW_WORDS.code}${row.code}`;
  if ("bound" in row) return V.ROW_WORDS.bound;
  if ("sameCode" in row) return V.ROW_WORDS.sameCode;
  if ("children" in row) return V.ROW_WORDS.children;
  if ("roots" in row || "level" in row) {
    const filter = row.only ? ` ${row.only.join("/")}` : row.except ? ` 除${row.except.join("/")}` : "";
    return `Σ${"level" in row ? row.level : "类"}${filter}`;
  }
  if ("above" in row) return `Σ${row.panel}.${row.above}${V.ABOVE_ROWS}`;
  return V.ROW_WORDS.single;
}

function termText(term: Term, each: string): string {
  const required = term.required ? `, ${V.REQUIRED}` : "";
  return `{${term.table}, ${rowText(term.row, each)}, ${term.col.replace("$", each)}${required}}`;
}

function quantifierText(q: RowQuantifier): string {
  const kinds = q.kinds ?? [];
  const kind =
    q.level && kinds.length === 1 && kinds[0] === "code"
      ? q.level
      : kinds.length
        ? kinds.map((k) => V.ROW_KIND_NAME[k]).join("或")
        : "行";
  const conds = [
    q.under ? `码=${q.under}` : "",
    q.parents ? V.QUANTIFIER_FLAGS.parents : "",
    q.coded ? V.QUANTIFIER_FLAGS.coded : "",
    q.above ? `${q.above}${V.ABOVE}` : "",
  ].filter(Boolean);
  const where = q.panel ? `${q.table}.${q.panel}` : q.table;
  return `${V.EACH} ${kind} ${V.OF} ${[where, ...conds].join(" ")}：`;
}

const RELATION = { sum: "=", equal: "=", atMost: "≤", atLeast: "≥" } as const;

const quote = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

function optionsText(body: RuleBody, message?: string): string {
  const o: string[] = [];
  const severity = V.SEVERITY_NAME[body.severity];
  if (severity && body.severity !== "error") o.push(`${V.OPTION.severity}=${severity}`);
  if (body.tolerance !== undefined) o.push(`${V.OPTION.tolerance}=${body.tolerance}`);
  if (body.blanks !== "unknown") o.push(`${V.OPTION.blanks}=${V.BLANK_ZERO}`);
  if (body.needParts) o.push(`${V.OPTION.needParts}=${V.SKIP}`);
  const unless = body.unlessSubLines;
  if (unless) {
    const line = unless.panel ? `${unless.panel}.${unless.line}` : unless.line;
    o.push(`${V.OPTION.unlessSubLines}={${unless.table}, ${line}}`);
  }
  if (message !== undefined) o.push(`${V.OPTION.message}=${quote(message)}`);
  return o.length ? ` [${o.join(", ")}]` : "";
}

/** One rule as a line of the language; with `id`, prefixed "id: " as a 审核公式 file writes it. */
export function printRule(body: RuleBody, id?: string, message?: string): string {
  const columns = body.forEach?.columns;
  const each = columns === "all" ? V.EACH_COLUMN : columns ? `[${columns.join("|")}]` : "";
  const parts = body.parts.map((p, i) => {
    const sign = p.negate ? (i === 0 ? "− " : " − ") : i === 0 ? "" : " + ";
    return sign + termText(p, each);
  });
  const rel = body.approx ? "≈" : RELATION[body.kind];
  const rows = body.forEach?.rows ? quantifierText(body.forEach.rows) : "";
  const prefix = id ? `${id}: ` : "";
  return `${prefix}${rows}${termText(body.total, each)} ${rel} ${parts.join("")}${optionsText(body, message)}`;
}
