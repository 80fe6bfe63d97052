import { correctedDisclosure, printed, publishedDisclosure } from "../../scripts/samples/disclosure-seed";
import { CodedTable, Disclosure, EconomicRow, PanelLine } from "../../scripts/samples/disclosure-types";
import { schemaOf } from "../../src/engine/tables/schemas";
import { TableInstance, TableKey } from "../../src/engine/tables/types";
import { buildTable, RowSpec, TableSpec } from "../helpers/tables";

/**
 * The seed report's nine tables (武汉市硚口区行政审批局 2024, 万元) as recognition hands them over, made
 * from the sample data in scripts/samples/disclosure-seed.ts: as published, or as in the corrected sample.
 */

/** A table's column ids, as the schema names them (and as TableRow.cells keys them). */
export const columnIds = (key: TableKey): string[] => schemaOf(key).columns.map((c) => c.id);

/** The column ids of each panel of a side-by-side table. */
export function panelColumns(key: TableKey): Record<string, string[]> {
  const { panels = [], columns } = schemaOf(key);
  return Object.fromEntries(
    panels.map((p) => [p.name, columns.filter((c) => (c.panel ?? p.name) === p.name).map((c) => c.id)]),
  );
}

/** The “三公” table's ids, one data row over both panels: "预算数.合计" … "决算数.公务接待费". */
export const SG_COLUMNS = (schemaOf("T_SG").panels ?? []).flatMap((p) =>
  columnIds("T_SG").map((id) => `${p.name}.${id}`),
);

/** The label a fixture gives the “三公” table's one data row. */
export const SG_ROW = "“三公”经费";

const NUMBERING = /^[一二三四五六七八九十]+、/;

/**
 * A 总表's panel lines as rows, 收入 first, numbering stripped and blank lines left out. The fund lines
 * under 年初财政拨款结转和结余 are named "<that line>/<fund>", as recognition names them.
 */
function panelRows(lines: { income: PanelLine; expense: PanelLine }[]): RowSpec[] {
  const rows: RowSpec[] = [];
  for (const panel of ["income", "expense"] as const) {
    let parent = "";
    for (const { name, amounts } of lines.map((l) => l[panel])) {
      if (!name) continue;
      const plain = name.replace(NUMBERING, "");
      const label = parent && plain !== "总计" ? `${parent}/${plain}` : plain;
      if (plain === "年初财政拨款结转和结余") parent = plain;
      rows.push([`${panel === "income" ? "收入" : "支出"}|${label}`, ...amounts.map(printed)]);
    }
  }
  return rows;
}

function codedRows({ total, rows }: CodedTable): RowSpec[] {
  return [
    ["合计", ...total.map(printed)],
    ...rows.map((r): RowSpec => [`${r.code} ${r.name}`, ...r.amounts.map(printed)]),
  ];
}

/**
 * The fixture's 基本支出明细表 keeps the rows with an amount, and four blank ones: 30106 and 30199 (blank
 * 款 under 301), 310 and 31002 (a blank 类 with a blank 款).
 */
const BLANK_ROWS_KEPT = ["30106", "30199", "310", "31002"];

function economicRows(panel: string, rows: EconomicRow[]): RowSpec[] {
  return rows
    .filter((r) => r.amount !== null || BLANK_ROWS_KEPT.includes(r.code))
    .map((r) => [`${panel}|${r.code} ${r.name}`, printed(r.amount)]);
}

const emptyNotes = (table: { emptyNote?: string }) => (table.emptyNote ? [table.emptyNote] : []);

function specsOf(d: Disclosure): Record<TableKey, TableSpec> {
  const { jbzc } = d;
  return {
    T_SZZB: { columns: panelColumns("T_SZZB"), rows: panelRows(d.szzb) },
    T_SR: { columns: columnIds("T_SR"), rows: codedRows(d.sr) },
    T_ZC: { columns: columnIds("T_ZC"), rows: codedRows(d.zc) },
    T_CZZB: { columns: panelColumns("T_CZZB"), rows: panelRows(d.czzb) },
    T_YBZC: { columns: columnIds("T_YBZC"), rows: codedRows(d.ybzc) },
    T_JBZC: {
      columns: panelColumns("T_JBZC"),
      rows: [
        ...economicRows("人员经费", jbzc.personnel),
        ...economicRows("公用经费", [...jbzc.goods, ...jbzc.capital]),
        ["人员经费|人员经费合计", printed(jbzc.personnelTotal)],
        ["公用经费|公用经费合计", printed(jbzc.publicTotal)],
      ],
    },
    T_JJ: { columns: columnIds("T_JJ"), rows: codedRows(d.jj), notes: emptyNotes(d.jj) },
    // The seed's 国有资本经营 table has only the 本年支出 columns.
    T_GZ: { columns: columnIds("T_GZ").slice(2, 5), rows: codedRows(d.gz), notes: emptyNotes(d.gz) },
    T_SG: {
      columns: SG_COLUMNS,
      rows: [[SG_ROW, ...[...d.sg.budget, ...d.sg.actual].map(printed)]],
      notes: emptyNotes(d.sg),
    },
  };
}

/** The seed's table specs: as published, or `corrected` (the corrected sample's figures). */
export function seedSpecs(corrected = false): Record<TableKey, TableSpec> {
  return specsOf(corrected ? correctedDisclosure() : publishedDisclosure());
}

export function seedTables(corrected = false): TableInstance[] {
  return Object.entries(seedSpecs(corrected)).map(([key, spec]) => buildTable(key as TableKey, spec));
}
