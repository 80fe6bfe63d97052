import { NarrativeSource } from "../../engine/narrative/types";

/**
 * A given narrative as the hosts keep it with a workbook (Excel: a CustomXmlPart; the browser page:
 * local storage): its name and its paragraphs' texts. A given narrative has no cells.
 */
export interface StoredNarrative {
  source: string;
  paragraphs: string[];
}

export function toStored(narrative: NarrativeSource): StoredNarrative {
  return { source: narrative.source, paragraphs: narrative.paragraphs.map((p) => p.text) };
}

/** A stored narrative, checked field by field; a damaged or empty record is none. */
export function fromStored(data: unknown): NarrativeSource | undefined {
  const d = data as Partial<Record<keyof StoredNarrative, unknown>> | undefined;
  if (typeof d?.source !== "string" || !Array.isArray(d.paragraphs)) return undefined;
  const paragraphs = d.paragraphs.filter((p): p is string => typeof p === "string" && p !== "");
  return paragraphs.length
    ? { source: d.source, paragraphs: paragraphs.map((text) => ({ text })) }
    : undefined;
}

/** Characters of text a stored narrative holds. */
export const storedLength = (s: StoredNarrative) => s.paragraphs.reduce((n, p) => n + p.length, 0);
