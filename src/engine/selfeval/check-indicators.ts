import { Money } from "../decimal";
import { FindingSink, where } from "./finding";
import { allIndicators, indicatorsOf } from "./check-weights";
import { PerfIndicator, PerfTable } from "./types";

/**
 * PERF.indicator.duplicate: the same indicator twice in one 年度目标 block (the 整体 table repeats
 * 企业群众满意度 in each block, which is fine). PERF.indicator.count: "共设置 40 个绩效指标" vs the rows.
 */
export function checkIndicators(t: PerfTable, sink: FindingSink): void {
  for (const goal of t.goals) {
    const byName = new Map<string, PerfIndicator[]>();
    for (const i of indicatorsOf(goal)) byName.set(i.name, [...(byName.get(i.name) ?? []), i]);
    for (const [name, rows] of byName) {
      if (rows.length < 2) continue;
      const cells = rows.map((r) => r.nameCell);
      const under = rows.map((r) => r.level2 || r.level1).join("、");
      sink.add(
        "PERF.indicator.duplicate",
        "error",
        t,
        {
          zh: `指标“${name}”列出 ${rows.length} 次（${where(cells)}，分属 ${under}），其分值被重复计入`,
          en: `indicator "${name}" is listed ${rows.length} times (${where(cells)}), so its weight counts twice`,
        },
        cells,
      );
    }
  }
  if (t.statedCount) {
    const rows = allIndicators(t).length;
    if (rows !== t.statedCount.count) {
      const expected = new Money(rows);
      const actual = new Money(t.statedCount.count);
      sink.add(
        "PERF.indicator.count",
        "error",
        t,
        {
          zh: `文中称共设置 ${t.statedCount.count} 个绩效指标（${t.statedCount.sheet}!${t.statedCount.address}），表中列出 ${rows} 个`,
          en: `the text states ${t.statedCount.count} indicators (${t.statedCount.sheet}!${t.statedCount.address}) but the table lists ${rows}`,
        },
        [
          t.statedCount,
          ...allIndicators(t)
            .slice(0, 1)
            .map((i) => i.nameCell),
        ],
        { expected, actual, difference: actual.minus(expected) },
      );
    }
  }
}
