import { Lang } from "../engine";
import { Workbook } from "../engine/model";

export interface GridPoint {
  row: number;
  col: number;
}

/** What the read-only grid shows; the BrowserHost changes it, the grid renders it. */
export interface GridState {
  workbook?: Workbook;
  /** Index of the sheet on screen. */
  active: number;
  /** Cells of the finding the user clicked, as "Sheet!A1". */
  selected: ReadonlySet<string>;
  /** Cells highlighted by 标记, as "Sheet!A1". */
  marked: ReadonlySet<string>;
  /** The range the user selected with the mouse (for assigning a table). */
  range?: { sheet: string; anchor: GridPoint; focus: GridPoint };
  /** Where the grid should scroll next; seq changes on every request so the same cell scrolls again. */
  scrollTo?: { sheet: string; row: number; col: number; seq: number };
  /** The panel's language, which the page around it follows. */
  lang: Lang;
}

export const cellKey = (sheet: string, address: string) => `${sheet}!${address}`;

/** A tiny external store (for useSyncExternalStore): immutable snapshots, synchronous listeners. */
export class GridStore {
  private state: GridState = { active: 0, selected: new Set(), marked: new Set(), lang: "zh" };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): GridState => this.state;

  update(change: Partial<GridState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  /** A newly opened workbook: nothing selected or marked in it yet. */
  load(workbook: Workbook): void {
    this.update({
      workbook,
      active: 0,
      selected: new Set(),
      marked: new Set(),
      range: undefined,
      scrollTo: undefined,
    });
  }
}
