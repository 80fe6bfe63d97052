import { NarrativeSource } from "../../engine/narrative/types";
import { decodeTextFile } from "../text-decode";
import { NarrativeReadError } from "./errors";

/** The name pasted text is known by in findings (`text[].source`) and in the panel. */
export const PASTED_SOURCE = "粘贴的文本";

/** Lines split on any line break Word, Windows, old Macs or Unicode use. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f]/;

/**
 * A text's non-empty paragraphs, each trimmed (full-width spaces too, which Chinese text indents with):
 * paragraph N of a finding is the Nth of these.
 */
export function narrativeFromText(text: string, source: string = PASTED_SOURCE): NarrativeSource {
  const paragraphs = text
    .split(LINE_BREAK)
    .map((line) => line.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/g, ""))
    .filter((line) => line !== "")
    .map((line) => ({ text: line }));
  return { source, paragraphs };
}

/** A .txt narrative's characters (BOM, else UTF-8, else GB18030: src/hosts/text-decode.ts). */
export function decodeText(bytes: Uint8Array, name: string): string {
  const text = decodeTextFile(bytes);
  if (text === undefined) {
    throw new NarrativeReadError(
      `${name} 不是文本文件（含有二进制内容），请将情况说明另存为 .txt 或 .docx`,
      "unsupported",
      `${name} is not a text file (it holds binary data); save the narrative as .txt or .docx`,
    );
  }
  return text;
}
