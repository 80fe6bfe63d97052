import { TableKey } from "./types";

/**
 * The nine standard tables as data: how a title names them, which columns they have (id and the header
 * words that name it), and the named lines a rule may address. Recognition and the rulebook both read
 * this one copy. Ids are canonical Chinese terms; header synonyms absorb provincial wording.
 */
export interface ColumnSchema {
  /** Canonical id used by rules and TableRow.cells. */
  id: string;
  /** Header texts (spaces and line breaks removed) that name this column; first match wins. */
  headers: RegExp[];
  /** Only in this panel (side-by-side tables). */
  panel?: string;
}

export interface LineSchema {
  /** Canonical row name, used by rules: e.g. "本年收入合计". */
  name: string;
  /** Label texts (numbering stripped, spaces removed) that name it. */
  labels: RegExp[];
  panel?: string;
  kind: "total" | "item";
  /**
   * Sub-lines printed under it, in order (the three funds of 年初/年末财政拨款结转和结余): the rows below
   * are named "<line>/<sub-line>" by recognition, by their own text or else by their place.
   */
  subLines?: string[];
}

export interface TableSchema {
  key: TableKey;
  /** Canonical title, year prefix removed. */
  title: string;
  /** Matches the title text (spaces removed). Order in TABLE_SCHEMAS matters: more specific first. */
  titlePattern: RegExp;
  /** Rows are classified by function code (类/款/项) or economic code; or named lines only. */
  rows: "function" | "economic" | "lines";
  /** Side-by-side panels, in sheet order, with the header word that opens each. */
  panels?: { name: string; header: RegExp }[];
  columns: ColumnSchema[];
  lines: LineSchema[];
  /** Words of the note an empty table must carry (本部门…无…). */
  emptyNote: RegExp;
  /**
   * One data row, each panel repeating the columns (T_SG: 预算数 and 决算数): cells are keyed
   * "<panel>.<column>" ("决算数.公务接待费") and rows below the first are not read.
   */
  singleRow?: boolean;
}

const L = (name: string, kind: "total" | "item", panel?: string, ...labels: RegExp[]): LineSchema => ({
  name,
  kind,
  panel,
  labels: labels.length ? labels : [new RegExp(`^${name}$`)],
});

/** The three funds, as T_CZZB's 年初/年末 结转和结余 lines list them, in their printed order. */
const FUND_LINES = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];

/** T_JJ and T_GZ share a layout (some provinces' T_GZ has only the 支出 columns). */
const FUND_TABLE_COLUMNS: ColumnSchema[] = [
  { id: "年初结转和结余", headers: [/^年初结转和?结余$/] },
  { id: "本年收入", headers: [/^本年收入$/] },
  { id: "本年支出合计", headers: [/^(小计|合计)$/] },
  { id: "基本支出", headers: [/^基本支出$/] },
  { id: "项目支出", headers: [/^项目支出$/] },
  { id: "年末结转和结余", headers: [/^年末结转和?结余$/] },
];

/** 合计 / 总计 rows of coded tables. */
const TOTAL_LINE = L("合计", "total", undefined, /^(合计|总计)$/);

