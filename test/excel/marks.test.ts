import { Finding } from "../../src/engine/findings";
import { createExcelHost } from "../../src/hosts/excel";
import { allCells, encodeRecord, parseRecord } from "../../src/hosts/excel/mark-record";
import { MARK_CELLS_PER_SYNC, MARK_STYLES, MAX_RECORD_CELLS } from "../../src/hosts/excel/marks";
import { fromXml, NAMESPACES, toXml } from "../../src/hosts/excel/store";
import { HostNotice } from "../../src/panel/host";
import { FakeBook, FakeCell } from "./fake-excel";

const SHEET = "支出决算表";

// The fakes run every Office.js call through office-addin-mock: thousands of cells take seconds on a busy machine.
jest.setTimeout(60000);

function finding(severity: Finding["severity"], ...addresses: string[]): Finding {
  return {
    rule: "ZC.row.total",
    severity,
    message: "合计不等于各项之和",
    cells: addresses.map((address) => ({ sheet: SHEET, address })),
  };
}

/** A sheet with every kind of original format marks must give back. */
function formattedBook(): FakeBook {
  const book = new FakeBook();
  book.addSheet(SHEET, [
    ["合计", 300, 100, 200],
    ["基本支出", "=B3", 50.5, "#REF!"],
  ]);
  book.cell(SHEET, "B2").formula = "=SUM(C2:D2)";
  // A1: no fill, black font. B1: an explicit white fill (not the same as no fill). C1: green fill,
  // blue bold font. D1: a patterned fill with a tint.
  book.cell(SHEET, "B1").fill = { color: "#FFFFFF", pattern: null, patternColor: null, tintAndShade: 0 };
  Object.assign(book.cell(SHEET, "C1"), {
    fill: { color: "#C6EFCE", pattern: null, patternColor: null, tintAndShade: 0 },
    fontColor: "#1F4E78",
    bold: true,
  });
  book.cell(SHEET, "D1").fill = {
    color: "#DDDDDD",
    pattern: "Gray25",
    patternColor: "#FF0000",
    tintAndShade: 0.4,
  };
  book.cell(SHEET, "D1").fontColor = "#FF0000";
  return book;
}

function snapshot(book: FakeBook): Record<string, FakeCell> {
  const sheet = book.sheet(SHEET)!;
  return JSON.parse(JSON.stringify(Object.fromEntries(sheet.cells)));
}

