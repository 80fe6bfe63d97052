import { NarrativeSource } from "../../engine/narrative/types";
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

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * A text file's characters: by its byte-order mark, else UTF-8 when the bytes are valid UTF-8, else
 * GB18030 (a superset of GBK and GB2312, which Chinese Windows saves "ANSI" text in).
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b))
      return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length));
  }
  // A NUL never occurs in UTF-8 or GB18030 text: this is a binary file renamed .txt.
  if (bytes.includes(0)) {
    throw new NarrativeReadError(
      `${name} 不是文本文件（含有二进制内容），请将情况说明另存为 .txt 或 .docx`,
      "unsupported",
      `${name} is not a text file (it holds binary data); save the narrative as .txt or .docx`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
