import { Rule, RowSelector, Term } from "./types";

/**
 * The rulebook in the notation of an EBA/XBRL validation rule, e.g.
 * `{T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数} + {T_JBZC, 公用经费合计, 决算数}`,
 * so that a reviewer can read what is checked without reading code. "$" stands for the column the
 * rule is repeated over, written out as the list of those columns.
 */
function rowText(row: RowSelector, each: string): string {
  if ("line" in row) {
    const name = row.line.replace("$", each);
    return row.panel ? `${row.panel}.${name}` : name;
  }
  if ("code" in row) return `码=${row.code}`;
  if ("bound" in row) return "每行";
  if ("sameCode" in row) return "同编码行";
  if ("children" in row) return "Σ下级";
  if ("roots" in row) {
    const filter = row.only ? ` ${row.only.join("/")}` : row.except ? ` 除${row.except.join("/")}` : "";
    return `Σ类${filter}`;
  }
  if ("above" in row) return `Σ${row.panel}.${row.above}以上各行`;
  return "数据行";
}

function termText(term: Term, each: string): string {
  return `{${term.table}, ${rowText(term.row, each)}, ${term.col.replace("$", each)}}`;
}

const RELATION = { sum: "=", equal: "=", atMost: "≤", atLeast: "≥" } as const;

export function describeRule(rule: Rule): string {
  const columns = rule.forEach?.columns;
  const each = Array.isArray(columns) ? `[${columns.join("|")}]` : "每列";
  const parts = rule.parts.map((p, i) => {
    const sign = p.negate ? (i === 0 ? "− " : " − ") : i === 0 ? "" : " + ";
    return sign + termText(p, each);
  });
  return `${termText(rule.total, each)} ${RELATION[rule.kind]} ${parts.join("")}`;
}
