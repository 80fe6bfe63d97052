/**
 * One department's nine disclosure tables as plain data, in the order and shape the reporting system
 * exports them. Amounts are decimal strings in 万元 (null: the cell is left blank), so that no amount is
 * ever a binary float until it is written into a cell.
 */
export type Amount = string | null;

/** A line of a 总表 panel: its name (may be blank: the template keeps 行次 on empty lines), 行次, amounts. */
export interface PanelLine {
  name: string;
  line: number;
  amounts: Amount[];
}

/** A row of a table classified by code. */
export interface CodedRow {
  code: string;
  name: string;
  amounts: Amount[];
}

export interface CodedTable {
  /** The 合计 row, one amount per column. */
  total: Amount[];
  rows: CodedRow[];
  /** 本部门…无… note, for a table with nothing in it. */
  emptyNote?: string;
}

/** A row of the 基本支出明细表: economic code, name, amount. */
export interface EconomicRow {
  code: string;
  name: string;
  amount: Amount;
}

export interface Disclosure {
  year: number;
  /** The reporting unit, as on the "单位：" line. */
  unit: string;
  /** 收入支出决算总表: paired lines, 收入 on the left, 支出 on the right (one amount each). */
  szzb: { income: PanelLine; expense: PanelLine }[];
  sr: CodedTable;
  zc: CodedTable;
  /** 财政拨款收入支出决算总表: 收入 one amount; 支出 小计, 一般公共预算, 政府性基金, 国有资本经营. */
  czzb: { income: PanelLine; expense: PanelLine }[];
  ybzc: CodedTable;
  /** 人员经费 panel (301, 303) and the 公用经费 panels (302; 310), row by row. */
  jbzc: {
    personnel: EconomicRow[];
    goods: EconomicRow[];
    capital: EconomicRow[];
    personnelTotal: Amount;
    publicTotal: Amount;
  };
  jj: CodedTable;
  gz: CodedTable;
  /** 三公经费: 预算数 and 决算数, six columns each. */
  sg: { budget: Amount[]; actual: Amount[]; emptyNote?: string };
}
