import { Finding } from "../../src/engine/findings";
import { createExcelHost } from "../../src/hosts/excel";
import { ExcelRun } from "../../src/hosts/excel/run";
import { HostNotice } from "../../src/panel/host";
import { FakeBook } from "./fake-excel";

/**
 * Excel 2019 (ExcelApi up to 1.8) installs the panel alone from the base manifest. It checks and
 * exports, but cannot save and restore fill patterns and tints: marking is refused with a message
 * before any cell changes, rather than failing halfway with Office's own error.
 */
const SHEET = "支出决算表";
const FINDING: Finding = {
  rule: "ZC.row.total",
  severity: "error",
  message: "合计不等于各项之和",
  cells: [{ sheet: SHEET, address: "B1" }],
};

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet(SHEET, [["合计", 300]]);
  return b;
}

describe("the Excel host on an Excel without ExcelApi 1.9", () => {
  const upTo18 = (version: string) => Number(version.split(".")[1]) <= 8;

  it("refuses to mark or clear, naming why, and touches nothing", async () => {
    const b = book();
    let calls = 0;
    const run = ((...args: Parameters<ExcelRun>) => {
      calls++;
      return (b.run as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as ExcelRun;
    const host = createExcelHost(run, upTo18);
    const before = JSON.stringify(b.cell(SHEET, "B1"));
    for (const attempt of [() => host.mark([FINDING]), () => host.clearMarks()]) {
      const refused = await attempt().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(HostNotice);
      expect((refused as HostNotice).key).toBe("errOldExcel");
      expect((refused as HostNotice).message).toContain("ExcelApi 1.9");
    }
    expect(calls).toBe(0);
    expect(JSON.stringify(b.cell(SHEET, "B1"))).toBe(before);
  });

  it("still reads the workbook", async () => {
    const read = await createExcelHost(book().run, upTo18).readWorkbook();
    expect(read.sheets.map((s) => s.name)).toContain(SHEET);
  });

  it("marks where ExcelApi 1.9 is there", async () => {
    expect(await createExcelHost(book().run, () => true).mark([FINDING])).toBe(1);
  });
});
