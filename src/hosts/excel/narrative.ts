import { NarrativeSource } from "../../engine/narrative/types";
import { HostNotice } from "../../panel/host";
import { fromStored, storedLength, toStored } from "../narrative/stored";
import { ExcelRun } from "./run";
import { loadJson, saveJson } from "./store";

/** The 情况说明 the user opened or pasted, kept in the workbook beside the settings (see store.ts). */
export const NARRATIVE_NAMESPACE = "urn:juesuan:narrative:1";

/**
 * Most characters kept: a 情况说明 is some 10,000, and Excel on the web refuses requests over ~5 MB
 * (a Chinese character is 3 bytes of XML).
 */
export const MAX_STORED_CHARS = 1_000_000;

export async function loadNarrativeIn(run: ExcelRun): Promise<NarrativeSource | undefined> {
  return fromStored(await loadJson(run, NARRATIVE_NAMESPACE));
}

/** Replaces the stored narrative (undefined removes it); one too large for Excel is refused, said so. */
export async function saveNarrativeIn(run: ExcelRun, narrative: NarrativeSource | undefined): Promise<void> {
  const stored = narrative && toStored(narrative);
  if (stored && storedLength(stored) > MAX_STORED_CHARS)
    throw new HostNotice("narrativeTooLarge", {
      source: stored.source,
      n: storedLength(stored),
      max: MAX_STORED_CHARS,
    });
  await saveJson(run, NARRATIVE_NAMESPACE, stored);
}
