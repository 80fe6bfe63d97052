import { CellRef } from "../../engine/model";
import { HostNotice, PanelHost } from "../../panel/host";
import { splitFirstArea } from "./address";
import { explain } from "./errors";
import { loadExplanationsIn, saveExplanationsIn } from "./explanations";
import { loadNarrativeIn, saveNarrativeIn } from "./narrative";
import { clearMarksIn, markIn, MarkOutcome } from "./marks";
import { readWorkbookIn } from "./read";
import { exportReviewIn } from "./review";
import { excelApiSupported, excelRun, ExcelRun } from "./run";
import { parseAssignments, parseSettings } from "./settings";
import { loadJson, NAMESPACES, saveJson } from "./store";
import { loadUserRulesIn, saveUserRulesIn } from "./user-rules";

/** Fill patterns and tints, which marks save and restore (Excel 2021 and Microsoft 365; not 2019). */
const MARKS_API = "1.9";

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

  /**
   * Writes run one at a time. Two marks at once (a double click) would each read the record before the
   * other wrote it, and the second would save the first one's marks as the cells' originals: 清除标记
   * would then restore marks, for good.
   */
  let writing: Promise<unknown> = Promise.resolve();
  function serial<T>(write: () => Promise<T>): Promise<T> {
    const next = writing.then(write, write);
    writing = next.catch(() => undefined);
    return next.catch((e: unknown) => Promise.reject(explain(e)));
  }

  /**
   * The count, or a notice of what was left alone: cells on protected sheets, cells past the record's
   * cap (mark), cells whose fill was changed since marking (clear).
   */
  function outcome(o: MarkOutcome, partial: HostNotice["key"]): number {
    if (o.protectedSheets.length)
      throw new HostNotice(partial, { n: o.cells, sheets: o.protectedSheets.join("”、“") }, "info");
    if (o.skipped) throw new HostNotice("markedOverCap", { n: o.cells, skipped: o.skipped }, "info");
    if (o.changed) throw new HostNotice("clearedSomeChanged", { n: o.cells, changed: o.changed }, "info");
    return o.cells;
  }

  /** Marks write fill patterns and tints: on an Excel without them (2019), say so before any change. */
  function needMarksApi(): void {
    if (!supports(MARKS_API)) throw new HostNotice("errOldExcel");
  }

  async function select(cells: CellRef[]): Promise<void> {
    const first = cells[0];
    if (!first) return;
    const addresses = [...new Set(cells.filter((c) => c.sheet === first.sheet).map((c) => c.address))];
    const selected = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(first.sheet);
      sheet.load("visibility");
      await context.sync();
      // A sheet deleted or hidden since the check cannot be shown: say so rather than do nothing.
      if (sheet.isNullObject || sheet.visibility !== "Visible") return "gone";
      sheet.activate();
      sheet.getRanges(addresses.slice(0, SELECT_MAX_CELLS).join(",")).select();
      await context.sync();
      return "done";
    }).catch(() => "failed");
    if (selected === "gone") throw new HostNotice("errSelectHidden", { sheet: first.sheet });
    if (selected === "done") return;
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
      ).catch((e: unknown) => Promise.reject(explain(e))),
    select,
    mark: (findings) =>
      serial(async () => {
        needMarksApi();
        return outcome(await markIn(run, findings), "markedSomeProtected");
      }),
    clearMarks: () =>
      serial(async () => {
        needMarksApi();
        return outcome(await clearMarksIn(run), "clearedSomeProtected");
      }),
    exportReview: (findings) => serial(() => exportReviewIn(run, findings, (id) => ownSheets.add(id))),
    loadSettings: async () => parseSettings(await loadJson(run, NAMESPACES.settings)),
    // Saves are serial too: two at once would each find no part and each add one, and a later load
    // would read the first, older one.
    saveSettings: (settings) => serial(() => saveJson(run, NAMESPACES.settings, parseSettings(settings))),
    loadAssignments: async () => parseAssignments(await loadJson(run, NAMESPACES.assignments)),
    loadUserRules: () => loadUserRulesIn(run).catch((e: unknown) => Promise.reject(explain(e))),
    saveUserRules: (rules) => serial(() => saveUserRulesIn(run, rules)),
    saveAssignments: (assignments) =>
      serial(() => saveJson(run, NAMESPACES.assignments, parseAssignments(assignments))),
    selectedRange: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        // A multi-area selection ("S!A1:B2,S!D4") names its first area: a table is one rectangle.
        return splitFirstArea(range.address);
      }).catch(() => undefined),
    onChange,
    loadNarrative: () => loadNarrativeIn(run),
    saveNarrative: (narrative) => serial(() => saveNarrativeIn(run, narrative)),
    loadExplanations: () => loadExplanationsIn(run),
    saveExplanations: (explanations) => serial(() => saveExplanationsIn(run, explanations)),
  };
}
