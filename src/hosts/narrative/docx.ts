import { Unzip, UnzipInflate } from "fflate";
import mammoth from "mammoth";
import { NarrativeReadError } from "./errors";
import { hasStream, isOle } from "../ole";

/** A .docx inflates to a few MB of XML; more than this is a zip bomb, refused before mammoth inflates it. */
export const MAX_DOCX_INFLATED_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/**
 * Inflates every entry once with a running cap (declared sizes can lie) and lists the entries' names.
 * Throws NarrativeReadError for a zip bomb or a damaged container.
 */
function inspectDocx(bytes: Uint8Array, name: string, maxInflated: number): Set<string> {
  const names = new Set<string>();
  let inflated = 0;
  const tooLarge = new NarrativeReadError(
    `${name} 解压后过大（超过 ${maxInflated / MB} MB），疑似压缩炸弹，已拒绝打开`,
    "too-large",
    `${name} inflates to more than ${maxInflated / MB} MB (a zip bomb?); refused`,
  );
  const unzip = new Unzip((file) => {
    names.add(file.name);
    file.ondata = (err, data) => {
      if (err) throw err;
      inflated += data.length;
      if (inflated > maxInflated) throw tooLarge;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    if (e === tooLarge) throw e;
    throw corrupt(name, e);
  }
  return names;
}

function corrupt(name: string, e: unknown): NarrativeReadError {
  const why = e instanceof Error ? e.message : String(e);
  return new NarrativeReadError(
    `${name} 已损坏，无法读取（${why}）`,
    "corrupt",
    `${name} is damaged and cannot be read (${why})`,
  );
}

/**
 * The text of a .docx, paragraphs separated by line breaks (mammoth's raw text: body, tables' cells,
 * lists; no markup). Encrypted files, old .doc files and damaged or oversized containers are refused
 * with a reason.
 */
export async function docxText(
  bytes: Uint8Array,
  name: string,
  maxInflated: number = MAX_DOCX_INFLATED_BYTES,
): Promise<string> {
  if (isOle(bytes)) {
    if (hasStream(bytes, "EncryptedPackage"))
      throw new NarrativeReadError(
        `${name} 已加密（设有打开密码），请先在 Word 中取消密码再打开`,
        "encrypted",
        `${name} is encrypted (password to open); remove the password in Word first`,
      );
    throw new NarrativeReadError(
      `${name} 是旧版 .doc 格式（或已加密），请在 Word 中另存为 .docx`,
      "unsupported",
      `${name} is an old .doc document (or encrypted); save it as .docx in Word`,
    );
  }
  if (!isZip(bytes))
    throw new NarrativeReadError(
      `${name} 不是 Word 文档（.docx），请检查文件`,
      "unsupported",
      `${name} is not a Word document (.docx)`,
    );
  const entries = inspectDocx(bytes, name, maxInflated);
  if (!entries.has("word/document.xml"))
    throw new NarrativeReadError(
      `${name} 不是 Word 文档（压缩包中没有 word/document.xml）`,
      "unsupported",
      `${name} is not a Word document (no word/document.xml in the package)`,
    );
  // A fresh copy: mammoth (JSZip) must not hold or change the caller's bytes. Node's mammoth reads
  // `buffer`, its browser build `arrayBuffer`.
  const copy = bytes.slice();
  const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer };
  try {
    return (await mammoth.extractRawText(input)).value;
  } catch (e) {
    throw corrupt(name, e);
  }
}
