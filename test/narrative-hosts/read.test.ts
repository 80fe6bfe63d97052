import { docxText } from "../../src/hosts/narrative/docx";
import {
  MAX_NARRATIVE_BYTES,
  narrativeFromText,
  NarrativeReadError,
  PASTED_SOURCE,
  readNarrative,
} from "../../src/hosts/narrative/read";
import { bombDocx, docxOf, imageOnlyDocx, ole } from "./docx-fixtures";

const P1 = "一、收入支出决算总体情况说明";
const P2 = "2024年度收入、支出决算总计2,961.68万元。与上年相比，收、支总计各减少1,029.43万元，下降25.79%。";
const P3 = "卫生健康支出137.96万元，占4.77%。";

/** The GBK bytes Chinese Windows' Notepad saves ("ANSI"): P1, CRLF, "2024年度收入、支出决算总计2,961.68万元。". */
const GBK_HEX =
  "d2bba1a2cad5c8ebd6a7b3f6bef6cbe3d7dccce5c7e9bff6cbb5c3f70d0a32303234c4eab6c8cad5c8eba1a2d6a7b3f6bef6cbe3d7dcbcc6322c3936312e3638cdf2d4aaa1a3";

async function refusal(bytes: Uint8Array, name: string): Promise<NarrativeReadError> {
  try {
    await readNarrative(bytes, name);
  } catch (e) {
    if (e instanceof NarrativeReadError) return e;
    throw e;
  }
  throw new Error(`${name} was read`);
}

const texts = (n: { paragraphs: { text: string }[] }) => n.paragraphs.map((p) => p.text);

describe("readNarrative: .docx", () => {
  it("reads each non-empty paragraph in order, trimmed, named by the file", async () => {
    const bytes = await docxOf([P1, "", `\u3000\u3000${P2}`, "   ", P3]);
    const n = await readNarrative(bytes, "部门A.docx");
    expect(n.source).toBe("部门A.docx");
    expect(texts(n)).toEqual([P1, P2, P3]);
    expect(n.paragraphs.every((p) => p.cell === undefined)).toBe(true);
  });

  it("reads the text in a Word table's cells as paragraphs", async () => {
    const n = await readNarrative(
      await docxOf(
        [P1],
        [
          ["项目", "金额"],
          ["基本支出", "1,362.34万元"],
        ],
      ),
      "a.DOCX",
    );
    expect(texts(n)).toEqual([P1, "项目", "金额", "基本支出", "1,362.34万元"]);
  });

  it("leaves the caller's bytes as they were", async () => {
    const bytes = await docxOf([P1, P2]);
    const copy = bytes.slice();
    await readNarrative(bytes, "a.docx");
    expect(bytes).toEqual(copy);
  });

  it("refuses a password-protected .docx with the reason", async () => {
    const e = await refusal(ole("EncryptedPackage"), "部门A.docx");
    expect(e.reason).toBe("encrypted");
    expect(e.message).toBe("部门A.docx 已加密（设有打开密码），请先在 Word 中取消密码再打开");
    expect(e.en).toMatch(/encrypted/);
  });

  it("says an old .doc saved under .docx is an old .doc", async () => {
    const e = await refusal(ole("WordDocument"), "部门A.docx");
    expect(e.reason).toBe("unsupported");
    expect(e.message).toMatch(/旧版 \.doc/);
  });

  it("refuses a damaged .docx (a truncated file) without crashing", async () => {
    const bytes = await docxOf([P1, P2]);
    const e = await refusal(bytes.slice(0, Math.floor(bytes.length / 2)), "部门A.docx");
    expect(e.reason).toBe("corrupt");
    expect(e.message).toMatch(/^部门A\.docx 已损坏，无法读取/);
  });

  it("refuses a file that is not a Word document, or a zip without a document part", async () => {
    expect((await refusal(new TextEncoder().encode(P2), "部门A.docx")).message).toBe(
      "部门A.docx 不是 Word 文档（.docx），请检查文件",
    );
    const { zipSync } = await import("fflate");
    const zip = zipSync({ "xl/workbook.xml": new TextEncoder().encode("<workbook/>") });
    expect((await refusal(zip, "部门A.docx")).message).toMatch(/没有 word\/document\.xml/);
  });

  it("says an image-only .docx has no text to check", async () => {
    const e = await refusal(await imageOnlyDocx(), "扫描件.docx");
    expect(e.reason).toBe("no-text");
    expect(e.message).toBe("扫描件.docx 中没有文字（可能只有图片或扫描件），无法核对情况说明");
  });

  it("refuses a zip bomb before mammoth inflates it", async () => {
    const bomb = bombDocx(3);
    await expect(docxText(bomb, "炸弹.docx", 1024 * 1024)).rejects.toMatchObject({ reason: "too-large" });
    // Under the cap the same container is read.
    expect((await docxText(bomb, "炸弹.docx", 8 * 1024 * 1024)).trim()).toBe("情况说明");
  });
});

describe("readNarrative: .txt", () => {
  it("reads UTF-8 with and without a BOM, any line breaks", async () => {
    const plain = new TextEncoder().encode(`${P1}\r\n\r\n${P2}\n${P3}\r`);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, bom])
      expect(texts(await readNarrative(bytes, "部门A.txt"))).toEqual([P1, P2, P3]);
  });

  it("reads GBK (GB18030) text as Chinese Windows saves it", async () => {
    const n = await readNarrative(new Uint8Array(Buffer.from(GBK_HEX, "hex")), "部门A.txt");
    expect(texts(n)).toEqual([P1, "2024年度收入、支出决算总计2,961.68万元。"]);
  });

  it("reads UTF-16 text by its byte-order mark", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(`${P1}\r\n${P3}`, "utf16le")]);
    expect(texts(await readNarrative(le, "a.txt"))).toEqual([P1, P3]);
  });

  it("refuses a text over 20 MB, and reads one just under it", async () => {
    const big = new Uint8Array(MAX_NARRATIVE_BYTES + 1).fill(0x61);
    const e = await refusal(big, "大文件.txt");
    expect(e.reason).toBe("too-large");
    expect(e.message).toMatch(/^大文件\.txt 过大（20\.0 MB，超过 20 MB）/);
    const n = await readNarrative(big.subarray(0, 1000), "小文件.txt");
    expect(n.paragraphs).toHaveLength(1);
  });

  it("refuses an empty text, a binary file named .txt, and other formats", async () => {
    expect((await refusal(new TextEncoder().encode(" \r\n\u3000\n"), "空.txt")).reason).toBe("no-text");
    expect((await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), "x.txt")).message).toMatch(
      /不是文本文件/,
    );
    expect((await refusal(new Uint8Array([1]), "说明.pdf")).message).toBe(
      "不支持的情况说明格式：说明.pdf（请用 .docx 或 .txt）",
    );
    expect((await refusal(ole("WordDocument"), "说明.doc")).message).toBe(
      "说明.doc 是旧版 Word 格式，请在 Word 中另存为 .docx",
    );
  });
});

describe("narrativeFromText: pasted text", () => {
  it("keeps non-empty paragraphs, trimmed, under the pasted name", () => {
    const n = narrativeFromText(`\n\u3000\u3000${P1}  \n\n${P2}\u2029${P3}\n`);
    expect(n.source).toBe(PASTED_SOURCE);
    expect(texts(n)).toEqual([P1, P2, P3]);
  });

  it("gives no paragraphs for blank text", () => {
    expect(narrativeFromText(" \n　\r\n").paragraphs).toEqual([]);
  });
});
