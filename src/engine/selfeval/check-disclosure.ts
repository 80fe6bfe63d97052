import Decimal from "decimal.js";
import { defineCheck } from "../catalogue";
import { AmountCell } from "../amount";
import { compareEqual, Comparison } from "../rounding";
import { formatAmount } from "../decimal";
import { TableInstance, TableKey } from "../tables/types";
import { FindingSink, money, severityOf } from "./finding";
import { PerfNumber, PerfTable } from "./types";

/** The disclosure tables that carry 基本支出 / 项目支出 totals, and each one's total column. */
const SOURCES: { key: TableKey; zh: string; total: string }[] = [
  { key: "T_YBZC", zh: "一般公共预算财政拨款支出决算表", total: "合计" },
  { key: "T_ZC", zh: "支出决算表", total: "本年支出合计" },
];

interface Match {
  source: (typeof SOURCES)[number];
  cell: AmountCell;
  comparison: Comparison;
}

const DISCLOSURE = defineCheck({
  id: "PERF.overall.vs.disclosure",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：{label} {figure}（{address}）与{source}合计行{column} {shown}（{cell}）不符{tail}",
    en: "{table}: {label} {figure} ({address}) differs from {source} total {column} {shown} ({cell}){tail}",
  },
  describe: {
    zh: "整体自评表的基本、项目支出与公开表一致",
    en: "the 整体 table's spending matches the disclosure tables",
  },
});

const RANK = { exact: 0, rounding: 1, inconsistent: 2 } as const;

/**
 * PERF.overall.vs.disclosure: the 整体 table's 基本支出总额, 项目支出总额 and 执行数 are the department's
 * spending, which the disclosure tables also publish. The 自评表 counts 财政资金, so it may match either
 * 一般公共预算财政拨款支出决算表 or 支出决算表: a figure is reported only when it matches neither.
 */
export function checkAgainstDisclosure(
  t: PerfTable,
  tables: TableInstance[],
  sink: FindingSink,
  slack: Decimal,
): void {
  if (t.kind !== "overall") return;
  const figures: [string, string, PerfNumber | undefined][] = [
    ["基本支出", "基本支出总额", t.basicTotal],
    ["项目支出", "项目支出总额", t.projectTotal],
    ["", "部门整体支出总额执行数", t.budget.executed],
  ];
  for (const [column, label, figure] of figures) {
    if (!figure) continue;
    const matches: Match[] = [];
    for (const source of SOURCES) {
      const instance = tables.find((i) => i.key === source.key && i.rows.some((r) => r.kind === "total"));
      const row = instance?.rows.find((r) => r.kind === "total");
      const cell = row?.cells[column || source.total];
      if (!cell || cell.invalid) continue;
      matches.push({ source, cell, comparison: compareEqual(figure, cell, slack) });
    }
    if (matches.length === 0) continue;
    matches.sort(
      (a, b) =>
        RANK[a.comparison.verdict] - RANK[b.comparison.verdict] ||
        a.comparison.difference.abs().comparedTo(b.comparison.difference.abs()),
    );
    const best = matches[0];
    const severity = severityOf(best.comparison.verdict);
    if (!severity) continue;
    const shown = best.cell.value ? formatAmount(best.cell.value, best.cell.decimals) : "0.00";
    const params = {
      label,
      figure: figure.text,
      address: figure.address,
      source: { zh: best.source.zh, en: best.source.key },
      column: column ? column : { zh: "合计", en: "total" },
      shown,
      cell: `${best.cell.sheet}!${best.cell.address}`,
      tail: severity === "rounding" ? { zh: "（尾差，仍应一致）", en: " (rounding difference)" } : "",
    };
    const { expected, actual, difference } = best.comparison;
    sink.add(
      DISCLOSURE,
      t,
      params,
      [figure, best.cell],
      { expected, actual, difference },
      { severity, format: money },
    );
  }
}
