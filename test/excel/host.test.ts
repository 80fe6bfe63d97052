import { createExcelHost } from "../../src/hosts/excel";
import { NAMESPACES, toXml } from "../../src/hosts/excel/store";
import { REVIEW_SHEET } from "../../src/hosts/excel/review";
import { DEFAULT_SETTINGS, PanelSettings } from "../../src/panel/host";
import { TableAssignment } from "../../src/engine/tables/types";
import { RULE_GROUPS } from "../../src/engine";
import { FakeBook } from "./fake-excel";

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet("收入支出决算总表", [["2024年度收入支出决算总表"]]);
  b.addSheet("支出决算表", [["2024年度支出决算表"]]);
  return b;
}

describe("settings and table assignments", () => {
  it("gives the defaults in a workbook that has none", async () => {
    expect(await createExcelHost(book().run).loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await createExcelHost(book().run).loadAssignments()).toEqual([]);
  });

  it("keeps settings in the workbook across a reopened panel, replacing the older ones", async () => {
    const b = book();
    const group = RULE_GROUPS[0].id;
    const first: PanelSettings = { lang: "en", disabledGroups: [group], roundingSlack: 1, autoCheck: false };
    await createExcelHost(b.run).saveSettings(first);
    await createExcelHost(b.run).saveSettings({ ...first, roundingSlack: 2 });
    expect(await createExcelHost(b.run).loadSettings()).toEqual({ ...first, roundingSlack: 2 });
    expect(b.parts.filter((p) => p.xml.includes(NAMESPACES.settings))).toHaveLength(1);
  });

  it("keeps the last of two settings saved at once (two quick clicks)", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    await Promise.all([
      host.saveSettings({ ...DEFAULT_SETTINGS, roundingSlack: 1 }),
      host.saveSettings({ ...DEFAULT_SETTINGS, roundingSlack: 2 }),
    ]);
    expect(await createExcelHost(b.run).loadSettings()).toEqual({ ...DEFAULT_SETTINGS, roundingSlack: 2 });
    expect(b.parts).toHaveLength(1);
  });

  it("keeps table assignments in the workbook", async () => {
    const b = book();
    const assignments: TableAssignment[] = [{ key: "T_ZC", sheet: "支出决算表", range: "A1:H40" }];
    await createExcelHost(b.run).saveAssignments(assignments);
    expect(await createExcelHost(b.run).loadAssignments()).toEqual(assignments);
    await createExcelHost(b.run).saveAssignments([]);
    expect(await createExcelHost(b.run).loadAssignments()).toEqual([]);
  });

  it("falls back field by field when the stored state is damaged", async () => {
    const b = book();
    b.parts.push({
      id: "1",
      xml: toXml(NAMESPACES.settings, { lang: "fr", disabledGroups: ["nope", 3], autoCheck: false }),
    });
    b.parts.push({ id: "2", xml: `<juesuan xmlns="${NAMESPACES.assignments}">{not json</juesuan>` });
    const host = createExcelHost(b.run);
    expect(await host.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCheck: false });
    expect(await host.loadAssignments()).toEqual([]);
  });
});

