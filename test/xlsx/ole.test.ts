import { readXlsx } from "../../src/hosts/xlsx/read";
import { WorkbookReadError } from "../../src/hosts/xlsx/zip";

/** An OLE compound file (the container of .xls and of password-protected .xlsx) naming one stream. */
function ole(stream?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // A directory entry's name, UTF-16LE, where the directory would be.
  if (stream) bytes.set(new Uint8Array(Buffer.from(stream, "utf16le")), 1024);
  return bytes;
}

async function refusal(bytes: Uint8Array): Promise<WorkbookReadError> {
  try {
    await readXlsx(bytes, "x");
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("read");
}

describe("OLE files: a password or an old .xls", () => {
  it("says a password-protected workbook has a password", async () => {
    const e = await refusal(ole("EncryptedPackage"));
    expect(e.reason).toBe("encrypted");
    expect(e.message).toMatch(/^文件已加密（设有打开密码）/);
  });

  it("says an old .xls is an old .xls, to be saved as .xlsx", async () => {
    for (const stream of ["Workbook", "Book"]) {
      const e = await refusal(ole(stream));
      expect(e.reason).toBe("encrypted");
      expect(e.message).toBe("这是旧版 .xls 格式的工作簿，不能直接打开，请在 Excel 中另存为 .xlsx");
    }
  });

  it("names both when the file does not tell", async () => {
    expect((await refusal(ole())).message).toMatch(/^文件已加密（或为旧版 \.xls 格式）/);
  });
});
