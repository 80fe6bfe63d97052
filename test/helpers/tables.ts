import { readAmount, Unit } from "../../src/engine/amount";
import { levelOf } from "../../src/engine/codes";
import { toA1 } from "../../src/engine/model";
import { schemaOf } from "../../src/engine/tables/schemas";
import { TableInstance, TableKey, TableRow } from "../../src/engine/tables/types";

/**
 * Builds TableInstances from compact literal data, the way recognition would hand them over.
 * A row is [label, ...amounts]: the label is "201 一般公共服务支出" (a code row), "合计"/"总计" or a
 * schema total line (a total row), anything else a named line; "收入|本年收入合计" puts it in a panel.
 * Amounts are cell texts ("2,897.43", "" for blank), one per column of the row's panel.
 * Each row sits on its own sheet row (from row 5); a panel's label is in its first column, amounts follow.
 */
export type RowSpec = [string, ...string[]];

export interface TableSpec {
  columns: string[] | Record<string, string[]>;
  rows: RowSpec[];
  unit?: Unit;
  notes?: string[];
}

const FIRST_ROW = 4;

export function buildTable(key: TableKey, spec: TableSpec): TableInstance {
  const schema = schemaOf(key);
  const sheet = schema.title;
  const panels = Array.isArray(spec.columns) ? { "": spec.columns } : spec.columns;
  const offsets = new Map<string, number>();
  let next = 0;
  for (const [panel, cols] of Object.entries(panels)) {
    offsets.set(panel, next);
    next += cols.length + 1;
  }
  const rows: TableRow[] = spec.rows.map(([label, ...amounts], i) => {
    const [panel, text] = label.includes("|") ? label.split("|", 2) : ["", label];
    const cols = panels[panel];
    if (!cols) throw new Error(`no columns for panel “${panel}”`);
    const r = FIRST_ROW + i;
    const left = offsets.get(panel) ?? 0;
    const m = /^(\d+)\s+(.*)$/.exec(text);
    const name = m ? m[2] : text;
    const isTotal =
      !m && (/^(合计|总计)$/.test(name) || schema.lines.some((l) => l.kind === "total" && l.name === name));
    const cells: TableRow["cells"] = {};
    cols.forEach((col, j) => {
      const ref = { sheet, address: toA1(r, left + 1 + j) };
      cells[col] = readAmount(ref, null, amounts[j] ?? "", spec.unit ?? "万元");
    });
    const row: TableRow = {
      name,
      kind: m ? "code" : isTotal ? "total" : "item",
      label: { sheet, address: toA1(r, left) },
      cells,
    };
    if (m) {
      row.code = m[1];
      row.level = levelOf(m[1]);
    }
    if (panel) row.panel = panel;
    return row;
  });
  const width = next - 1;
  return {
    key,
    title: `2024年度${schema.title}`,
    sheet,
    range: { top: 0, left: 0, bottom: FIRST_ROW + rows.length - 1, right: Math.max(width, 0) },
    unit: spec.unit ?? "万元",
    columns: [...new Set(Object.values(panels).flat())],
    rows,
    notes: spec.notes ?? [],
    source: "title",
  };
}

/** A copy of `spec` with one cell's text replaced: the row by its label, the cell by its column id. */
export function editSpec(spec: TableSpec, label: string, col: string, text: string): TableSpec {
  const panel = label.includes("|") ? label.split("|")[0] : "";
  const cols = Array.isArray(spec.columns) ? spec.columns : spec.columns[panel];
  const j = cols?.indexOf(col) ?? -1;
  if (j < 0) throw new Error(`no column “${col}” in panel “${panel}”`);
  let found = false;
  const rows = spec.rows.map((row): RowSpec => {
    if (row[0] !== label) return row;
    found = true;
    const amounts = cols.map((_, k) => row[k + 1] ?? "");
    amounts[j] = text;
    return [label, ...amounts];
  });
  if (!found) throw new Error(`no row “${label}”`);
  return { ...spec, rows };
}