describe("select and selectedRange", () => {
  it("activates the first cell's sheet and selects its cells there", async () => {
    const b = book();
    await createExcelHost(b.run).select([
      { sheet: "支出决算表", address: "C7" },
      { sheet: "收入支出决算总表", address: "B2" },
      { sheet: "支出决算表", address: "C8" },
      { sheet: "支出决算表", address: "C7" },
    ]);
    expect(b.activeSheet).toBe("支出决算表");
    expect(b.selection).toEqual({ sheet: "支出决算表", address: "C7,C8" });
  });

  it("selects the first cell alone where multi-area ranges are missing", async () => {
    const b = book();
    b.noMultiArea = true;
    await createExcelHost(b.run).select([
      { sheet: "支出决算表", address: "C7" },
      { sheet: "支出决算表", address: "C8" },
    ]);
    expect(b.selection).toEqual({ sheet: "支出决算表", address: "C7" });
  });

  it("says so, in the panel's words, for a sheet that is gone or hidden", async () => {
    const b = book();
    b.sheet("支出决算表")!.visibility = "Hidden";
    const host = createExcelHost(b.run);
    for (const sheet of ["没有", "支出决算表"]) {
      await expect(host.select([{ sheet, address: "A1" }])).rejects.toMatchObject({
        key: "errSelectHidden",
        params: { sheet },
      });
    }
    expect(b.selection).toBeUndefined();
    expect(b.activeSheet).toBe("收入支出决算总表");
  });

  it("selects on a sheet whose name has spaces, quotes and !", async () => {
    const b = book();
    b.addSheet("a b's!", [["x"]]);
    await createExcelHost(b.run).select([
      { sheet: "a b's!", address: "A1:B2" },
      { sheet: "a b's!", address: "D4" },
    ]);
    expect(b.activeSheet).toBe("a b's!");
    expect(b.selection).toEqual({ sheet: "a b's!", address: "A1:B2,D4" });
  });

  it("reports the user's selection as sheet and range", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    expect(await host.selectedRange()).toBeUndefined();
    b.selection = { sheet: "支出决算表", address: "A1:H40" };
    expect(await host.selectedRange()).toEqual({ sheet: "支出决算表", range: "A1:H40" });
  });

  it("reports the first area of a multi-area selection, on a sheet with a quoted name", async () => {
    const b = book();
    b.addSheet("a, b's!", [["x"]]);
    b.selection = { sheet: "a, b's!", address: "A1:H40,J1:J3" };
    expect(await createExcelHost(b.run).selectedRange()).toEqual({ sheet: "a, b's!", range: "A1:H40" });
  });
});

describe("onChange", () => {
  const flush = () => new Promise((resolve) => setImmediate(resolve));

  it("calls back on the user's edits, not on the add-in's own, until unsubscribed", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    const calls: number[] = [];
    const stop = host.onChange(() => calls.push(1));
    await flush();
    const userSheet = b.sheet("支出决算表")!.id;

    await b.fireChange({ worksheetId: userSheet, triggerSource: "Unknown" });
    expect(calls).toHaveLength(1);
    await b.fireChange({ worksheetId: userSheet, triggerSource: "ThisLocalAddin" });
    expect(calls).toHaveLength(1);

    // Hosts without a trigger source: our 审核结果 sheet is recognised by its id.
    await host.exportReview([]);
    await b.fireChange({ worksheetId: b.sheet(REVIEW_SHEET)!.id });
    expect(calls).toHaveLength(1);

    stop();
    await flush();
    expect(b.handlers.size).toBe(0);
    await b.fireChange({ worksheetId: userSheet });
    expect(calls).toHaveLength(1);
  });

  it("knows an earlier 审核结果 sheet as its own once it has read the workbook", async () => {
    const b = book();
    await createExcelHost(b.run).exportReview([]);
    const reopened = createExcelHost(b.run);
    const calls: number[] = [];
    reopened.onChange(() => calls.push(1));
    await flush();
    await b.fireChange({ worksheetId: b.sheet(REVIEW_SHEET)!.id });
    expect(calls).toHaveLength(1);
    await reopened.readWorkbook();
    await b.fireChange({ worksheetId: b.sheet(REVIEW_SHEET)!.id });
    expect(calls).toHaveLength(1);
  });

  it("unsubscribes even when called before the handler was registered", async () => {
    const b = book();
    const stop = createExcelHost(b.run).onChange(() => undefined);
    stop();
    await flush();
    await flush();
    expect(b.handlers.size).toBe(0);
  });
});

describe("the fake workbook", () => {
  it("enforces Office.js's load-then-sync discipline through office-addin-mock", async () => {
    const b = book();
    const name = await b.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("支出决算表");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake under test
      const unloaded = ws.name;
      ws.load("name");
      await context.sync();
      return [unloaded, ws.name];
    });
    expect(name).toEqual(["Error, property was not loaded", "支出决算表"]);
  });
});
