/**
 * The .xlsx container: a file that is not a workbook, is encrypted, is damaged, or would inflate to
 * gigabytes is refused with a reason instead of hanging or crashing the host. First the zip's directory
 * (declared sizes), then each entry is inflated once with fflate, capped at its declared size, because
 * declared sizes can lie.
 */
import { Inflate, inflateSync } from "fflate";
import { hasStream } from "../ole";

/** Why a file could not be read; hosts show the Chinese message and may switch on the reason. */
export type ReadFailure = "not-workbook" | "encrypted" | "corrupt" | "too-large" | "not-found" | "unreadable";

export class WorkbookReadError extends Error {
  constructor(
    message: string,
    readonly reason: ReadFailure,
  ) {
    super(message);
  }
}

export interface ZipLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total of the entries' uncompressed sizes (declared and actual), in bytes. */
  maxInflatedBytes: number;
  maxEntries: number;
  /** Largest rows × columns of one sheet's grid (the model holds it densely). */
  maxSheetCells: number;
  /** Most cells written in the whole workbook (`<c>` elements), counted while reading, before the model is built. */
  maxCells: number;
  /** Most cells the whole workbook's merged areas may cover (each widens the grid and is emptied one by one). */
  maxMergedCells: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  // Real 决算 workbooks inflate to a few MB; parts are parsed as they inflate, never held whole.
  maxInflatedBytes: 300 * 1024 * 1024,
  maxEntries: 20000,
  maxSheetCells: 20_000_000,
  // The sample holds 1,741 cells, a generated 2,000-row department 28,000; reading stops at the limit, so an
  // 11-million-cell sheet is refused after about a second, with the memory of one million cells.
  maxCells: 1_000_000,
  // A whole-row title merge is 16,384 cells; a merge down a whole column (1,048,576) is refused.
  maxMergedCells: 300_000,
};

/** One entry of the zip's central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MB = 1024 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

const bomb = (limits: ZipLimits) =>
  new WorkbookReadError(
    `工作簿解压后过大（超过 ${limits.maxInflatedBytes / MB} MB），疑似压缩炸弹，已拒绝打开`,
    "too-large",
  );

const names = new TextDecoder();

/**
 * An OLE compound file is an .xlsx under a password (its parts in an EncryptedPackage stream) or an
 * old binary .xls (a Workbook or Book stream): each needs its own advice.
 */
function oleMessage(bytes: Uint8Array): string {
  if (hasStream(bytes, "EncryptedPackage"))
    return "文件已加密（设有打开密码），请先在 Excel 中取消密码并另存为 .xlsx";
  if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book"))
    return "这是旧版 .xls 格式的工作簿，不能直接打开，请在 Excel 中另存为 .xlsx";
  return "文件已加密（或为旧版 .xls 格式），请先在 Excel 中取消密码并另存为 .xlsx";
}

/** Throws WorkbookReadError when the bytes cannot safely be opened as an .xlsx workbook; else lists the entries. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError(
      `文件过大（${(bytes.length / MB).toFixed(1)} MB，上限 ${limits.maxFileBytes / MB} MB）`,
      "too-large",
    );
  }
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    throw new WorkbookReadError(oleMessage(bytes), "encrypted");
  }
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) {
    throw new WorkbookReadError("不是工作簿（文件不是 .xlsx 所用的 zip 格式）", "not-workbook");
  }
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookReadError("工作簿已损坏（找不到 zip 目录，文件可能不完整）", "corrupt");
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count > limits.maxEntries) {
    throw new WorkbookReadError(
      `工作簿过大（包含 ${count} 个部件，上限 ${limits.maxEntries} 个）`,
      "too-large",
    );
  }
  const entries: ZipEntry[] = [];
  let inflated = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw new WorkbookReadError("工作簿已损坏（zip 目录不完整）", "corrupt");
    }
    if (u16(bytes, p + 8) & 1) {
      throw new WorkbookReadError("工作簿已加密，请先取消密码", "encrypted");
    }
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + u16(bytes, p + 28))),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    const { compressedSize: compressed, size } = entry;
    inflated += size;
    // A zip64 entry (0xFFFFFFFF) or a ratio no spreadsheet part reaches is a zip bomb.
    if (
      size === 0xffffffff ||
      inflated > limits.maxInflatedBytes ||
      (compressed > 0 && size / compressed > 1000 && size > 50 * MB)
    ) {
      throw bomb(limits);
    }
    if (entry.localOffset + 30 + compressed > bytes.length) {
      throw new WorkbookReadError(`工作簿已损坏（部件 ${entry.name} 不完整，文件可能被截断）`, "corrupt");
    }
    entries.push(entry);
    p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/** The compressed bytes of an entry (after its local header). */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.localOffset;
  if (u32(bytes, h) !== 0x04034b50) {
    throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 的位置不对）`, "corrupt");
  }
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start + e.compressedSize > bytes.length) {
    throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 不完整，文件可能被截断）`, "corrupt");
  }
  return bytes.subarray(start, start + e.compressedSize);
}

/**
 * Compressed input fed to the inflater at a time. Deflate expands at most ~1,032×, so one slice yields
 * at most ~8 MB: a stream that lies about its size is stopped after its declared size plus that.
 */
const SLICE = 8 * 1024;
/** Entries this small are inflated in one call into a buffer of their declared size: three times faster. */
const WHOLE = 64 * 1024;

const overflow = (e: ZipEntry) =>
  new WorkbookReadError(
    `工作簿解压后过大（部件 ${e.name} 解压后超过其声明的大小），疑似压缩炸弹，已拒绝打开`,
    "too-large",
  );

/**
 * Inflates one entry in slices, handing each piece of output to `onChunk` (which may throw to stop),
 * and refuses it as soon as it produces more than its declared size (a lying zip bomb) or, at the end,
 * less (damage). The same synchronous code runs in Node and in the browser, so both stop equally early.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const data = entryData(bytes, e);
  if (e.method === 0) {
    if (e.compressedSize !== e.size) {
      throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 的大小不符）`, "corrupt");
    }
    if (data.length) onChunk(data);
    return;
  }
  if (e.method !== 8) {
    throw new WorkbookReadError(
      `工作簿已损坏（部件 ${e.name} 使用了不支持的压缩方式 ${e.method}）`,
      "corrupt",
    );
  }
  if (data.length <= WHOLE) {
    // One byte more than declared (or than deflate can reach): fflate fills the buffer it is given without
    // growing it, so an entry that inflates past its declared size comes back one byte too long.
    const room = Math.min(e.size, data.length * 1032 + 1024) + 1;
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(room) });
    } catch {
      throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 无法解压）`, "corrupt");
    }
    if (out.length > e.size) throw overflow(e);
    if (out.length < e.size) {
      throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 解压后的大小不符）`, "corrupt");
    }
    if (out.length) onChunk(out);
    return;
  }
  let total = 0;
  // What the consumer throws (an XML error, a limit) passes through; only fflate's own errors mean damage.
  let consumerError: unknown;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > e.size) throw overflow(e);
    try {
      if (chunk.length) onChunk(chunk);
    } catch (err) {
      throw (consumerError = err);
    }
  });
  try {
    for (let i = 0; i < data.length || i === 0; i += SLICE) {
      inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    }
  } catch (err) {
    if (err instanceof WorkbookReadError || err === consumerError) throw err;
    throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 无法解压）`, "corrupt");
  }
  if (total !== e.size) {
    throw new WorkbookReadError(`工作簿已损坏（部件 ${e.name} 解压后的大小不符）`, "corrupt");
  }
}
