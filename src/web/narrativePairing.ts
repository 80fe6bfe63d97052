import { NarrativeSource } from "../engine/narrative/types";
import { ShownParagraph } from "../panel/host";

/** The browser page's 情况说明: which file is paired with the open workbook, and the paragraph on show. */
export interface PairingState {
  /** Opened before any workbook: paired with the next one opened. */
  pending?: NarrativeSource;
  /** Kept with the open workbook: the check uses it. */
  paired?: NarrativeSource;
  /** The paragraph of the narrative finding last clicked, shown beside the grid. */
  shown?: ShownParagraph;
}

/** A tiny external store (for useSyncExternalStore), like GridStore. */
export class NarrativePairing {
  private state: PairingState = {};
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PairingState => this.state;

  update(change: Partial<PairingState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }
}
