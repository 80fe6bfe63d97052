import { CodeList, levelOf, parentOf, sameName } from "../codes";
import { Finding, Lang } from "../findings";
import { CellRef } from "../model";
import { formerClassCode } from "../tables/labels";
import { TableKey, TableRow } from "../tables/types";
import { IndexedTable } from "./table-index";

/**
 * Code checks (domain §2): hierarchy (a 款 placed under another 类, a 项 whose 款 row is missing),
 * malformed codes, and code/name pairs against the code lists. Sums of children are the rulebook's job.
 */
export interface CodeLists {
  function: CodeList;
  economic: CodeList;
}

const label = (row: TableRow) => `${row.code} ${row.name}`.trim();
const cellOf = (row: TableRow): CellRef => ({ sheet: row.label.sheet, address: row.label.address });

function hierarchy(ix: IndexedTable, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const zh = lang === "zh";
  const title = ix.schema.title;
  // The row order only means something in single-panel tables; side-by-side panels interleave.
  const ordered = ix.schema.rows === "function";
  const last = new Map<string, string>();
  const missing = new Map<string, TableRow[]>();
  for (const row of ix.table.rows) {
    const code = row.code;
    if (!code) continue;
    const level = levelOf(code);
    if (!level) {
      out.push({
        rule: "codes.malformed",
        severity: "warning",
        message: zh
          ? `${title} ${label(row)}：编码应为 3 位（类）、5 位（款）或 7 位（项）`
          : `${title} (${ix.table.key}) ${label(row)}: a code has 3 (类), 5 (款) or 7 (项) digits`,
        cells: [cellOf(row)],
        table: ix.table.key,
      });
      continue;
    }
    last.set(level, code);
    const parent = parentOf(code);
    if (!parent) continue;
    const parentLevel = level === "项" ? "款" : "类";
    if (!ix.byCode.has(parent)) {
      const orphans = missing.get(parent) ?? [];
      orphans.push(row);
      missing.set(parent, orphans);
    } else if (ordered && last.get(parentLevel) !== parent) {
      const under = last.get(parentLevel) ?? "";
      out.push({
        rule: "codes.hierarchy",
        severity: "warning",
        message: zh
          ? `${title} ${label(row)} 排在${parentLevel} ${under} 之下，但其上级是 ${parent}`
          : `${title} (${ix.table.key}) ${label(row)} is placed under ${under}, but its parent is ${parent}`,
        cells: [cellOf(row), cellOf(ix.byCode.get(parent) as TableRow)],
        table: ix.table.key,
      });
    }
  }
  // One finding per missing parent, naming every row that hangs from it.
  for (const [parent, rows] of missing) {
    const level = levelOf(parent);
    const first = label(rows[0]);
    const more = rows.length > 1;
    out.push({
      rule: "codes.parent-missing",
      severity: "warning",
      message: zh
        ? `${title}中没有${level} ${parent} 行，但有其下级 ${first}${more ? ` 等 ${rows.length} 行` : ""}`
        : `${title} (${ix.table.key}) has no row ${parent}, but has ${first}${more ? ` and ${rows.length - 1} more rows` : ""} under it`,
      cells: rows.map(cellOf),
      table: ix.table.key,
    });
  }
  return out;
}

/**
 * Code/name pairs against the lists. One finding per code and printed name across all tables (the
 * same row repeats in 收入/支出/财政拨款 tables), naming every cell where it appears.
 */
function names(tables: IndexedTable[], lists: CodeLists, lang: Lang): Finding[] {
  const zh = lang === "zh";
  const groups = new Map<
    string,
    { row: TableRow; ix: IndexedTable; cells: CellRef[]; keys: Set<TableKey>; listed?: string }
  >();
  for (const ix of tables) {
    const list =
      ix.schema.rows === "function"
        ? lists.function
        : ix.schema.rows === "economic"
          ? lists.economic
          : undefined;
    if (!list) continue;
    for (const row of ix.table.rows) {
      if (!row.code || !levelOf(row.code) || !row.name) continue;
      const entry = list.byCode.get(row.code);
      if (entry && sameName(entry.name, row.name)) continue;
      const key = `${list.system}|${row.code}|${row.name}`;
      const g = groups.get(key);
      if (g) {
        g.cells.push(cellOf(row));
        g.keys.add(ix.table.key);
      } else
        groups.set(key, {
          row,
          ix,
          cells: [cellOf(row)],
          keys: new Set([ix.table.key]),
          listed: entry?.name,
        });
    }
  }
  return [...groups.values()].map(({ row, ix, cells, keys, listed }): Finding => {
    // The same row in 收入/支出/财政拨款 tables is one finding: the message says it is in several.
    const others = keys.size - 1;
    const title = others
      ? zh
        ? `${ix.schema.title}等 ${keys.size} 张表`
        : ix.schema.title
      : ix.schema.title;
    if (listed === undefined) {
      return {
        rule: "codes.unknown",
        severity: "info",
        message: zh
          ? `${title} ${label(row)}：编码不在科目编码表中（可在设置中补充）`
          : `${title} (${ix.table.key}${others ? ` and ${others} other table${others > 1 ? "s" : ""}` : ""}) ${label(row)}: the code is not in the code list (you can extend the list)`,
        cells,
        table: ix.table.key,
      };
    }
    const former = row.code === formerClassCode(row.name);
    const also = others ? ` and ${others} other table${others > 1 ? "s" : ""}` : "";
    return {
      rule: "codes.name",
      severity: "warning",
      message: zh
        ? `${title} ${label(row)}：科目名称与编码表“${listed}”不一致${former ? `（“${row.name}”是旧版科目名称，现行名称为“${listed}”）` : ""}`
        : `${title} (${ix.table.key}${also}) ${label(row)}: the name differs from the code list's “${listed}”${former ? ` (“${row.name}” is a former edition's name)` : ""}`,
      cells,
      table: ix.table.key,
    };
  });
}

export function checkCodes(tables: IndexedTable[], lists: CodeLists, lang: Lang): Finding[] {
  return [...tables.flatMap((ix) => hierarchy(ix, lang)), ...names(tables, lists, lang)];
}
