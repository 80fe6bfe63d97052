import Decimal from "decimal.js";
import { CellRange, CellRef } from "../model";

/**
 * A recognised 绩效自评表 (domain §6). Every value keeps the cell it was read from, so a finding can
 * point at it, as for the disclosure tables.
 */

/** A cell's text as shown. */
export interface PerfText extends CellRef {
  text: string;
}

/** A number read from a cell: a weight, a score, an amount (万元) or a rate (percent, "100.00%" → 100). */
export interface PerfNumber extends CellRef {
  value: Decimal;
  /** Decimals as shown (a score shown as "2" counts as 2.00: see readScore). */
  decimals: number;
  text: string;
  /**
   * value × 100 where that is an exact safe integer (a weight or score written with at most 2
   * decimals, as nearly all are): the checks compare and add these without decimal.js (see ./exact.ts).
   */
  cents?: number;
}

/** A cell that should hold a number but does not ("#REF!", "约 20"). */
export interface PerfInvalid extends CellRef {
  text: string;
  what: string;
}

export interface PerfIndicator {
  /** Name with its "(2 分)" weight removed. */
  name: string;
  nameCell: CellRef;
  /** 一级指标 (产出指标 …) and 二级指标 (数量指标 …), weights removed. */
  level1: string;
  level2: string;
  /** From a weight column or from "(2 分)" in the name; absent when the table states none. */
  weight?: PerfNumber;
  target: PerfText;
  result: PerfText;
  score?: PerfNumber;
  /** A per-row 偏差原因 column, where the layout has one. */
  reason?: PerfText;
}

/** A node of the weight tree: a 年度目标 block (level 0), an 一级指标 (1) or an 二级指标 (2). */
export interface PerfGroup {
  level: 0 | 1 | 2;
  name: string;
  /** Where the group's label or weight sits. */
  cell: CellRef;
  /** The weight the table states for the group ("45 分", "数量指标（10 分）", "年度绩效目标 (80 分)"). */
  weight?: PerfNumber;
  children: PerfGroup[];
  /** Indicators directly under the group (二级 groups hold them; a 一级 without 二级 may too). */
  indicators: PerfIndicator[];
}

export interface PerfBudget {
  /** The block's weight: "(20 分)" in its label or "得分（20 分*执行率）". */
  weight?: PerfNumber;
  /** 预算数 (A), 执行数 (B), 执行率 (B/A, in percent), 得分. */
  budget?: PerfNumber;
  executed?: PerfNumber;
  rate?: PerfNumber;
  score?: PerfNumber;
}

export interface PerfTable {
  /** "PERF:整体" or "PERF:<项目名称>". */
  id: string;
  kind: "overall" | "project";
  /** 项目名称 (project) or "整体". */
  name: string;
  title: string;
  sheet: string;
  range: CellRange;
  budget: PerfBudget;
  /** 整体 table only: 基本支出总额 and 项目支出总额 (万元). */
  basicTotal?: PerfNumber;
  projectTotal?: PerfNumber;
  /** One per 年度目标 block (a project table has one). */
  goals: PerfGroup[];
  total?: PerfNumber;
  /** 偏差大或目标未完成原因分析: the text beside the label ("" when blank). */
  reason?: PerfText;
  /** A grade the table states ("评价等级为“优”"). */
  grade?: PerfText & { grade: string };
  /** "共设置 40 个绩效指标" where the workbook states it. */
  statedCount?: PerfText & { count: number };
  /** Cells that should be numbers but are not. */
  invalid: PerfInvalid[];
}
