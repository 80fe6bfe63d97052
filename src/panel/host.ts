import { Explanation } from "../engine/explanations";
import { Finding } from "../engine/findings";
import { CellRef, Workbook } from "../engine/model";
import { NarrativeSource } from "../engine/narrative/types";
import { UserRuleEntry } from "../engine/rules/user";
import { TableAssignment } from "../engine/tables/types";
import { MessageKey, translator } from "./messages";

/** Settings the panel keeps in the workbook (Excel) or in memory (browser page). */
export interface PanelSettings {
  lang: "zh" | "en";
  /** Rule groups switched off, by group id. */
  disabledGroups: string[];
  /** Extra tolerance, in units of 0.01 万元, added to the rounding intervals (0 = the rule as written). */
  roundingSlack: number;
  /** Re-check after edits (debounced). */
  autoCheck: boolean;
}

export const DEFAULT_SETTINGS: PanelSettings = {
  lang: "zh",
  disabledGroups: [],
  roundingSlack: 0,
  autoCheck: true,
};

/**
 * What the panel needs from where it runs. Excel implements it with Office.js (src/hosts/excel), the
 * browser page over an .xlsx file read by src/hosts/xlsx (src/web). The panel never talks to either directly.
 */
export interface PanelHost {
  /** "excel" can mark cells and write sheets; "browser" shows a read-only grid. */
  readonly kind: "excel" | "browser";
  /** Reads every sheet the check needs. */
  readWorkbook(): Promise<Workbook>;
  /** Activates the first cell's sheet and selects the cells (scrolls the grid in the browser). */
  select(cells: CellRef[]): Promise<void>;
  /** Highlights the findings' cells; what was marked is kept so that clearMarks can restore it. */
  mark(findings: Finding[]): Promise<number>;
  /** Restores every marked cell's original fill and font exactly. */
  clearMarks(): Promise<number>;
  /** Writes the 审核结果 sheet (Excel) or downloads it (browser). */
  exportReview(findings: Finding[]): Promise<void>;
  loadSettings(): Promise<PanelSettings>;
  saveSettings(settings: PanelSettings): Promise<void>;
  loadAssignments(): Promise<TableAssignment[]>;
  saveAssignments(assignments: TableAssignment[]): Promise<void>;
  /** The range the user has selected, as "Sheet!A1:B2" parts, for assigning a table. */
  selectedRange(): Promise<{ sheet: string; range: string } | undefined>;
  /** Calls back after the user edits the workbook; returns an unsubscribe function. */
  onChange(callback: () => void): () => void;
  /** The user's 审核公式: the workbook's 审核公式 sheet (Excel), local storage per workbook (browser). */
  loadUserRules?(): Promise<UserRuleEntry[]>;
  saveUserRules?(rules: UserRuleEntry[]): Promise<void>;
  /** The findings' 说明, kept with the workbook (Excel: a CustomXmlPart; browser: local storage). */
  loadExplanations?(): Promise<Explanation[]>;
  saveExplanations?(explanations: Explanation[]): Promise<void>;
  /** The 情况说明 the user opened or pasted for this workbook (kept with it); undefined when none was. */
  loadNarrative(): Promise<NarrativeSource | undefined>;
  /** Keeps the given narrative with the workbook, so the next check uses it; undefined forgets it. */
  saveNarrative(narrative: NarrativeSource | undefined): Promise<void>;
  /** Calls back when a narrative was given outside the panel (the browser page's file drop). */
  onNarrativeChange?(callback: () => void): () => void;
  /** Shows a narrative finding's paragraph beside the grid (the browser page); undefined hides it. */
  showParagraph?(shown: ShownParagraph | undefined): void;
}

/** A narrative finding's paragraph, with the quoted figure to highlight in it. */
export interface ShownParagraph {
  source: string;
  paragraph: number;
  text: string;
  quote: string;
}

/**
 * What a host tells the user in the panel's words rather than its own: a failure it understood (a
 * protected sheet, a deleted sheet), or a partial success (cells on protected sheets left alone). The
 * panel shows it in the chosen language; its message is the Chinese text, for logs.
 */
export class HostNotice extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly intent: "error" | "info" = "error",
  ) {
    super(translator("zh")(key, params));
    this.name = "HostNotice";
  }
}
