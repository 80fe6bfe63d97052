import { defineCheck } from "../catalogue";
import { Money } from "../decimal";
import { Finding } from "../findings";
import { Workbook, rangeToA1 } from "../model";
import { CheckOptions, TableLocation } from "../result";
import { TableInstance } from "../tables/types";
import { checkBudget } from "./check-budget";
import { checkAgainstDisclosure } from "./check-disclosure";
import { checkIndicators } from "./check-indicators";
import { checkCaps, checkQuantitative, checkReasons, checkTotal } from "./check-scores";
import { checkWeights } from "./check-weights";
import { FindingSink } from "./finding";
import { recognizePerfTables } from "./recognize";
import { PerfTable } from "./types";

export { recognizePerfTables } from "./recognize";
export type { PerfBudget, PerfGroup, PerfIndicator, PerfNumber, PerfTable, PerfText } from "./types";

const INVALID = defineCheck({
  id: "PERF.cell.invalid",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：{what}单元格 {cell} 的内容“{text}”不是数值，相关核对已跳过",
    en: '{table}: {what} cell {cell} holds "{text}", not a number; checks that need it were skipped',
  },
  describe: {
    zh: "自评表中应为数值的单元格不是数值",
    en: "a 自评表 cell that should hold a number does not",
  },
});

function checkInvalid(t: PerfTable, sink: FindingSink): void {
  for (const c of t.invalid) {
    sink.add(INVALID, t, { what: c.what, cell: `${c.sheet}!${c.address}`, text: c.text }, [c]);
  }
}

/**
 * Finds the workbook's 绩效自评表 and checks them (domain §6): weights, scores, budget execution,
 * quantitative rows, reasons, duplicates, the stated indicator count, and the 整体 table against the
 * disclosure tables (`tables`, as recognised by the table recognition). `perf`: the 自评表 when the
 * caller has them already (checkWorkbook recognises them once for this and the 情况说明 step).
 */
export function checkPerformance(
  wb: Workbook,
  tables: TableInstance[],
  options: CheckOptions = {},
  perf: PerfTable[] = recognizePerfTables(wb),
): { tables: TableLocation[]; findings: Finding[] } {
  const locations = perf.map((t) => ({
    key: t.id,
    title: t.title,
    sheet: t.sheet,
    range: rangeToA1(t.range),
  }));
  if (options.disabledGroups?.includes("perf")) return { tables: locations, findings: [] };
  const sink = new FindingSink(options.lang ?? "zh");
  const slack = new Money(options.roundingSlack ?? 0).dividedBy(100);
  for (const t of perf) {
    checkInvalid(t, sink);
    checkWeights(t, sink);
    checkCaps(t, sink);
    checkTotal(t, sink, slack);
    checkBudget(t, sink, slack);
    checkQuantitative(t, sink, slack);
    checkReasons(t, sink);
    checkIndicators(t, sink);
    checkAgainstDisclosure(t, tables, sink, slack);
  }
  return { tables: locations, findings: sink.findings };
}
