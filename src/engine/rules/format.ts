import { Messages } from "../catalogue";
import { formatAmount } from "../decimal";
import Decimal from "decimal.js";
import { Lang } from "../findings";
import { schemaOf } from "../tables/schemas";
import { TableKey, TableRow } from "../tables/types";

/** An amount as a message shows it; a blank cell says so instead of showing 0. */
export function showAmount(value: Decimal | null, decimals: number, lang: Lang): string {
  if (value === null) return lang === "zh" ? "（空白）" : "(blank)";
  return formatAmount(value, decimals);
}

/** How a row is named in a message: "合计行", "210 卫生健康支出", "本年收入合计", "支出总计". */
function rowLabel(row: TableRow | undefined, code: string | undefined, lang: Lang): string {
  if (!row)
    return code ? (lang === "zh" ? `${code} 行（表中没有此行）` : `row ${code} (not in the table)`) : "";
  const name = row.name.replace("/", lang === "zh" ? "中的" : " / ");
  if (row.kind === "total" && /^(合计|总计)$/.test(name)) {
    const prefix = row.panel ?? "";
    if (lang === "zh") return `${prefix}${name}行`;
    return prefix ? `${prefix} ${name} row` : `${name} row`;
  }
  return row.code ? `${row.code} ${name}` : name;
}

/** Column ids as people say them: "决算数.公务接待费" → "决算数 公务接待费". */
function columnLabel(col: string): string {
  return col.replace(".", " ");
}

/**
 * A cell described for a message: table title, row, and the column where the table has several
 * (e.g. 支出决算表 合计行“基本支出”).
 */
export function describeCell(
  key: TableKey,
  row: TableRow | undefined,
  code: string | undefined,
  col: string,
  showColumn: boolean,
  lang: Lang,
): string {
  const title = schemaOf(key).title;
  const label = rowLabel(row, code, lang);
  if (lang === "zh") return `${title} ${label}${showColumn ? `“${columnLabel(col)}”` : ""}`;
  return `${title} (${key}), ${label}${showColumn ? `, column ${columnLabel(col)}` : ""}`;
}

/** A table as a message names it: its title, and in English its key too (支出决算表 (T_ZC)). */
export function tableTitle(key: TableKey, zh = schemaOf(key).title): Messages {
  return { zh, en: `${schemaOf(key).title} (${key})` };
}
