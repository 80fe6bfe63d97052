import { Finding, Lang } from "../findings";
import { CellRef, toA1 } from "../model";
import { schemaOf, TABLE_ORDER } from "../tables/schemas";
import { TableKey, TableRow } from "../tables/types";
import { canonicalName, IndexedTable } from "./table-index";

/** Table-level checks: a standard table missing, an empty table without its note, duplicate rows, bad cells. */

const titleCell = (ix: IndexedTable): CellRef => ({
  sheet: ix.table.sheet,
  address: toA1(ix.table.range.top, ix.table.range.left),
});

export function missingTables(found: ReadonlySet<TableKey>, lang: Lang): Finding[] {
  return TABLE_ORDER.filter((k) => !found.has(k)).map((key) => {
    const title = schemaOf(key).title;
    return {
      rule: "completeness.missing-table",
      severity: "warning",
      message: lang === "zh" ? `没有找到${title}（${key}）` : `No ${title} (${key}) was found`,
      cells: [],
      table: key,
    };
  });
}

function emptyWithoutNote(ix: IndexedTable, lang: Lang): Finding[] {
  const hasAmount = ix.table.rows.some((r) =>
    Object.values(r.cells).some((c) => c.value !== null || c.invalid),
  );
  if (hasAmount) return [];
  const note = ix.schema.emptyNote;
  if (ix.table.notes.some((n) => note.test(n.replace(/\s+/g, "")))) return [];
  const title = ix.schema.title;
  return [
    {
      rule: "completeness.empty-note",
      severity: "warning",
      message:
        lang === "zh"
          ? `${title}为空表，但没有“本部门…无…”的说明`
          : `${title} (${ix.table.key}) is empty but carries no “本部门…无…” note saying why`,
      cells: [titleCell(ix)],
      table: ix.table.key,
    },
  ];
}

function duplicates(ix: IndexedTable, lang: Lang): Finding[] {
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
    const what = row.code ? `${row.code} ${row.name}` : name;
    out.push({
      rule: "rows.duplicate",
      severity: "warning",
      message:
        lang === "zh"
          ? `${ix.schema.title}中“${what}”出现了两次（${earlier.label.address} 与 ${row.label.address}）`
          : `${ix.schema.title} (${ix.table.key}): “${what}” appears twice (${earlier.label.address} and ${row.label.address})`,
      cells: [earlier.label, row.label].map((c) => ({ sheet: c.sheet, address: c.address })),
      table: ix.table.key,
    });
  }
  return out;
}

/** Cells that hold text which is not an amount: always reported (they are skipped by every rule). */
export function invalidCells(ix: IndexedTable, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const row of ix.table.rows) {
    for (const [col, cell] of Object.entries(row.cells)) {
      if (!cell.invalid) continue;
      const where = `${ix.schema.title} ${row.code ?? ""}${row.code ? " " : ""}${row.name}“${col.replace(".", " ")}”`;
      out.push({
        rule: "cell.invalid",
        severity: "error",
        message:
          lang === "zh"
            ? `${where}（${cell.sheet}!${cell.address}）：${cell.invalid}`
            : `${where} (${cell.sheet}!${cell.address}): “${cell.text}” is not an amount`,
        cells: [{ sheet: cell.sheet, address: cell.address }],
        table: ix.table.key,
      });
    }
  }
  return out;
}

export function checkTableContents(tables: IndexedTable[], lang: Lang): Finding[] {
  return tables.flatMap((ix) => [
    ...emptyWithoutNote(ix, lang),
    ...duplicates(ix, lang),
    ...invalidCells(ix, lang),
  ]);
}
