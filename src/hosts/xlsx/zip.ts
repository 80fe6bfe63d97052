/**
 * Looks at an .xlsx container before anything inflates it, so that a file that is not a workbook,
 * is encrypted, or would inflate to gigabytes is refused with a reason instead of hanging the host.
 * Reads only the zip's end-of-central-directory and central directory records.
 */
export class WorkbookReadError extends Error {
  constructor(
    message: string,
    /** not-workbook | encrypted | corrupt | too-large */
    readonly reason: "not-workbook" | "encrypted" | "corrupt" | "too-large",
  ) {
    super(message);
  }
}

export interface ZipLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total of the entries' declared uncompressed sizes, in bytes. */
  maxInflatedBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxEntries: 20000,
};

const MB = 1024 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Throws WorkbookReadError when the bytes cannot safely be opened as an .xlsx workbook. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): void {
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError(
      `文件过大（${(bytes.length / MB).toFixed(1)} MB，上限 ${limits.maxFileBytes / MB} MB）`,
      "too-large",
    );
  }
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    throw new WorkbookReadError("文件已加密（或为旧版 .xls 格式），请先在 Excel 中取消密码并另存为 .xlsx", "encrypted");
  }
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) {
    throw new WorkbookReadError("不是 .xlsx 工作簿（文件不是 zip 格式）", "not-workbook");
  }
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookReadError("工作簿已损坏（找不到 zip 目录）", "corrupt");
  const entries = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (entries > limits.maxEntries) {
    throw new WorkbookReadError(`工作簿包含的部件过多（${entries} 个）`, "too-large");
  }
  let inflated = 0;
  let p = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw new WorkbookReadError("工作簿已损坏（zip 目录不完整）", "corrupt");
    }
    if (u16(bytes, p + 8) & 1) {
      throw new WorkbookReadError("工作簿已加密，请先取消密码", "encrypted");
    }
    const compressed = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    inflated += size;
    // A zip64 entry (0xFFFFFFFF) or a ratio no spreadsheet part reaches is a zip bomb.
    if (size === 0xffffffff || inflated > limits.maxInflatedBytes || (compressed > 0 && size / compressed > 1000 && size > 50 * MB)) {
      throw new WorkbookReadError(
        `工作簿解压后过大（超过 ${limits.maxInflatedBytes / MB} MB），疑似压缩炸弹，已拒绝打开`,
        "too-large",
      );
    }
    p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
}
