import { RawValue } from "../../src/engine/model";

/** A 一般公共预算财政拨款支出决算表 (公开05表): 2010301 行政运行 60.00 in C7, 2010302 一般行政管理事务 45.00 in C8. */
export const YBZC_ROWS: RawValue[][] = [
  ["2024年度一般公共预算财政拨款支出决算表", null, null, null, null],
  ["单位：万元", null, null, null, null],
  ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  [null, "合计", 105, 60, 45],
  ["201", "一般公共服务支出", 105, 60, 45],
  ["20103", "政府办公厅（室）及相关机构事务", 105, 60, 45],
  ["2010301", "行政运行", 60, 60, null],
  ["2010302", "一般行政管理事务", 45, null, 45],
];

/** 2010301 ≤ 2010302 breaks on it (60 > 45); the other way round holds. */
export const BREAKS = "{T_YBZC, 码=2010301, 合计} ≤ {T_YBZC, 码=2010302, 合计}";
export const HOLDS = "{T_YBZC, 码=2010302, 合计} ≤ {T_YBZC, 码=2010301, 合计}";
