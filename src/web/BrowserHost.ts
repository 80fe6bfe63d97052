import { EXPLANATIONS_NAMESPACE, Explanation, parseExplanations } from "../engine/explanations";
import { Finding } from "../engine/findings";
import { CellRef, parseRange, rangeToA1, sheetBounds, toA1, Workbook } from "../engine/model";
import { NarrativeSource } from "../engine/narrative/types";
import { UserRuleEntry } from "../engine/rules/user";
import { TableAssignment } from "../engine/tables/types";
import { fromStored, toStored } from "../hosts/narrative/stored";
import { DEFAULT_SETTINGS, PanelHost, PanelSettings, ShownParagraph } from "../panel/host";
import { cellKey, GridStore } from "./gridStore";
import { NarrativePairing } from "./narrativePairing";
import { pageText } from "./messages";
import { reviewCsv } from "./review";

/** Where settings and assignments live: localStorage in the page, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const SETTINGS_KEY = "juesuan.settings";
const ASSIGNMENTS_KEY = "juesuan.assignments:";
const NARRATIVE_KEY = "juesuan.narrative:";
const USER_RULES_KEY = "juesuan.userRules:";
const EXPLANATIONS_KEY = "juesuan.explanations:";

/** Every cell of a CellRef, whose address may be a range ("B5:D5"). */
function expand(ref: CellRef): { key: string; row: number; col: number }[] {
  const r = parseRange(ref.address);
  if (!r) return [];
  const out = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++)
      out.push({ key: cellKey(ref.sheet, toA1(row, col)), row, col });
  return out;
}

