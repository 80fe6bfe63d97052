import { defineCheck, Emit } from "../catalogue";
import { Finding } from "../findings";
import { CellRef, toA1 } from "../model";
import { schemaOf, TABLE_ORDER } from "../tables/schemas";
import { TableKey, TableRow } from "../tables/types";
import { tableTitle } from "./format";
import { canonicalName, IndexedTable } from "./table-index";

/** Table-level checks: a standard table missing, an empty table without its note, duplicate rows, bad cells. */

const MISSING_TABLE = defineCheck({
  id: "completeness.missing-table",
  group: "completeness",
  severity: "warning",
  messages: { zh: "没有找到{title}（{table}）", en: "No {title} ({table}) was found" },
  describe: { zh: "标准公开表缺失", en: "a standard disclosure table missing from the set" },
});
const EMPTY_NOTE = defineCheck({
  id: "completeness.empty-note",
  group: "completeness",
  severity: "warning",
  messages: {
    zh: "{title}为空表，但没有“本部门…无…”的说明",
    en: "{title} is empty but carries no “本部门…无…” note saying why",
  },
  describe: { zh: "空表没有“本部门…无…”说明", en: "an empty table without its 本部门…无… note" },
});
const DUPLICATE = defineCheck({
  id: "rows.duplicate",
  group: "completeness",
  severity: "warning",
  messages: {
    zh: "{title}中“{row}”出现了两次（{first} 与 {second}）",
    en: "{title}: “{row}” appears twice ({first} and {second})",
  },
  describe: { zh: "同一行出现两次", en: "the same row twice in a table" },
});
const INVALID = defineCheck({
  id: "cell.invalid",
  group: "cells",
  severity: "error",
  messages: { zh: "{where}（{cell}）：{reason}", en: "{where} ({cell}): {reason}" },
  describe: { zh: "金额单元格不是金额（始终报告）", en: "an amount cell that holds no amount (always said)" },
});

const titleCell = (ix: IndexedTable): CellRef => ({
  sheet: ix.table.sheet,
  address: toA1(ix.table.range.top, ix.table.range.left),
});

export function missingTables(found: ReadonlySet<TableKey>, emit: Emit): Finding[] {
  return TABLE_ORDER.filter((k) => !found.has(k)).map((key) =>
    emit(MISSING_TABLE, { title: schemaOf(key).title, table: key }, [], { table: key }),
  );
}

function emptyWithoutNote(ix: IndexedTable, emit: Emit): Finding[] {
  const hasAmount = ix.table.rows.some((r) =>
    Object.values(r.cells).some((c) => c.value !== null || c.invalid),
  );
  if (hasAmount) return [];
  const note = ix.schema.emptyNote;
  if (ix.table.notes.some((n) => note.test(n.replace(/\s+/g, "")))) return [];
  return [emit(EMPTY_NOTE, { title: tableTitle(ix.table.key) }, [titleCell(ix)], { table: ix.table.key })];
}

function duplicates(ix: IndexedTable, emit: Emit): Finding[] {
  const first = new Map<string, TableRow>();
  const out: Finding[] = [];
  for (const row of ix.table.rows) {
    const name = row.code ? "" : canonicalName(ix.schema, row);
    if (!row.code && !name) continue;
    const key = row.code ? `code|${row.code}` : `${row.panel ?? ""}|${name}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    const params = {
      title: tableTitle(ix.table.key),
      row: row.code ? `${row.code} ${row.name}` : name,
      first: earlier.label.address,
      second: row.label.address,
    };
    const cells = [earlier.label, row.label].map((c) => ({ sheet: c.sheet, address: c.address }));
    out.push(emit(DUPLICATE, params, cells, { table: ix.table.key }));
  }
  return out;
}

/** Cells that hold text which is not an amount: always reported (they are skipped by every rule). */
export function invalidCells(ix: IndexedTable, emit: Emit): Finding[] {
  const out: Finding[] = [];
  for (const row of ix.table.rows) {
    for (const [col, cell] of Object.entries(row.cells)) {
      if (!cell.invalid) continue;
      const params = {
        where: `${ix.schema.title} ${row.code ?? ""}${row.code ? " " : ""}${row.name}“${col.replace(".", " ")}”`,
        cell: `${cell.sheet}!${cell.address}`,
        // Recognition says why in Chinese; in English the cell's text is quoted.
        reason: { zh: cell.invalid, en: `“${cell.text}” is not an amount` },
      };
      out.push(
        emit(INVALID, params, [{ sheet: cell.sheet, address: cell.address }], { table: ix.table.key }),
      );
    }
  }
  return out;
}

export function checkTableContents(tables: IndexedTable[], emit: Emit): Finding[] {
  return tables.flatMap((ix) => [...emptyWithoutNote(ix, emit), ...duplicates(ix, emit)]);
}