describe("mark and clearMarks", () => {
  it("marks by severity, the most severe finding winning, and changes no value or formula", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    const n = await host.mark([
      finding("warning", "A1", "C1"),
      finding("error", "C1", "B1"),
      finding("rounding", "D1"),
    ]);
    expect(n).toBe(4);
    expect(book.cell(SHEET, "A1").fill?.color).toBe(MARK_STYLES.warning.fill);
    expect(book.cell(SHEET, "C1").fill?.color).toBe(MARK_STYLES.error.fill);
    expect(book.cell(SHEET, "C1").fontColor).toBe(MARK_STYLES.error.font);
    expect(book.cell(SHEET, "D1").fill?.color).toBe(MARK_STYLES.rounding.fill);
    expect(book.cell(SHEET, "A1").bold).toBe(true);
    const after = snapshot(book);
    for (const [address, cell] of Object.entries(before)) {
      expect([address, after[address].value, after[address].formula]).toEqual([
        address,
        cell.value,
        cell.formula,
      ]);
    }
    expect(book.cell(SHEET, "B2").formula).toBe("=SUM(C2:D2)");
  });

  it("restores fills (none, white, coloured, patterned), font colours and bold exactly, after the panel reopened", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    await createExcelHost(book.run).mark([finding("error", "A1", "B1", "C1", "D1", "B2")]);
    expect(book.parts.some((p) => p.xml.includes(NAMESPACES.marks))).toBe(true);

    // A new host holds nothing in memory: the record must come from the workbook.
    const cleared = await createExcelHost(book.run).clearMarks();
    expect(cleared).toBe(5);
    expect(snapshot(book)).toEqual(before);
    expect(book.cell(SHEET, "A1").fill).toBeNull();
    expect(book.cell(SHEET, "B1").fill).toEqual({
      color: "#FFFFFF",
      pattern: null,
      patternColor: null,
      tintAndShade: 0,
    });
    expect(book.parts.some((p) => p.xml.includes(NAMESPACES.marks))).toBe(false);
    expect(await createExcelHost(book.run).clearMarks()).toBe(0);
  });

  it("keeps the first original when a marked cell is marked again", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    await host.mark([finding("warning", "C1")]);
    await host.mark([finding("error", "C1", "A1")]);
    expect(book.cell(SHEET, "C1").fill?.color).toBe(MARK_STYLES.error.fill);
    expect(await host.clearMarks()).toBe(2);
    expect(snapshot(book)).toEqual(before);
  });

  it("survives a renamed sheet and skips a deleted one", async () => {
    const book = formattedBook();
    book.addSheet("其他", [["x"]]);
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    await host.mark([
      finding("error", "A1"),
      { ...finding("error"), cells: [{ sheet: "其他", address: "A1" }] },
    ]);
    book.sheet(SHEET)!.name = "支出决算表（改）";
    book.sheets = book.sheets.filter((s) => s.name !== "其他");
    expect(await host.clearMarks()).toBe(1);
    book.sheet("支出决算表（改）")!.name = SHEET;
    expect(snapshot(book)).toEqual(before);
  });

  it("ignores cells on sheets that do not exist and addresses that are not cells", async () => {
    const book = formattedBook();
    const n = await createExcelHost(book.run).mark([
      { ...finding("error", "A1"), cells: [{ sheet: "没有这张表", address: "A1" }] },
      finding("error", "not-a-cell"),
    ]);
    expect(n).toBe(0);
    expect(book.parts).toEqual([]);
  });

  it("reads and writes large marks in batches within the per-sync limit", async () => {
    const book = new FakeBook();
    const rows = Array.from({ length: 1250 }, (_, i) => [i, i * 2]);
    book.addSheet(SHEET, rows);
    const before = snapshot(book);
    const addresses = rows.flatMap((_, i) => [`A${i + 1}`, `B${i + 1}`]);
    const host = createExcelHost(book.run);
    expect(await host.mark([finding("warning", ...addresses)])).toBe(2500);
    const batches = Math.ceil(2500 / MARK_CELLS_PER_SYNC);
    // sheets, names and record (none yet: no second read), reads of the originals, the record read
    // again before writing (none yet), then writes
    // and read back once more (1 + 1), in case another panel wrote meanwhile
    expect(book.syncCount).toBe(1 + batches + 1 + batches + 2);
    expect(Math.max(...book.proxiesPerSync)).toBeLessThanOrEqual(MARK_CELLS_PER_SYNC);
    expect(book.cell(SHEET, "B1250").fill?.color).toBe(MARK_STYLES.warning.fill);

    book.syncCount = 0;
    book.proxiesPerSync = [];
    expect(await host.clearMarks()).toBe(2500);
    // state and record, reads of the formats now, the record again (2), restores, and the check that
    // the record is gone (1: no part left to read)
    expect(book.syncCount).toBe(2 + batches + 2 + batches + 1);
    expect(Math.max(...book.proxiesPerSync)).toBeLessThanOrEqual(MARK_CELLS_PER_SYNC);
    expect(snapshot(book)).toEqual(before);
  });
});

