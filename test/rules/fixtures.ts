import { TableInstance, TableKey } from "../../src/engine/tables/types";
import { buildTable, editSpec, RowSpec, TableSpec } from "../helpers/tables";
import { columnIds, panelColumns, seedSpecs, SG_COLUMNS, SG_ROW } from "./seed-tables";

/**
 * Consistent fixtures for the rules the seed leaves blank: a department with 政府性基金 and 国有资本经营
 * money (T_CZZB, T_JJ, T_GZ agree) and a filled “三公” table. Plus a builder that applies cell edits.
 */

/** A 合计 row over a 类 → 款 → 项 chain, all with the same amounts: the one 项 holds all the money. */
const chain = (amounts: string[], ...labels: string[]): RowSpec[] =>
  ["合计", ...labels].map((label): RowSpec => [label, ...amounts]);

export const FUND_SPECS: Partial<Record<TableKey, TableSpec>> = {
  T_CZZB: {
    columns: panelColumns("T_CZZB"),
    rows: [
      ["收入|一般公共预算财政拨款", ""],
      ["收入|政府性基金预算财政拨款", "50.00"],
      ["收入|国有资本经营预算财政拨款", "20.00"],
      ["收入|本年收入合计", "70.00"],
      ["收入|年初财政拨款结转和结余", "10.00"],
      ["收入|年初财政拨款结转和结余/一般公共预算财政拨款", ""],
      ["收入|年初财政拨款结转和结余/政府性基金预算财政拨款", "10.00"],
      ["收入|年初财政拨款结转和结余/国有资本经营预算财政拨款", ""],
      ["收入|总计", "80.00"],
      ["支出|城乡社区支出", "45.00", "", "45.00", ""],
      ["支出|国有资本经营预算支出", "20.00", "", "", "20.00"],
      ["支出|本年支出合计", "65.00", "", "45.00", "20.00"],
      ["支出|年末财政拨款结转和结余", "15.00", "", "15.00", ""],
      ["支出|总计", "80.00", "", "60.00", "20.00"],
    ],
  },
  T_JJ: {
    columns: columnIds("T_JJ"),
    rows: chain(
      ["10.00", "50.00", "45.00", "5.00", "40.00", "15.00"],
      "212 城乡社区支出",
      "21208 国有土地使用权出让收入安排的支出",
      "2120801 征地和拆迁补偿支出",
    ),
  },
  T_GZ: {
    columns: columnIds("T_GZ"),
    rows: chain(
      ["", "20.00", "20.00", "", "20.00", ""],
      "223 国有资本经营预算支出",
      "22301 解决历史遗留问题及改革成本支出",
      "2230105 国有企业退休人员社会化管理补助支出",
    ),
  },
};

export const SG_SPECS: Partial<Record<TableKey, TableSpec>> = {
  T_SG: {
    columns: SG_COLUMNS,
    rows: [[SG_ROW, "10.00", "", "6.00", "", "6.00", "4.00", "8.50", "", "5.00", "", "5.00", "3.50"]],
  },
};

/**
 * The filled “三公” table beside a basic-spending detail whose 三公 款 agree with it: 30217 and 30231
 * spend what 公务接待费 and 公务用车运行维护费 report; 30212 and 31013 are printed blank, as is 出国/购置.
 */
export const SG_BASIC_SPECS: Partial<Record<TableKey, TableSpec>> = {
  ...SG_SPECS,
  T_JBZC: {
    columns: panelColumns("T_JBZC"),
    rows: [
      ["公用经费|302 商品和服务支出", "15.50"],
      ["公用经费|30201 办公费", "7.00"],
      ["公用经费|30212 因公出国（境）费用", ""],
      ["公用经费|30217 公务接待费", "3.50"],
      ["公用经费|30231 公务用车运行维护费", "5.00"],
      ["公用经费|310 资本性支出", ""],
      ["公用经费|31013 公务用车购置", ""],
      ["公用经费|公用经费合计", "15.50"],
    ],
  },
};

export type Base = "seed" | "funds" | "sg" | "sgBasic";
/** One cell edit: table, row label (as in the spec), column id, new text. */
export type Edit = [TableKey, string, string, string];

export function baseSpecs(base: Base): Partial<Record<TableKey, TableSpec>> {
  if (base === "seed") return seedSpecs(true);
  return base === "funds" ? FUND_SPECS : base === "sg" ? SG_SPECS : SG_BASIC_SPECS;
}

export function tablesOf(base: Base, edits: Edit[] = []): TableInstance[] {
  const specs = { ...baseSpecs(base) };
  for (const [key, label, col, text] of edits) {
    const spec = specs[key];
    if (!spec) throw new Error(`no ${key} in ${base}`);
    specs[key] = editSpec(spec, label, col, text);
  }
  return Object.entries(specs).map(([key, spec]) => buildTable(key as TableKey, spec as TableSpec));
}
