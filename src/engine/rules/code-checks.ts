import { defineCheck, Emit } from "../catalogue";
import { CodeList, levelOf, parentOf, sameName } from "../codes";
import { Finding } from "../findings";
import { CellRef } from "../model";
import { formerClassCode } from "../tables/labels";
import { TableKey, TableRow } from "../tables/types";
import { tableTitle } from "./format";
import { IndexedTable } from "./table-index";

const MALFORMED = defineCheck({
  id: "codes.malformed",
  group: "codes",
  severity: "warning",
  messages: {
    zh: "{title} {row}：编码应为 3 位（类）、5 位（款）或 7 位（项）",
    en: "{title} {row}: a code has 3 (类), 5 (款) or 7 (项) digits",
  },
  describe: { zh: "编码不是 3、5 或 7 位", en: "a code that is not 3, 5 or 7 digits" },
});
const HIERARCHY = defineCheck({
  id: "codes.hierarchy",
  group: "codes",
  severity: "warning",
  messages: {
    zh: "{title} {row} 排在{level} {under} 之下，但其上级是 {parent}",
    en: "{title} {row} is placed under {level} {under}, but its parent is {parent}",
  },
  describe: { zh: "下级科目排在另一个上级之下", en: "a sub-item placed under another parent" },
});
const PARENT_MISSING = defineCheck({
  id: "codes.parent-missing",
  group: "codes",
  severity: "warning",
  messages: {
    zh: "{title}中没有{level} {parent} 行，但有其下级 {row}{more}",
    en: "{title} has no {level} row {parent}, but has {row}{more} under it",
  },
  describe: { zh: "有下级科目但没有其上级行", en: "sub-items whose parent row is missing" },
});
const UNKNOWN = defineCheck({
  id: "codes.unknown",
  group: "codes",
  severity: "info",
  messages: {
    zh: "{title} {row}：编码不在科目编码表中（可在设置中补充）",
    en: "{title} {row}: the code is not in the code list (you can extend the list)",
  },
  describe: { zh: "编码不在科目编码表中", en: "a code not in the code lists" },
});
const NAME = defineCheck({
  id: "codes.name",
  group: "codes",
  severity: "warning",
  messages: {
    zh: "{title} {row}：科目名称与编码表“{listed}”不一致{former}",
    en: "{title} {row}: the name differs from the code list's “{listed}”{former}",
  },
  describe: { zh: "科目名称与编码表不一致", en: "a name that differs from the code list's" },
});

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

function hierarchy(ix: IndexedTable, emit: Emit): Finding[] {
  const out: Finding[] = [];
  const title = tableTitle(ix.table.key);
  const table = { table: ix.table.key };
  // The row order only means something in single-panel tables; side-by-side panels interleave.
  const ordered = ix.schema.rows === "function";
  const last = new Map<string, string>();
  const missing = new Map<string, TableRow[]>();
  for (const row of ix.table.rows) {
    const code = row.code;
    if (!code) continue;
    const level = levelOf(code);
    if (!level) {
      out.push(emit(MALFORMED, { title, row: label(row) }, [cellOf(row)], table));
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
      const params = {
        title,
        row: label(row),
        level: parentLevel,
        under: last.get(parentLevel) ?? "",
        parent,
      };
      out.push(emit(HIERARCHY, params, [cellOf(row), cellOf(ix.byCode.get(parent) as TableRow)], table));
    }
  }
  // One finding per missing parent, naming every row that hangs from it.
  for (const [parent, rows] of missing) {
    const more =
      rows.length > 1 ? { zh: ` 等 ${rows.length} 行`, en: ` and ${rows.length - 1} more rows` } : "";
    const params = { title, level: levelOf(parent) ?? "", parent, row: label(rows[0]), more };
    out.push(emit(PARENT_MISSING, params, rows.map(cellOf), table));
  }
  return out;
}

/**
 * Code/name pairs against the lists. One finding per code and printed name across all tables (the
 * same row repeats in 收入/支出/财政拨款 tables), naming every cell where it appears.
 */
function names(tables: IndexedTable[], lists: CodeLists, emit: Emit): Finding[] {
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
    const { zh, en } = tableTitle(ix.table.key);
    const also = others ? ` and ${others} other table${others > 1 ? "s" : ""}` : "";
    const title = others
      ? { zh: `${zh}等 ${keys.size} 张表`, en: en.replace(/\)$/, `${also})`) }
      : { zh, en };
    const extra = { table: ix.table.key };
    if (listed === undefined) return emit(UNKNOWN, { title, row: label(row) }, cells, extra);
    const former =
      row.code === formerClassCode(row.name)
        ? {
            zh: `（“${row.name}”是旧版科目名称，现行名称为“${listed}”）`,
            en: ` (“${row.name}” is a former edition's name)`,
          }
        : "";
    return emit(NAME, { title, row: label(row), listed, former }, cells, extra);
  });
}

export function checkCodes(tables: IndexedTable[], lists: CodeLists, emit: Emit): Finding[] {
  return [...tables.flatMap((ix) => hierarchy(ix, emit)), ...names(tables, lists, emit)];
}
