import { CodeEntry } from "./codes";
import { Finding, Lang } from "./findings";
import { NarrativeCoverage, NarrativeSource } from "./narrative/types";
import { TableAssignment } from "./tables/types";

/** Options every host passes to checkWorkbook (src/engine/check.ts). */
export interface CheckOptions {
  lang?: Lang;
  /** Rule groups switched off (see RULE_GROUPS). */
  disabledGroups?: string[];
  /** Extra rounding tolerance in units of 0.01 万元 (0: the rule as written). */
  roundingSlack?: number;
  /** User extensions of the code lists. */
  codes?: { function?: CodeEntry[]; economic?: CodeEntry[] };
  /** Ranges the user assigned to tables that recognition missed. */
  assignments?: TableAssignment[];
  /** A 情况说明 given beside the workbook (.docx, .txt, pasted); else a narrative sheet is looked for. */
  narrative?: NarrativeSource;
  /** User rule files (审核公式 in the rule language); a 审核公式 sheet in the workbook is read too. */
  userRules?: { source: string; text: string }[];
}

/** Where a table was found: the `tables` entries of `juesuan check --json`. */
export interface TableLocation {
  key: string;
  title: string;
  sheet: string;
  /** A1 range, e.g. "A1:H40". */
  range: string;
}

export interface CheckResult {
  tables: TableLocation[];
  findings: Finding[];
  /** Present when a 情况说明 was found or given. */
  narrative?: NarrativeCoverage;
}

/** Rule groups a user can switch off, with their names. */
export const RULE_GROUPS: readonly { id: string; zh: string; en: string }[] = [
  { id: "within", zh: "表内平衡", en: "Within-table identities" },
  { id: "between", zh: "表间勾稽", en: "Between-table identities" },
  { id: "codes", zh: "科目编码", en: "Classification codes" },
  { id: "completeness", zh: "完整性", en: "Completeness" },
  { id: "perf", zh: "绩效自评", en: "Performance self-evaluation" },
];
