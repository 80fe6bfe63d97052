import { Finding } from "../../src/engine/findings";
import { CellRef, Workbook } from "../../src/engine/model";
import { NarrativeSource } from "../../src/engine/narrative/types";
import { TableAssignment } from "../../src/engine/tables/types";
import { DEFAULT_SETTINGS, PanelHost, PanelSettings } from "../../src/panel/host";

/** A PanelHost that records every call and keeps what the panel saves, as a workbook would. */
export class FakeHost implements PanelHost {
  readonly kind = "excel";
  settings: PanelSettings = { ...DEFAULT_SETTINGS };
  assignments: TableAssignment[] = [];
  range: { sheet: string; range: string } | undefined;
  readonly selects: CellRef[][] = [];
  readonly marks: Finding[][] = [];
  readonly exports: Finding[][] = [];
  clears = 0;
  reads = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly workbook: Workbook) {}

  async readWorkbook() {
    this.reads++;
    return this.workbook;
  }
  async select(cells: CellRef[]) {
    this.selects.push(cells);
  }
  async mark(findings: Finding[]) {
    this.marks.push(findings);
    return findings.reduce((n, f) => n + f.cells.length, 0);
  }
  async clearMarks() {
    this.clears++;
    return 3;
  }
  async exportReview(findings: Finding[]) {
    this.exports.push(findings);
  }
  async loadSettings() {
    return this.settings;
  }
  async saveSettings(settings: PanelSettings) {
    this.settings = settings;
  }
  async loadAssignments() {
    return this.assignments;
  }
  async saveAssignments(assignments: TableAssignment[]) {
    this.assignments = assignments;
  }
  async selectedRange() {
    return this.range;
  }
  narrative: NarrativeSource | undefined;
  async loadNarrative() {
    return this.narrative;
  }
  async saveNarrative(narrative: NarrativeSource | undefined) {
    this.narrative = narrative;
  }
  onChange(callback: () => void) {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }
  /** The user edited a cell. */
  edit() {
    for (const l of this.listeners) l();
  }
  get subscribers() {
    return this.listeners.size;
  }
}
