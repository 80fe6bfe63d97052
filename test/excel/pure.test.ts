import { escapeFormulaText } from "../../src/hosts/escape";
import { quoteSheet, splitAreas, splitFirstArea, splitSheetAddress } from "../../src/hosts/excel/address";
import { fromXml, toXml } from "../../src/hosts/excel/store";
import { allCells, encodeRecord, parseRecord, SavedCell } from "../../src/hosts/excel/mark-record";

describe("escapeFormulaText", () => {
  it.each(["=SUM(A1)", "+1+2", "-A1", "@cmd", "\tx", "\rx"])("prefixes %j with a quote", (s) => {
    expect(escapeFormulaText(s)).toBe(`'${s}`);
  });

  it.each(["合计", "1234.56", "", "a=b", " =x"])("leaves %j alone", (s) => {
    expect(escapeFormulaText(s)).toBe(s);
  });
});

describe("addresses", () => {
  it("quotes sheet names and splits them back", () => {
    expect(quoteSheet("a b's")).toBe("'a b''s'");
    expect(splitSheetAddress(`${quoteSheet("a b's")}!A1:B2`)).toEqual({ sheet: "a b's", range: "A1:B2" });
    expect(splitSheetAddress("Sheet1!C3")).toEqual({ sheet: "Sheet1", range: "C3" });
    expect(splitSheetAddress("C3")).toEqual({ sheet: "", range: "C3" });
  });

  it("quotes names with ! and splits them at the last !", () => {
    expect(quoteSheet("表!1")).toBe("'表!1'");
    expect(splitSheetAddress("'表!1'!A1")).toEqual({ sheet: "表!1", range: "A1" });
  });

  it("gives the first area of a multi-area address, with its sheet", () => {
    expect(splitFirstArea("'a, b''s'!A1:B2,'a, b''s'!C3")).toEqual({ sheet: "a, b's", range: "A1:B2" });
    expect(splitFirstArea("Sheet1!D4")).toEqual({ sheet: "Sheet1", range: "D4" });
  });

  it("splits multi-area addresses on commas outside quotes only", () => {
    expect(splitAreas("'a, b'!A1:B2,'a, b'!C3, Sheet1!D4")).toEqual(["A1:B2", "C3", "D4"]);
    expect(splitAreas("")).toEqual([]);
  });
});

describe("state XML", () => {
  it("round-trips JSON with characters XML must escape", () => {
    const data = { s: `<a href="x">&'</a>`, n: [1, null, true], zh: "审核" };
    expect(fromXml(toXml("urn:x", data))).toEqual(data);
  });

  it("reads a part Excel gives back with a declaration and a prefix", () => {
    expect(
      fromXml(`<?xml version="1.0"?><ns0:juesuan xmlns:ns0="urn:x">{&quot;a&quot;:&#49;}</ns0:juesuan>`),
    ).toEqual({
      a: 1,
    });
  });

  it("gives undefined for XML that is not ours or not JSON", () => {
    expect(fromXml("<other/>")).toBeUndefined();
    expect(fromXml("<juesuan>{</juesuan>")).toBeUndefined();
  });

  it("drops malformed mark records instead of failing", () => {
    expect(parseRecord(undefined)).toEqual({ batches: [] });
    const good = {
      sheetId: "1",
      sheet: "s",
      address: "A1",
      fill: null,
      font: { color: "#000000", bold: false },
    };
    expect(allCells(parseRecord({ cells: [good, { sheetId: 1 }, null] }))).toEqual([good]);
  });

  it("round-trips a record through its compact form, formats once each", () => {
    const font = { color: "#000000", bold: false };
    const cells: SavedCell[] = [
      { sheetId: "{1}", sheet: "表", address: "A1", fill: null, font },
      { sheetId: "{1}", sheet: "表", address: "B1", fill: null, font },
      {
        sheetId: "{2}",
        sheet: "表2",
        address: "C3",
        fill: { color: "#C6EFCE", tintAndShade: 0.4 },
        font: null,
      },
    ];
    cells[1].mark = "rounding";
    const batches = [
      { name: "JUESUAN_MARK_a_1", sheetId: "{1}", sheet: "表", cells: cells.slice(0, 2) },
      { name: "", sheetId: "{2}", sheet: "表2", cells: cells.slice(2) },
    ];
    const stored = encodeRecord({ batches });
    expect(stored.formats).toHaveLength(2);
    expect(parseRecord(JSON.parse(JSON.stringify(stored)))).toEqual({ batches });
    // The version before names and marks: cells grouped by format, read as one unnamed batch a sheet.
    expect(
      parseRecord({
        v: 2,
        formats: [{ fill: null, font }],
        sheets: [{ id: "1", name: "表", cells: { 0: "A1,B2" } }],
      }),
    ).toEqual({
      batches: [
        {
          name: "",
          sheetId: "1",
          sheet: "表",
          cells: [
            { sheetId: "1", sheet: "表", address: "A1", fill: null, font },
            { sheetId: "1", sheet: "表", address: "B2", fill: null, font },
          ],
        },
      ],
    });
    expect(parseRecord({ v: 2, formats: [{ fill: 3 }], sheets: [{ id: "1", cells: { 0: "A1" } }] })).toEqual({
      batches: [],
    });
    // A batch that lost a cell to damage loses its name too: the name pairs with the cells by position.
    const damaged = JSON.parse(JSON.stringify(stored));
    damaged.sheets[0].batches[0].formats = "0,9";
    expect(parseRecord(damaged).batches[0]).toMatchObject({ name: "", cells: [cells[0]] });
  });
});
