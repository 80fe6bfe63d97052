import { NarrativeSource } from "../../engine/narrative/types";
import { docxText } from "./docx";
import { NarrativeReadError } from "./errors";
import { decodeText, narrativeFromText } from "./text";

export { NarrativeReadError } from "./errors";
export type { NarrativeReadFailure } from "./errors";
export { narrativeFromText, PASTED_SOURCE } from "./text";

/** A 情况说明 is tens of KB of text; a larger file is not one (and would hold the page for long). */
export const MAX_NARRATIVE_BYTES = 20 * 1024 * 1024;

/** The kinds of narrative file the hosts accept, by extension. */
export const NARRATIVE_EXTENSIONS = [".docx", ".txt"] as const;

export function isNarrativeFile(name: string): boolean {
  const lower = name.toLowerCase();
  return NARRATIVE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Reads a 情况说明 given beside a workbook (.docx or .txt, by its name's extension) into the paragraphs
 * the engine checks, in Node and in the browser. Throws NarrativeReadError with a Chinese message (and
 * an English one) for anything it cannot use; the bytes are only read.
 */
export async function readNarrative(bytes: Uint8Array, name: string): Promise<NarrativeSource> {
  const lower = name.toLowerCase();
  if (!isNarrativeFile(lower)) {
    const doc = lower.endsWith(".doc") || lower.endsWith(".wps");
    throw new NarrativeReadError(
      doc
        ? `${name} 是旧版 Word 格式，请在 Word 中另存为 .docx`
        : `不支持的情况说明格式：${name}（请用 .docx 或 .txt）`,
      "unsupported",
      doc ? `${name} is an old Word format; save it as .docx` : `${name}: use a .docx or .txt narrative`,
    );
  }
  if (bytes.length > MAX_NARRATIVE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new NarrativeReadError(
      `${name} 过大（${mb} MB，超过 ${MAX_NARRATIVE_BYTES / 1024 / 1024} MB），不像是情况说明，已拒绝打开`,
      "too-large",
      `${name} is too large (${mb} MB, over ${MAX_NARRATIVE_BYTES / 1024 / 1024} MB) for a narrative`,
    );
  }
  const docx = lower.endsWith(".docx");
  const narrative = narrativeFromText(docx ? await docxText(bytes, name) : decodeText(bytes, name), name);
  if (!narrative.paragraphs.length) {
    throw new NarrativeReadError(
      docx
        ? `${name} 中没有文字（可能只有图片或扫描件），无法核对情况说明`
        : `${name} 是空的，没有情况说明的文字`,
      "no-text",
      docx
        ? `${name} holds no text (images or scans only?); the narrative cannot be checked`
        : `${name} is empty`,
    );
  }
  return narrative;
}