describe("marks on protected sheets, rich text and large records", () => {
  it("leaves a protected sheet alone, marks the others, and names it", async () => {
    const book = formattedBook();
    const locked = book.addSheet("受保护", [["x", "y"]]);
    locked.protected = true;
    const before = JSON.stringify(locked.cells);
    const host = createExcelHost(book.run);
    const marking = host.mark([
      finding("error", "A1"),
      { ...finding("error"), cells: [{ sheet: "受保护", address: "A1:B1" }] },
    ]);
    await expect(marking).rejects.toBeInstanceOf(HostNotice);
    await expect(marking).rejects.toMatchObject({
      key: "markedSomeProtected",
      intent: "info",
      params: { n: 1, sheets: "受保护" },
    });
    expect(book.cell(SHEET, "A1").fill?.color).toBe(MARK_STYLES.error.fill);
    expect(JSON.stringify(locked.cells)).toBe(before);
    expect(await host.clearMarks()).toBe(1);
  });

  it("keeps the marks of a sheet protected since, and clears them once it is unprotected", async () => {
    const book = formattedBook();
    const other = book.addSheet("其他", [["x"]]);
    const before = snapshot(book);
    const otherBefore = JSON.stringify(other.cells);
    const host = createExcelHost(book.run);
    await host.mark([
      finding("error", "A1"),
      { ...finding("error"), cells: [{ sheet: "其他", address: "A1" }] },
    ]);
    other.protected = true;
    await expect(host.clearMarks()).rejects.toMatchObject({
      key: "clearedSomeProtected",
      params: { n: 1, sheets: "其他" },
    });
    expect(snapshot(book)).toEqual(before);
    expect(book.cell("其他", "A1").fill?.color).toBe(MARK_STYLES.error.fill);
    other.protected = false;
    expect(await host.clearMarks()).toBe(1);
    expect(JSON.stringify(other.cells)).toBe(otherBefore);
    expect(book.parts).toEqual([]);
  });

  it("marks a sheet protected with formatting allowed", async () => {
    const book = formattedBook();
    Object.assign(book.sheet(SHEET)!, { protected: true, allowFormatCells: true });
    expect(await createExcelHost(book.run).mark([finding("error", "A1")])).toBe(1);
  });

  it("leaves the font of a rich-text cell alone and still restores its fill", async () => {
    const book = formattedBook();
    Object.assign(book.cell(SHEET, "C1"), { fontColor: null, bold: null });
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    expect(await host.mark([finding("error", "C1")])).toBe(1);
    expect(book.cell(SHEET, "C1").fill?.color).toBe(MARK_STYLES.error.fill);
    expect(book.cell(SHEET, "C1").fontColor).toBeNull();
    expect(await createExcelHost(book.run).clearMarks()).toBe(1);
    expect(snapshot(book)).toEqual(before);
  });

  it("keeps the record small: a few bytes a cell, never one object per cell", async () => {
    const book = new FakeBook();
    const rows = Array.from({ length: 150 }, (_, i) => Array.from({ length: 10 }, (__, j) => i * 10 + j));
    book.addSheet(SHEET, rows);
    const addresses = rows.map((_, i) => `A${i + 1}:J${i + 1}`);
    expect(await createExcelHost(book.run).mark([finding("warning", ...addresses)])).toBe(1500);
    const xml = book.parts.find((p) => p.xml.includes(NAMESPACES.marks))!.xml;
    // ~8 bytes a cell: MAX_RECORD_CELLS (50,000) stay near 400 KB, far below the ~5 MB request limit.
    expect(xml.length / 1500).toBeLessThan(10);
    expect(xml).not.toContain("&quot;");
  });

  it("stops adding cells to the record at its cap, re-marks cells it holds, and counts the rest", async () => {
    const book = new FakeBook();
    book.addSheet(SHEET, [[1]]);
    book.parts.push({ id: "old", xml: "" });
    // A record already at its cap (cells on this sheet, in rows no finding touches).
    const id = book.sheet(SHEET)!.id;
    const full = Array.from({ length: MAX_RECORD_CELLS }, (_, i) => ({
      sheetId: id,
      sheet: SHEET,
      address: `Z${i + 10}`,
      fill: null,
      font: { color: "#000000", bold: false },
    }));
    full[0].address = "A1";
    const record = { batches: [{ name: "", sheetId: id, sheet: SHEET, cells: full }] };
    book.parts[0].xml = toXml(NAMESPACES.marks, encodeRecord(record));
    await expect(
      createExcelHost(book.run).mark([finding("error", "A1", "B1", "C1:C15")]),
    ).rejects.toMatchObject({ key: "markedOverCap", intent: "info", params: { n: 1, skipped: 16 } });
    expect(book.cell(SHEET, "A1").fill?.color).toBe(MARK_STYLES.error.fill);
    expect(book.cell(SHEET, "B1").fill).toBeNull();
  });

  it("clears marks recorded by the earlier version, one object per cell", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const id = book.sheet(SHEET)!.id;
    book.cell(SHEET, "A1").fill = { color: "#FFC7CE", pattern: null, patternColor: null, tintAndShade: 0 };
    const legacy = {
      cells: [
        { sheetId: id, sheet: SHEET, address: "A1", fill: null, font: { color: "#000000", bold: false } },
      ],
    };
    // The earlier version escaped quotes too: &quot; must still read back.
    book.parts.push({
      id: "1",
      xml: `<juesuan xmlns="${NAMESPACES.marks}">${JSON.stringify(legacy).replace(/"/g, "&quot;")}</juesuan>`,
    });
    expect(await createExcelHost(book.run).clearMarks()).toBe(1);
    expect(snapshot(book)).toEqual(before);
  });

  it("runs a clear clicked during a mark after it, so nothing stays marked", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    const [marked, cleared] = await Promise.all([
      host.mark([finding("error", "A1", "B1", "C1")]),
      host.clearMarks(),
    ]);
    expect([marked, cleared]).toEqual([3, 3]);
    expect(snapshot(book)).toEqual(before);
  });

  it("explains Office's errors in words the user can act on", async () => {
    const host = createExcelHost(async () => {
      throw Object.assign(new Error("You cannot perform the requested operation."), { code: "AccessDenied" });
    });
    await expect(host.exportReview([])).rejects.toMatchObject({ key: "errProtected" });
    await expect(host.mark([finding("error", "A1")])).rejects.toMatchObject({ key: "errProtected" });
  });
});

