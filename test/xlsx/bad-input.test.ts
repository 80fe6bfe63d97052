import ExcelJS from "exceljs";
import { deflateRawSync } from "zlib";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEFAULT_LIMITS, inspectZip, WorkbookReadError } from "../../src/hosts/xlsx/zip";
import { worksheetXml, xlsxPackage } from "./package-fixtures";
import { buildZip, WORKBOOK_XML, zipBomb } from "./zip-fixtures";

async function workbookBytes(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const simple = () =>
  workbookBytes((b) => {
    b.addWorksheet("公开01表").getCell("A1").value = "2024年度收入支出决算总表";
  });

/** The reason a read fails with, or "read" when it succeeds. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes);
    return "read";
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    return e.reason;
  }
}

describe("readXlsx on bad input", () => {
  it("reads a well-formed workbook (the control case)", async () => {
    expect(await outcome(await simple())).toBe("read");
  });

  it("refuses an encrypted workbook (an OLE compound file)", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await outcome(ole)).toBe("encrypted");
    await expect(readXlsx(ole)).rejects.toThrow(/已加密/);
  });

  it("refuses a zip entry flagged as encrypted", async () => {
    const bytes = await simple();
    const eocd = bytes.length - 22;
    const dir = new DataView(bytes.buffer).getUint32(eocd + 16, true);
    bytes[dir + 8] |= 1;
    expect(await outcome(bytes)).toBe("encrypted");
  });

  it("refuses a truncated file as damaged", async () => {
    const bytes = await simple();
    expect(await outcome(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("corrupt");
    expect(await outcome(bytes.subarray(0, bytes.length - 30))).toBe("corrupt");
  });

  it("refuses a zip that is not a workbook", async () => {
    const text = new TextEncoder().encode("hello");
    const zip = buildZip([{ name: "readme.txt", data: text, method: 0, declaredSize: text.length }]);
    expect(await outcome(zip)).toBe("not-workbook");
    await expect(readXlsx(zip)).rejects.toThrow(/不是工作簿/);
  });

  it("refuses a damaged deflate stream", async () => {
    const garbage = new Uint8Array(64).fill(0xff);
    const zip = buildZip([
      { name: "xl/workbook.xml", data: WORKBOOK_XML, method: 0, declaredSize: WORKBOOK_XML.length },
      { name: "xl/styles.xml", data: garbage, method: 8, declaredSize: 500 },
    ]);
    expect(await outcome(zip)).toBe("corrupt");
  });

  it("refuses an entry that inflates to less than it declares", async () => {
    const xml = deflateRawSync(Buffer.from("<x/>"));
    const zip = buildZip([
      { name: "xl/workbook.xml", data: WORKBOOK_XML, method: 0, declaredSize: WORKBOOK_XML.length },
      { name: "xl/styles.xml", data: new Uint8Array(xml), method: 8, declaredSize: 4000 },
    ]);
    expect(await outcome(zip)).toBe("corrupt");
  });

  it("refuses a file above the size limit before opening it", async () => {
    const bytes = await simple();
    expect(() => inspectZip(bytes, { ...DEFAULT_LIMITS, maxFileBytes: 1000 })).toThrow(/文件过大/);
  });

  it("refuses a real zip bomb (2 GB of zeros) from its declared size, without inflating it", async () => {
    const bomb = zipBomb(2);
    expect(bomb.length).toBeLessThan(20 * 1024 * 1024);
    await expect(readXlsx(bomb)).rejects.toThrow(/过大.*压缩炸弹/);
    expect(await outcome(bomb)).toBe("too-large");
  });

  it("refuses the same bomb when its directory lies about the size, stopping early", async () => {
    const bomb = zipBomb(2, 4096);
    await expect(readXlsx(bomb)).rejects.toThrow(/超过其声明的大小/);
  });

  it("refuses a sheet whose stream inflates past its declared size while it is being read", async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const inside = `<sheetData>${Array.from({ length: 50_000 }, (_, i) => row(i + 1)).join("")}</sheetData>`;
    await expect(readXlsx(xlsxPackage({ sheets: { 表: inside }, lie: 100_000 }))).rejects.toThrow(
      "工作簿解压后过大（部件 xl/worksheets/sheet1.xml 解压后超过其声明的大小），疑似压缩炸弹，已拒绝打开",
    );
    expect((await readXlsx(xlsxPackage({ sheets: { 表: inside } }))).sheets[0].values).toHaveLength(50_000);
  });

  it("refuses a small part that inflates one byte past its declared size, or short of it", async () => {
    const inside = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
    const size = new TextEncoder().encode(worksheetXml(inside)).length;
    await expect(readXlsx(xlsxPackage({ sheets: { 表: inside }, lie: size - 1 }))).rejects.toThrow(
      /超过其声明的大小/,
    );
    await expect(readXlsx(xlsxPackage({ sheets: { 表: inside }, lie: size + 1 }))).rejects.toThrow(
      "工作簿已损坏（部件 xl/worksheets/sheet1.xml 解压后的大小不符）",
    );
    expect((await readXlsx(xlsxPackage({ sheets: { 表: inside }, lie: size }))).sheets[0].values).toEqual([
      [1],
    ]);
  });

  it("refuses a sheet whose grid would not fit in memory", async () => {
    const bytes = await workbookBytes((b) => {
      const ws = b.addWorksheet("散落");
      ws.getCell("A1").value = 1;
      ws.getCell("XFD2000").value = 2;
    });
    await expect(readXlsx(bytes, "x.xlsx", { ...DEFAULT_LIMITS, maxSheetCells: 1_000_000 })).rejects.toThrow(
      /工作表“散落”过大/,
    );
  });

  it("refuses a directory whose declared sizes add up past the cap", async () => {
    const bytes = await simple();
    const view = new DataView(bytes.buffer);
    const dir = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint32(dir + 24, 0xc0000000, true); // 3 GB declared for the first entry
    expect(await outcome(bytes)).toBe("too-large");
  });
});

describe("readXlsx on odd but readable workbooks", () => {
  it("reads a workbook with an empty sheet", async () => {
    const wb = await readXlsx(await workbookBytes((b) => void b.addWorksheet("空表")));
    expect(wb.sheets).toHaveLength(1);
    expect(wb.sheets[0].values).toEqual([]);
  });

  it("keeps #REF! errors as their text", async () => {
    const bytes = await workbookBytes((b) => {
      const ws = b.addWorksheet("坏引用");
      for (let r = 1; r <= 20; r++)
        for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    });
    const s = (await readXlsx(bytes)).sheets[0];
    expect(s.values).toHaveLength(20);
    expect(s.values.flat().every((v) => v === "#REF!")).toBe(true);
  });

  it("leaves the covered cells of a merged area empty, as Excel does", async () => {
    const bytes = await workbookBytes((b) => {
      const ws = b.addWorksheet("表头");
      ws.getCell("A1").value = "项目";
      ws.mergeCells("A1:D2");
    });
    const s = (await readXlsx(bytes)).sheets[0];
    expect(s.values).toEqual([
      ["项目", null, null, null],
      [null, null, null, null],
    ]);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 3 }]);
  });
});
