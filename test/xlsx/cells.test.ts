import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEFAULT_LIMITS, WorkbookReadError } from "../../src/hosts/xlsx/zip";
import { deflated, xlsxPackage } from "./package-fixtures";

const rows = (...r: string[]) => `<sheetData>${r.join("")}</sheetData>`;

async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<WorkbookReadError> {
  try {
    await readXlsx(bytes, "x.xlsx", limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("read");
}

describe("cells as the sheet XML writes them", () => {
  it("reads cells and rows without their optional r attribute by position", async () => {
    const sheet = rows(
      '<row><c t="inlineStr"><is><t>项目</t></is></c><c><v>1</v></c></row>',
      "<row><c/><c><v>2</v></c></row>",
      '<row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>',
      "<row><c><v>5</v></c></row>",
    );
    const s = (await readXlsx(xlsxPackage({ sheets: { 无地址: sheet } }))).sheets[0];
    expect(s.values).toEqual([
      ["项目", 1, null, null],
      [null, 2, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, 3, 4],
      [5, null, null, null],
    ]);
  });

  it("joins rich-text runs and leaves out phonetic guides", async () => {
    const sharedStrings = [
      "<si><t>单位：万元</t></si>",
      '<si><r><t>2024年度</t></r><r><rPr><b/></rPr><t xml:space="preserve">收入决算表 </t></r><rPh sb="0" eb="2"><t>ねんど</t></rPh></si>',
    ];
    const sheet = rows(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>合</t></r><r><t>计</t></r></is></c></row>',
    );
    const s = (await readXlsx(xlsxPackage({ sheets: { 文本: sheet }, sharedStrings }))).sheets[0];
    expect(s.values).toEqual([
      ["2024年度收入决算表 ", "单位：万元"],
      ["合计", null],
    ]);
  });

  it("reads entities and markup-like text as text", async () => {
    const sheet = rows(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;b&gt;R&amp;D&#x3002;</t></is></c></row>',
    );
    expect((await readXlsx(xlsxPackage({ sheets: { 转义: sheet } }))).sheets[0].texts).toEqual([
      ["<b>R&D。"],
    ]);
  });

  it("reads booleans, errors and formulas' cached results, and names formulas saved without one", async () => {
    const sheet = rows(
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c></row>',
      '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
        '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f t="shared" ref="D2:D3" si="0">A2</f><v>2</v></c></row>',
      '<row r="3"><c r="A3"><f>SUM(A1:A2)</f></c><c r="B3" t="str"><f>"x"</f></c><c r="D3"><f t="shared" si="0"/></c></row>',
    );
    const s = (await readXlsx(xlsxPackage({ sheets: { 公式: sheet } }))).sheets[0];
    expect(s.values).toEqual([
      [true, false, "#REF!", null],
      [2, "ab", "#DIV/0!", 2],
      [null, null, null, null],
    ]);
    expect(s.texts?.[0]).toEqual(["TRUE", "FALSE", "#REF!", ""]);
    expect(s.uncalculated).toEqual(["A3", "B3", "D3"]);
  });

  it("does not name a formula covered by a merged area, nor take an extension's formulas for cells", async () => {
    const sheet =
      rows('<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>2+2</f></c></row>') +
      '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>' +
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings xmlns:x14="urn:x14">' +
      '<x14:conditionalFormatting><x14:cfRule type="cellIs"><xm:f xmlns:xm="urn:xm">0</xm:f></x14:cfRule>' +
      "</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>";
    const s = (await readXlsx(xlsxPackage({ sheets: { 合并公式: sheet } }))).sheets[0];
    expect(s.uncalculated).toEqual(["A1"]);
    expect(s.values).toEqual([[null, null]]);
  });

  it("reads a cell stored as an ISO date (t=d)", async () => {
    const styles = '<cellXfs count="2"><xf/><xf numFmtId="14"/></cellXfs>';
    const sheet = rows('<row r="1"><c r="A1" t="d" s="1"><v>2024-12-31T00:00:00Z</v></c></row>');
    const s = (await readXlsx(xlsxPackage({ sheets: { 日期: sheet }, styles }))).sheets[0];
    expect([s.values[0][0], s.texts?.[0][0]]).toEqual(["2024-12-31", "2024/12/31"]);
  });

  it("reads a workbook whose elements carry a namespace prefix", async () => {
    const sheet =
      '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData>';
    expect((await readXlsx(xlsxPackage({ sheets: { 前缀: sheet } }))).sheets[0].values).toEqual([[7]]);
  });
});

describe("bad cells and parts", () => {
  it("refuses by cell count while reading, before building the model, across sheets", async () => {
    const row = (r: number) => `<row r="${r}">${'<c t="b"><v>1</v></c>'.repeat(10)}</row>`;
    const sheet = rows(...Array.from({ length: 8 }, (_, i) => row(i + 1)));
    const limits = { ...DEFAULT_LIMITS, maxCells: 100 };
    const e = await refusal(xlsxPackage({ sheets: { 甲: sheet, 乙: sheet } }), limits);
    expect([e.reason, e.message]).toEqual([
      "too-large",
      "工作簿单元格过多（超过 100 个，在工作表“乙”读到 A3 时），已拒绝打开",
    ]);
    expect(
      (await readXlsx(xlsxPackage({ sheets: { 甲: sheet } }), "x", limits)).sheets[0].values,
    ).toHaveLength(8);
  });

  it("refuses a workbook that names a sheet whose part is missing", async () => {
    const e = await refusal(xlsxPackage({ sheets: { 公开01表: rows() }, missing: ["公开02表"] }));
    expect([e.reason, e.message]).toEqual([
      "corrupt",
      "工作簿已损坏（工作表“公开02表”的部件 xl/worksheets/sheet2.xml 不存在）",
    ]);
  });

  it("refuses a cell pointing past the shared strings", async () => {
    const sheet = rows('<row r="1"><c r="B1" t="s"><v>5</v></c></row>');
    const e = await refusal(xlsxPackage({ sheets: { 表: sheet }, sharedStrings: ["<si><t>a</t></si>"] }));
    expect(e.message).toBe("工作簿已损坏（工作表“表”的单元格 B1 引用了不存在的共享字符串）");
  });

  it.each([
    ["an address past Excel's grid", '<row r="1"><c r="XFE1"><v>1</v></c></row>', "的单元格地址“XFE1”无效"],
    ["a row number past Excel's grid", '<row r="1048577"><c><v>1</v></c></row>', "的行号“1048577”无效"],
  ])("refuses %s", async (_, xml, what) => {
    expect((await refusal(xlsxPackage({ sheets: { 表: rows(xml) } }))).message).toBe(
      `工作簿已损坏（工作表“表”${what}）`,
    );
  });

  it("refuses XML that is not well formed, and entities a DTD would expand", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>';
    const packages = [
      xlsxPackage({ sheets: { 表: "<sheetData><row></sheetData>" } }),
      xlsxPackage({
        sheets: { 表: rows('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>') },
      }),
      xlsxPackage({ sheets: {}, extra: [deflated("xl/worksheets/sheet1.xml", laughs)], missing: ["表"] }),
    ];
    for (const bytes of packages) {
      const e = await refusal(bytes);
      expect(e.reason).toBe("corrupt");
      expect(e.message).toMatch(/^工作簿已损坏（部件 xl\/worksheets\/sheet1\.xml 不是有效的 XML/);
    }
  });
});