/** A short fingerprint of a workbook's sheets: their names and sizes, hashed (FNV-1a). */
function workbookShape(wb: Workbook): string {
  const text = wb.sheets.map((s) => `${s.name}:${sheetBounds(s).bottom}:${sheetBounds(s).right}`).join("\n");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The panel's host in the browser page: the workbook is an .xlsx read into memory, shown in a read-only
 * grid. Selecting and marking highlight grid cells; nothing is ever written to the file.
 */
export class BrowserHost implements PanelHost {
  readonly kind = "browser";
  /** What was saved in this page, in case the storage refuses it (private mode). */
  private readonly memory = new Map<string, string>();
  /** The 情况说明 paired with the workbook, and the paragraph shown beside the grid. */
  readonly narrative = new NarrativePairing();
  private readonly narrativeListeners = new Set<() => void>();

  constructor(
    readonly store: GridStore,
    private readonly storage: KeyValueStore,
    private readonly download: (name: string, content: string, type: string) => void,
  ) {}

  private get workbook(): Workbook | undefined {
    return this.store.getState().workbook;
  }

  async readWorkbook(): Promise<Workbook> {
    const wb = this.workbook;
    if (!wb) throw new Error(pageText(this.store.getState().lang, "noWorkbook"));
    return wb;
  }

  async select(cells: CellRef[]): Promise<void> {
    const wb = this.workbook;
    const first = cells[0];
    const index = wb ? wb.sheets.findIndex((s) => s.name === first?.sheet) : -1;
    if (!wb || index < 0) return;
    const all = cells.flatMap(expand);
    const target = expand(first)[0];
    const seq = (this.store.getState().scrollTo?.seq ?? 0) + 1;
    this.store.update({
      active: index,
      selected: new Set(all.map((c) => c.key)),
      scrollTo: target ? { sheet: first.sheet, row: target.row, col: target.col, seq } : undefined,
    });
  }

  async mark(findings: Finding[]): Promise<number> {
    const marked = new Set(this.store.getState().marked);
    for (const f of findings) for (const ref of f.cells) for (const c of expand(ref)) marked.add(c.key);
    this.store.update({ marked });
    return marked.size;
  }

  async clearMarks(): Promise<number> {
    const n = this.store.getState().marked.size;
    this.store.update({ marked: new Set() });
    return n;
  }

  async exportReview(findings: Finding[]): Promise<void> {
    const settings = await this.loadSettings();
    const base = (this.workbook?.name ?? "").replace(/\.xlsx$/i, "");
    this.download(
      `${base ? base + "-" : ""}审核结果.csv`,
      reviewCsv(findings, settings.lang),
      "text/csv;charset=utf-8",
    );
  }

  /** Also tells the page around the panel which language to speak. */
  async loadSettings(): Promise<PanelSettings> {
    const settings = { ...DEFAULT_SETTINGS, ...this.read<Partial<PanelSettings>>(SETTINGS_KEY, {}) };
    this.showLanguage(settings);
    return settings;
  }

  async saveSettings(settings: PanelSettings): Promise<void> {
    this.write(SETTINGS_KEY, settings);
    this.showLanguage(settings);
  }

  private showLanguage({ lang }: PanelSettings): void {
    if (lang !== this.store.getState().lang) this.store.update({ lang: lang === "en" ? "en" : "zh" });
  }

  /**
   * Assignments belong to a workbook: kept under its file name and the shape of its sheets, since many
   * departments send a file of the same name, and one's ranges must not be checked in another's.
   */
  private get assignmentsKey(): string {
    return ASSIGNMENTS_KEY + this.workbookKey;
  }

  private get workbookKey(): string {
    const wb = this.workbook;
    return (wb?.name ?? "") + (wb ? `|${workbookShape(wb)}` : "");
  }

  async loadAssignments(): Promise<TableAssignment[]> {
    return this.read<TableAssignment[]>(this.assignmentsKey, []);
  }

  async saveAssignments(assignments: TableAssignment[]): Promise<void> {
    this.write(this.assignmentsKey, assignments);
  }

  /** The user's 审核公式, kept with this workbook like its assignments (the file is never written). */
  async loadUserRules(): Promise<UserRuleEntry[]> {
    return this.read<UserRuleEntry[]>(USER_RULES_KEY + this.workbookKey, []);
  }

  async saveUserRules(rules: UserRuleEntry[]): Promise<void> {
    this.write(USER_RULES_KEY + this.workbookKey, rules);
  }

  /**
   * The findings' 说明, kept with this workbook like its assignments; until the page saves any, those
   * written in Excel and carried in the file.
   */
  async loadExplanations(): Promise<Explanation[]> {
    const saved = this.read<unknown>(EXPLANATIONS_KEY + this.workbookKey, undefined);
    return parseExplanations(saved ?? this.workbook?.parts?.[EXPLANATIONS_NAMESPACE]);
  }

  async saveExplanations(explanations: Explanation[]): Promise<void> {
    this.write(EXPLANATIONS_KEY + this.workbookKey, explanations);
  }

  async selectedRange(): Promise<{ sheet: string; range: string } | undefined> {
    const r = this.store.getState().range;
    if (!r) return undefined;
    const range = rangeToA1({
      top: Math.min(r.anchor.row, r.focus.row),
      left: Math.min(r.anchor.col, r.focus.col),
      bottom: Math.max(r.anchor.row, r.focus.row),
      right: Math.max(r.anchor.col, r.focus.col),
    });
    return { sheet: r.sheet, range };
  }

  /** The narrative kept with this workbook (by its name and shape, like the assignments). */
  async loadNarrative(): Promise<NarrativeSource | undefined> {
    if (!this.workbook) return undefined;
    const n = fromStored(this.read<unknown>(NARRATIVE_KEY + this.workbookKey, undefined));
    this.narrative.update({ paired: n });
    return n;
  }

  async saveNarrative(narrative: NarrativeSource | undefined): Promise<void> {
    if (!this.workbook) {
      this.narrative.update({ pending: narrative });
      return;
    }
    this.write(NARRATIVE_KEY + this.workbookKey, narrative ? toStored(narrative) : null);
    this.narrative.update({ paired: narrative, shown: undefined });
  }

  /**
   * A narrative file opened in the page: paired with the open workbook (the panel is told, and checks
   * again if it had checked), or, before any workbook, with the next one opened.
   */
  async pairNarrative(narrative: NarrativeSource): Promise<void> {
    await this.saveNarrative(narrative);
    if (this.workbook) for (const l of this.narrativeListeners) l();
  }

  /** A narrative opened together with a workbook: paired with that one once it is loaded. */
  holdNarrative(narrative: NarrativeSource): void {
    this.narrative.update({ pending: narrative });
  }

  /** After a workbook was loaded into the grid: a narrative opened before it is paired with it. */
  async workbookOpened(): Promise<void> {
    const { pending } = this.narrative.getState();
    this.narrative.update({ pending: undefined, shown: undefined });
    if (pending) await this.saveNarrative(pending);
    else await this.loadNarrative();
  }

  onNarrativeChange(callback: () => void): () => void {
    this.narrativeListeners.add(callback);
    return () => this.narrativeListeners.delete(callback);
  }

  showParagraph(shown: ShownParagraph | undefined): void {
    this.narrative.update({ shown });
  }

  /** The grid is read-only: nothing changes under the panel while a workbook is open. */
  onChange(): () => void {
    return () => undefined;
  }

  private read<T>(key: string, fallback: T): T {
    try {
      const text = this.memory.get(key) ?? this.storage.getItem(key);
      return text ? (JSON.parse(text) as T) : fallback;
    } catch {
      return fallback; // Storage switched off or a damaged entry: start from the defaults.
    }
  }

  private write(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    this.memory.set(key, text);
    try {
      this.storage.setItem(key, text);
    } catch {
      // Storage switched off (private mode): the memory copy lasts for this page.
    }
  }
}
