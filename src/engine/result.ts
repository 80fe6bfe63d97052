import { CodeEntry } from "./codes";
import { Finding, Lang } from "./findings";
import { NarrativeCoverage, NarrativeSource } from "./narrative/types";
import { TableAssignment } from "./tables/types";
import { Workbook } from "./model";
import { Explanation } from "./explanations";

/** Options every host passes to checkWorkbook (src/engine/check.ts). */
export interface CheckOptions {
  lang?: Lang;
  /** Check groups switched off (RULE_GROUPS in ./index.ts: the catalogue's groups but "cells"). */
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
  /** Last year's report of the same department, for the cross-year checks (group "previous"). */
  previous?: { file: string; workbook: Workbook };
  /** Explanations (说明) kept with the workbook; findings they fit come back with `explanation`. */
  explanations?: Explanation[];
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
