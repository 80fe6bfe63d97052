import { AmountCell, Unit } from "../amount";
import { CellRange, CellRef } from "../model";

/** Keys of the nine standard disclosure tables (domain §1). */
export type TableKey = "T_SZZB" | "T_SR" | "T_ZC" | "T_CZZB" | "T_YBZC" | "T_JBZC" | "T_JJ" | "T_GZ" | "T_SG";

export type CodeLevel = "类" | "款" | "项";

export interface TableRow {
  /** Name with numbering ("一、", "1.", "（一）") stripped and split lines joined. */
  name: string;
  /** Classification code, digits only ("2010301"), for coded rows. */
  code?: string;
  level?: CodeLevel;
  /** code: a classified row; total: 合计/总计/本年收入合计 …; item: any other named line. */
  kind: "code" | "total" | "item";
  /** Side-by-side panels: "收入" / "支出" (T_SZZB, T_CZZB), "人员经费" / "公用经费" (T_JBZC). */
  panel?: string;
  /** 行次, where the table has one. */
  line?: number;
  /** Where the row's label (code or name) sits. */
  label: CellRef;
  /** Amounts by column id (the ids of the table's schema). */
  cells: Record<string, AmountCell>;
}

/** One recognised table: where it is, what it holds, every value with its cell. */
export interface TableInstance {
  key: TableKey;
  /** Title as found, e.g. "2024年度收入支出决算总表". */
  title: string;
  sheet: string;
  /** Absolute bounds, title to last data row. */
  range: CellRange;
  unit: Unit;
  /** "公开01表" where present. */
  marker?: string;
  /** Column ids found in this instance, in sheet order. */
  columns: string[];
  rows: TableRow[];
  /** Texts around the table: 注, 本部门无… notes. */
  notes: string[];
  /** How the table was found: by its title, or by a range the user assigned. */
  source: "title" | "assigned";
}

/** A user's "this range is that table", kept in the workbook by the hosts. */
export interface TableAssignment {
  key: TableKey;
  sheet: string;
  range: string;
}

/** What recognition could not read, said in Chinese with the sheet and cell. */
export interface RecognitionIssue {
  message: string;
  cell?: CellRef;
}
