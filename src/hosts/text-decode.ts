const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * A text file's characters (narratives, code lists, rule files): by its byte-order mark, else UTF-8 when
 * the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, which Chinese Windows and Excel
 * save "ANSI" text and CSV in). Undefined for a binary file: a NUL never occurs in either text encoding.
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b))
      return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length));
  }
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