describe("marks on merged cells", () => {
  it("marks every cell of a merged area a finding names, and restores each exactly", async () => {
    const book = formattedBook();
    book.sheet(SHEET)!.merges = ["A1:D1"];
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    expect(await host.mark([finding("error", "A1:D1"), finding("warning", "B1")])).toBe(4);
    expect(book.cell(SHEET, "D1").fill?.color).toBe(MARK_STYLES.error.fill);
    expect(await host.clearMarks()).toBe(4);
    expect(snapshot(book)).toEqual(before);
  });
});

describe("the mark record", () => {
  it("drops the cells of sheets deleted since, when marking again", async () => {
    const book = formattedBook();
    book.addSheet("其他", [["x"]]);
    const host = createExcelHost(book.run);
    await host.mark([{ ...finding("error"), cells: [{ sheet: "其他", address: "A1" }] }]);
    book.sheets = book.sheets.filter((s) => s.name !== "其他");
    await host.mark([finding("error", "A1")]);
    const record = parseRecord(fromXml(book.parts[0].xml));
    expect(allCells(record).map((c) => c.sheet)).toEqual([SHEET]);
  });
});

describe("clearing safely", () => {
  const GREEN = { color: "#C6EFCE", pattern: null, patternColor: null, tintAndShade: 0 };
  const YELLOW = { color: "#FFFF00", pattern: null, patternColor: null, tintAndShade: 0 };

  it("leaves a cell whose fill the reviewer changed after marking, and says so", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const host = createExcelHost(book.run);
    await host.mark([finding("error", "A1", "C1")]);
    book.cell(SHEET, "C1").fill = { ...YELLOW };
    await expect(host.clearMarks()).rejects.toMatchObject({
      key: "clearedSomeChanged",
      intent: "info",
      params: { n: 1, changed: 1 },
    });
    expect(book.cell(SHEET, "C1").fill).toEqual(YELLOW);
    expect(book.cell(SHEET, "A1")).toEqual(before.A1);
    // Nothing is left recorded: the yellow cell is the reviewer's now, and a second clear is a no-op.
    expect(book.parts).toEqual([]);
    expect(await host.clearMarks()).toBe(0);
  });

  it("gives back the font only where it still shows the mark", async () => {
    const book = formattedBook();
    const host = createExcelHost(book.run);
    await host.mark([finding("error", "A1", "C1")]);
    book.cell(SHEET, "C1").fontColor = "#0000FF";
    expect(await host.clearMarks()).toBe(2);
    expect(book.cell(SHEET, "C1").fill).toEqual(GREEN);
    expect(book.cell(SHEET, "C1").fontColor).toBe("#0000FF");
    expect(book.cell(SHEET, "A1").fontColor).toBe("#000000");
  });

  it("finds its cells after rows were inserted or deleted above them", async () => {
    const book = formattedBook();
    book.addSheet("其他", [["x"]]);
    const host = createExcelHost(book.run);
    await host.mark([finding("error", "C1", "B2")]);
    // A hidden defined name per batch lists the marked cells; Excel moves it with the rows.
    expect(book.names).toHaveLength(1);
    expect(book.names[0]).toMatchObject({ name: expect.stringMatching(/^JUESUAN_MARK_/), visible: false });
    expect(book.names[0].formula).toBe(`='${SHEET}'!$C$1,'${SHEET}'!$B$2`);

    book.shiftRows(SHEET, 0, 2); // two rows inserted at the top: C1 is C3 now, B2 is B4
    const cleared = await host.clearMarks();
    expect(cleared).toBe(2);
    expect(book.cell(SHEET, "C3").fill).toEqual(GREEN);
    expect(book.cell(SHEET, "C3").fontColor).toBe("#1F4E78");
    expect(book.cell(SHEET, "B4").fill).toBeNull();
    // Nothing was painted at the old addresses, and the names are gone with the record.
    expect(book.cell(SHEET, "C1").fill).toBeNull();
    expect(book.names).toEqual([]);
    expect(book.parts).toEqual([]);
  });

  it("drops a marked cell whose row was deleted and restores the rest where they moved", async () => {
    const book = formattedBook();
    const host = createExcelHost(book.run);
    await host.mark([finding("error", "C1", "B2")]);
    book.shiftRows(SHEET, 0, -1); // row 1 deleted: C1 is gone, B2 is B1
    expect(await host.clearMarks()).toBe(1);
    expect(book.cell(SHEET, "B1").fill).toBeNull();
    expect(book.cell(SHEET, "B1").value).toBe("=B3");
  });

  it("keeps tracking the rest of a batch after one of its cells was deleted", async () => {
    const book = formattedBook();
    const host = createExcelHost(book.run);
    await host.mark([finding("error", "C1", "B2")]);
    book.shiftRows(SHEET, 0, -1);
    await host.mark([finding("warning", "A1")]); // rewrites the record: B2's batch is named again
    book.shiftRows(SHEET, 0, 1); // a row inserted again: B1 is back at B2, A1 at A2
    expect(await host.clearMarks()).toBe(2);
    expect(book.cell(SHEET, "B2").fill).toBeNull();
    expect(book.cell(SHEET, "A2").fill).toBeNull();
    expect(book.cell(SHEET, "A2").bold).toBe(false);
  });

  it("never paints a saved original over a cell a sort moved into a marked place", async () => {
    const book = formattedBook();
    Object.assign(book.cell(SHEET, "B2"), { fill: { ...YELLOW }, fontColor: "#FF0000", bold: true });
    const host = createExcelHost(book.run);
    await host.mark([finding("error", "B1")]);
    book.swapRows(SHEET, 0, 1); // sorted: the yellow cell is B1 now, the marked one B2
    await expect(host.clearMarks()).rejects.toMatchObject({ key: "clearedSomeChanged" });
    expect(book.cell(SHEET, "B1")).toMatchObject({ fill: YELLOW, fontColor: "#FF0000", bold: true });
  });

  it("keeps what two panels mark at the same time, and clears both", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const [a, b] = [createExcelHost(book.run), createExcelHost(book.run)];
    expect(
      await Promise.all([a.mark([finding("error", "A1", "C1")]), b.mark([finding("warning", "D1", "B2")])]),
    ).toEqual([2, 2]);
    expect(
      allCells(parseRecord(fromXml(book.parts[0].xml)))
        .map((c) => c.address)
        .sort(),
    ).toEqual(["A1", "B2", "C1", "D1"]);
    expect(book.parts).toHaveLength(1);
    expect(await a.clearMarks()).toBe(4);
    expect(snapshot(book)).toEqual(before);
    expect(book.names).toEqual([]);
  });

  it("keeps the other panel's original when both mark the same cell at once", async () => {
    const book = formattedBook();
    const before = snapshot(book);
    const [a, b] = [createExcelHost(book.run), createExcelHost(book.run)];
    await Promise.all([a.mark([finding("error", "C1")]), b.mark([finding("error", "C1", "D1")])]);
    expect(allCells(parseRecord(fromXml(book.parts[0].xml))).filter((c) => c.address === "C1")).toHaveLength(
      1,
    );
    expect(await b.clearMarks()).toBe(2);
    expect(snapshot(book)).toEqual(before);
  });
});
