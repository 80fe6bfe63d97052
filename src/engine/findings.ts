import { CellRef } from "./model";

/** error: an identity does not hold; rounding: it holds only within 尾差; warning/info: worth a look. */
export type Severity = "error" | "rounding" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "rounding", "warning", "info"];

export type Lang = "zh" | "en";

/**
 * One finding. This is the `juesuan check --json` contract: keep field names and meanings stable.
 * Amounts are decimal strings in 万元 (present for equalities and inequalities only).
 */
export interface Finding {
  /** Stable rule id, e.g. "ZC.row.total". */
  rule: string;
  severity: Severity;
  /** Message in the requested language, naming tables, rows and columns. */
  message: string;
  /** Every cell the finding rests on: the total first, then each part. */
  cells: CellRef[];
  expected?: string;
  actual?: string;
  difference?: string;
  /** The table the finding belongs to (its key, or a 自评表 id such as "PERF:政务中心运行经费"). */
  table?: string;
  /** Narrative findings: where in the 情况说明 the figure or words stand (additive to the contract). */
  text?: TextQuote[];
  /** The 说明 a user gave this finding (src/engine/explanations.ts): reported as explained. */
  explanation?: string;
}

/** A quote from a narrative: `paragraph` counts the source's non-empty paragraphs from 1. */
export interface TextQuote {
  /** The narrative's file name (部门A.docx) or the sheet that holds it. */
  source: string;
  paragraph: number;
  /** The exact characters the finding is about, as written. */
  quote: string;
}
