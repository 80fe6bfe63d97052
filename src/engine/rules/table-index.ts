import { classCodeByName, CodeList, parentOf } from "../codes";
import { schemaOf } from "../tables/schemas";
import { squash } from "../text";
import { TableSchema } from "../tables/schemas";
import { TableInstance, TableRow } from "../tables/types";

/**
 * A table with its rows indexed once (by code, by line name, by parent, by panel; the roots), so that
 * every rule looks rows up in constant time: the check stays linear in the number of rows.
 */
export interface IndexedTable {
  table: TableInstance;
  schema: TableSchema;
  /** Own code, or for the two-panel total tables the 类 code found by the line's name. */
  codes: Map<TableRow, string>;
  byCode: Map<string, TableRow>;
  children: Map<string, TableRow[]>;
  /** Coded rows whose parent row is not in the table: the 类, or a 款 whose 类 row is missing. */
  roots: TableRow[];
  /** "panel|name" and "|name" → first row with that canonical name. */
  lines: Map<string, TableRow>;
  /** Rows of each panel ("" without panels), in table order, with their position. */
  panels: Map<string, TableRow[]>;
  position: Map<TableRow, number>;
}

/** The schema's canonical name for a row ("使用非财政拨款结余（含专用结余）" → "使用非财政拨款结余"). */
export function canonicalName(schema: TableSchema, row: TableRow): string {
  const name = squash(row.name);
  if (row.kind === "code" || name.includes("/")) return name;
  for (const l of schema.lines) {
    if (l.panel && row.panel && l.panel !== row.panel) continue;
    if (l.name === name || l.labels.some((re) => re.test(name))) return l.name;
  }
  return name;
}

/**
 * Indexes by table and code list, made once: the rulebook, the 审核公式, the 情况说明 and last year's
 * checks all look rows up in the same recognised tables, which nothing changes once they are read.
 */
const indexes = new WeakMap<TableInstance, WeakMap<CodeList, IndexedTable>>();

export function indexTable(table: TableInstance, functionCodes: CodeList): IndexedTable {
  let byList = indexes.get(table);
  if (!byList) indexes.set(table, (byList = new WeakMap()));
  let ix = byList.get(functionCodes);
  if (!ix) byList.set(functionCodes, (ix = buildIndex(table, functionCodes)));
  return ix;
}

function buildIndex(table: TableInstance, functionCodes: CodeList): IndexedTable {
  const schema = schemaOf(table.key);
  const ix: IndexedTable = {
    table,
    schema,
    codes: new Map(),
    byCode: new Map(),
    children: new Map(),
    roots: [],
    lines: new Map(),
    panels: new Map(),
    position: new Map(),
  };
  for (const row of table.rows) {
    const panel = row.panel ?? "";
    const inPanel = ix.panels.get(panel) ?? [];
    ix.position.set(row, inPanel.length);
    inPanel.push(row);
    ix.panels.set(panel, inPanel);

    // Recognition codes the 类 lines of the two 总表 it knows; a name it did not know may be a user's.
    const byName = schema.rows === "lines" && row.panel === "支出" && row.kind !== "total";
    const code = row.code ?? (byName ? classCodeByName(functionCodes, row.name) : undefined);
    if (code) {
      ix.codes.set(row, code);
      if (!ix.byCode.has(code)) ix.byCode.set(code, row);
      const parent = row.code ? parentOf(row.code) : undefined;
      if (parent) {
        const siblings = ix.children.get(parent) ?? [];
        siblings.push(row);
        ix.children.set(parent, siblings);
      }
    }
    if (row.kind !== "code" && row.name) {
      const name = canonicalName(schema, row);
      for (const key of [`${panel}|${name}`, `|${name}`]) if (!ix.lines.has(key)) ix.lines.set(key, row);
    }
  }
  for (const [row, code] of ix.codes) {
    const parent = parentOf(code);
    if (!parent || !ix.byCode.has(parent)) ix.roots.push(row);
  }
  return ix;
}

export function findLine(ix: IndexedTable, name: string, panel?: string): TableRow | undefined {
  return ix.lines.get(`${panel ?? ""}|${name}`);
}

/** Is `name` a total line the schema says the table should have? */
export function isSchemaTotal(ix: IndexedTable, name: string, panel?: string): boolean {
  return ix.schema.lines.some(
    (l) => l.kind === "total" && l.name === name && (!panel || !l.panel || l.panel === panel),
  );
}

/** Does the table give `name` split into sub-lines with amounts ("年末财政拨款结转和结余/一般公共预算财政拨款")? */
export function hasSubLines(ix: IndexedTable, name: string, panel?: string): boolean {
  const prefix = `${panel ?? ""}|${name}/`;
  for (const [key, row] of ix.lines) {
    if (key.startsWith(prefix) && Object.values(row.cells).some((c) => c.value !== null)) return true;
  }
  return false;
}
