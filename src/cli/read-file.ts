import { promises as fs } from "fs";
import { DEFAULT_LIMITS, WorkbookReadError } from "../hosts/xlsx/zip";

/** Reads a file for the command: refuses what is missing or too large before loading it into memory. */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError(`不是工作簿（${path} 是文件夹）`, "not-workbook");
    // A device or pipe could stream forever; a workbook is always a regular file.
    if (!stat.isFile()) throw new WorkbookReadError(`不是工作簿（${path} 不是普通文件）`, "not-workbook");
    size = stat.size;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new WorkbookReadError(`找不到文件：${path}`, "not-found");
    throw new WorkbookReadError(`无法读取文件 ${path}（${code ?? (e as Error).message}）`, "unreadable");
  }
  if (size > DEFAULT_LIMITS.maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new WorkbookReadError(
      `文件过大（${mb(size)} MB，上限 ${mb(DEFAULT_LIMITS.maxFileBytes)} MB）`,
      "too-large",
    );
  }
  try {
    // Opened read-only: the command never writes to its input.
    return new Uint8Array(await fs.readFile(path, { flag: "r" }));
  } catch (e) {
    throw new WorkbookReadError(
      `无法读取文件 ${path}（${(e as NodeJS.ErrnoException).code ?? ""}）`,
      "unreadable",
    );
  }
}
