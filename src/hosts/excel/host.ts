import { CellRef } from "../../engine/model";
import { PanelHost } from "../../taskpane/host";
import { splitSheetAddress } from "./address";
import { clearMarksIn, markIn } from "./marks";
import { readWorkbookIn } from "./read";
import { exportReviewIn } from "./review";
import { excelApiSupported, excelRun, ExcelRun } from "./run";
import { parseAssignments, parseSettings } from "./settings";
import { loadJson, NAMESPACES, saveJson } from "./store";

/** Cells one select may name: a long multi-area address is slow and may pass Excel's limits. */
const SELECT_MAX_CELLS = 100;

/**
 * The panel's host inside Excel, over Office.js. It needs ExcelApi 1.9 (fill patterns and tints for
 * marks); merged areas (1.13) are read where available, and the trigger source of change events (1.14)
 * is used where present. `run` is Excel.run and `supports` asks for a requirement set; tests pass fakes.
 * What it keeps (marks' originals, settings, table assignments) lives in the workbook: see store.ts.
 */
export function createExcelHost(
  run: ExcelRun = excelRun,
  supports: (excelApi: string) => boolean = excelApiSupported,
): PanelHost {
  /** Sheets the add-in writes (审核结果): their change events are ours, not the user's. */
  const ownSheets = new Set<string>();

  async function select(cells: CellRef[]): Promise<void> {
    const first = cells[0];
    if (!first) return;
    const addresses = [...new Set(cells.filter((c) => c.sheet === first.sheet).map((c) => c.address))];
    const selected = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(first.sheet);
      await context.sync();
      if (sheet.isNullObject) return true;
      sheet.activate();
      sheet.getRanges(addresses.slice(0, SELECT_MAX_CELLS).join(",")).select();
      await context.sync();
      return true;
    }).catch(() => false);
    if (selected) return;
    // A host without multi-area ranges (before ExcelApi 1.9): the first cell alone. Selecting is a
    // convenience, so a cell that cannot be selected (a stale address) is left alone, not an error.
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(first.sheet);
      sheet.activate();
      sheet.getRange(first.address).select();
      await context.sync();
    }).catch(() => undefined);
  }

  function onChange(callback: () => void): () => void {
    let stopped = false;
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    const remove = (h: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>) =>
      run(h.context, async (context) => {
        h.remove();
        await context.sync();
      }).catch(() => undefined);
    run(async (context) => {
      const h = context.workbook.worksheets.onChanged.add(async (event) => {
        if (stopped || event.triggerSource === "ThisLocalAddin" || ownSheets.has(event.worksheetId)) return;
        callback();
      });
      await context.sync();
      return h;
    })
      .then((h) => {
        handler = h;
        if (stopped) void remove(h);
      })
      // Without change events the panel still works: the user re-checks by hand.
      .catch(() => undefined);
    return () => {
      stopped = true;
      if (handler) void remove(handler);
    };
  }

  return {
    kind: "excel",
    readWorkbook: () =>
      run((context) =>
        readWorkbookIn(context, { merges: supports("1.13"), onOwnSheet: (id) => ownSheets.add(id) }),
      ),
    select,
    mark: (findings) => markIn(run, findings),
    clearMarks: () => clearMarksIn(run),
    exportReview: (findings) => exportReviewIn(run, findings, (id) => ownSheets.add(id)),
    loadSettings: async () => parseSettings(await loadJson(run, NAMESPACES.settings)),
    saveSettings: (settings) => saveJson(run, NAMESPACES.settings, parseSettings(settings)),
    loadAssignments: async () => parseAssignments(await loadJson(run, NAMESPACES.assignments)),
    saveAssignments: (assignments) => saveJson(run, NAMESPACES.assignments, parseAssignments(assignments)),
    selectedRange: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return splitSheetAddress(range.address);
      }).catch(() => undefined),
    onChange,
  };
}
