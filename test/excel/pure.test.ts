import { escapeFormulaText } from "../../src/hosts/escape";
import { quoteSheet, splitAreas, splitSheetAddress } from "../../src/hosts/excel/address";
import { fromXml, toXml } from "../../src/hosts/excel/store";
import { parseRecord } from "../../src/hosts/excel/marks";

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
    expect(parseRecord(undefined)).toEqual({ cells: [] });
    const good = {
      sheetId: "1",
      sheet: "s",
      address: "A1",
      fill: null,
      font: { color: "#000000", bold: false },
    };
    expect(parseRecord({ cells: [good, { sheetId: 1 }, null] })).toEqual({ cells: [good] });
  });
});