export const TABLE_SCHEMAS: readonly TableSchema[] = [
  {
    key: "T_CZZB",
    title: "财政拨款收入支出决算总表",
    titlePattern: /财政拨款收(入)?支(出)?决算总表/,
    rows: "lines",
    panels: [
      { name: "收入", header: /^收入$/ },
      { name: "支出", header: /^支出$/ },
    ],
    columns: [
      { id: "决算数", panel: "收入", headers: [/^(决算数|金额)$/] },
      { id: "合计", panel: "支出", headers: [/^(小计|合计)$/] },
      { id: "一般公共预算", panel: "支出", headers: [/^一般公共预算/] },
      { id: "政府性基金预算", panel: "支出", headers: [/^政府性基金预算/] },
      { id: "国有资本经营预算", panel: "支出", headers: [/^国有资本经营预算/] },
    ],
    lines: [
      L("一般公共预算财政拨款", "item", "收入", /^一般公共预算财政拨款(收入)?$/),
      L("政府性基金预算财政拨款", "item", "收入", /^政府性基金预算财政拨款(收入)?$/),
      L("国有资本经营预算财政拨款", "item", "收入", /^国有资本经营预算财政拨款(收入)?$/),
      L("本年收入合计", "total", "收入"),
      // The three fund lines under 年初 are named "年初财政拨款结转和结余/<fund>" by recognition.
      {
        ...L("年初财政拨款结转和结余", "total", "收入", /^年初(财政拨款)?结转和?结余$/),
        subLines: FUND_LINES,
      },
      L("总计", "total", "收入"),
      L("本年支出合计", "total", "支出"),
      {
        ...L("年末财政拨款结转和结余", "total", "支出", /^年末(财政拨款)?结转和?结余$/),
        subLines: FUND_LINES,
      },
      L("总计", "total", "支出"),
    ],
    emptyNote: /无.*财政拨款收入.*支出/,
  },
  {
    key: "T_SZZB",
    title: "收入支出决算总表",
    titlePattern: /收(入)?支(出)?决算总表/,
    rows: "lines",
    panels: [
      { name: "收入", header: /^收入$/ },
      { name: "支出", header: /^支出$/ },
    ],
    columns: [
      { id: "金额", panel: "收入", headers: [/^(金额|决算数)$/] },
      { id: "金额", panel: "支出", headers: [/^(金额|决算数)$/] },
    ],
    lines: [
      L("一般公共预算财政拨款收入", "item", "收入"),
      L("政府性基金预算财政拨款收入", "item", "收入"),
      L("国有资本经营预算财政拨款收入", "item", "收入"),
      L("上级补助收入", "item", "收入"),
      L("事业收入", "item", "收入"),
      L("经营收入", "item", "收入"),
      L("附属单位上缴收入", "item", "收入"),
      L("其他收入", "item", "收入"),
      L("本年收入合计", "total", "收入"),
      L("使用非财政拨款结余", "total", "收入", /^使用非财政拨款结余/),
      L("年初结转和结余", "total", "收入", /^年初结转和?结余$/),
      L("总计", "total", "收入"),
      L("本年支出合计", "total", "支出"),
      L("结余分配", "total", "支出"),
      L("年末结转和结余", "total", "支出", /^年末结转和?结余$/),
      L("总计", "total", "支出"),
    ],
    emptyNote: /本部门.*无/,
  },
  {
    key: "T_SR",
    title: "收入决算表",
    titlePattern: /(?<!财政拨款|支出)收入决算表/,
    rows: "function",
    columns: [
      { id: "本年收入合计", headers: [/^(本年)?收入合计$/, /^合计$/] },
      { id: "财政拨款收入", headers: [/^财政拨款收入$/] },
      { id: "上级补助收入", headers: [/^上级补助收入$/] },
      { id: "事业收入", headers: [/^事业收入$/] },
      { id: "经营收入", headers: [/^经营收入$/] },
      { id: "附属单位上缴收入", headers: [/^附属单位上缴收入$/] },
      { id: "其他收入", headers: [/^其他收入$/] },
    ],
    lines: [TOTAL_LINE],
    emptyNote: /本部门.*无.*收入/,
  },
  {
    key: "T_YBZC",
    title: "一般公共预算财政拨款支出决算表",
    titlePattern: /一般公共预算财政拨款支出决算表/,
    rows: "function",
    columns: [
      { id: "合计", headers: [/^(小计|合计|本年支出合计)$/] },
      { id: "基本支出", headers: [/^基本支出$/] },
      { id: "项目支出", headers: [/^项目支出$/] },
    ],
    lines: [TOTAL_LINE],
    emptyNote: /本部门.*无.*一般公共预算/,
  },
  {
    key: "T_JBZC",
    title: "一般公共预算财政拨款基本支出决算明细表",
    titlePattern: /一般公共预算财政拨款基本支出决算(明细)?表/,
    rows: "economic",
    panels: [
      { name: "人员经费", header: /^人员经费$/ },
      { name: "公用经费", header: /^公用经费$/ },
    ],
    columns: [{ id: "决算数", headers: [/^(决算数|金额)$/] }],
    lines: [
      L("人员经费合计", "total", "人员经费", /^人员经费合计$/),
      L("公用经费合计", "total", "公用经费", /^公用经费合计$/),
    ],
    emptyNote: /本部门.*无.*基本支出/,
  },
  {
    key: "T_JJ",
    title: "政府性基金预算财政拨款收入支出决算表",
    titlePattern: /政府性基金预算财政拨款(收入)?支出决算表/,
    rows: "function",
    columns: FUND_TABLE_COLUMNS,
    lines: [TOTAL_LINE],
    emptyNote: /本部门.*无.*政府性基金/,
  },
  {
    key: "T_GZ",
    title: "国有资本经营预算财政拨款支出决算表",
    titlePattern: /国有资本经营预算财政拨款(收入)?支出决算表/,
    rows: "function",
    columns: FUND_TABLE_COLUMNS,
    lines: [TOTAL_LINE],
    emptyNote: /本部门.*无.*国有资本经营/,
  },
  {
    key: "T_ZC",
    title: "支出决算表",
    // Not 项目支出决算表 / 机关运行经费支出决算表 (optional tables some provinces add), nor the longer standard titles.
    titlePattern: /(?<!财政拨款|基本|收入|经费|项目)支出决算表/,
    rows: "function",
    columns: [
      { id: "本年支出合计", headers: [/^(本年)?支出合计$/, /^合计$/] },
      { id: "基本支出", headers: [/^基本支出$/] },
      { id: "项目支出", headers: [/^项目支出$/] },
      { id: "上缴上级支出", headers: [/^上缴上级支出$/] },
      { id: "经营支出", headers: [/^经营支出$/] },
      { id: "对附属单位补助支出", headers: [/^对附属单位补助支出$/] },
    ],
    lines: [TOTAL_LINE],
    emptyNote: /本部门.*无.*支出/,
  },
  {
    key: "T_SG",
    title: "财政拨款“三公”经费支出决算表",
    titlePattern: /三公.?经费支出决算表/,
    rows: "lines",
    panels: [
      { name: "预算数", header: /^预算数$/ },
      { name: "决算数", header: /^决算数$/ },
    ],
    // One data row; each panel has the same six columns (ids suffixed by the panel in TableRow.cells:
    // "预算数.合计", "决算数.公务接待费", …).
    columns: [
      { id: "合计", headers: [/^合计$/] },
      { id: "因公出国(境)费", headers: [/^因公出国[(（]境[)）]费/] },
      { id: "公务用车小计", headers: [/^小计$/, /^公务用车购置及运行(维护|维修)?费$/] },
      { id: "公务用车购置费", headers: [/^公务用车购/, /^(车辆)?购置费$/] },
      { id: "公务用车运行维护费", headers: [/^公务用车运/, /^运行(维护|维修)?费$/] },
      { id: "公务接待费", headers: [/^公务接待费/] },
    ],
    lines: [],
    emptyNote: /本部门.*无.*三公/,
    singleRow: true,
  },
];

export function schemaOf(key: TableKey): TableSchema {
  const s = TABLE_SCHEMAS.find((t) => t.key === key);
  if (!s) throw new Error(`unknown table ${key}`);
  return s;
}

/** Keys in the published order of the set (公开01 … 公开09). */
export const TABLE_ORDER: readonly TableKey[] = [
  "T_SZZB",
  "T_SR",
  "T_ZC",
  "T_CZZB",
  "T_YBZC",
  "T_JBZC",
  "T_JJ",
  "T_GZ",
  "T_SG",
];
