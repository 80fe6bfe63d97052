import { defineCheck } from "../catalogue";
import { Money } from "../decimal";
import { FindingSink, where } from "./finding";
import { allIndicators, indicatorsOf } from "./check-weights";
import { PerfIndicator, PerfTable } from "./types";

const DUPLICATE = defineCheck({
  id: "PERF.indicator.duplicate",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：指标“{name}”列出 {count} 次（{cells}，分属 {under}），其分值被重复计入",
    en: '{table}: indicator "{name}" is listed {count} times ({cells}, under {under}), so its weight counts twice',
  },
  describe: { zh: "同一指标不重复列出", en: "no indicator listed twice" },
});
const COUNT = defineCheck({
  id: "PERF.indicator.count",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：文中称共设置 {stated} 个绩效指标（{cell}），表中列出 {rows} 个",
    en: "{table}: the text states {stated} indicators ({cell}) but the table lists {rows}",
  },
  describe: { zh: "文中所称指标个数与表中一致", en: "the stated indicator count matches the rows" },
});

/**
 * PERF.indicator.duplicate: the same indicator twice in one 年度目标 block (the 整体 table repeats
 * 企业群众满意度 in each block, which is fine). PERF.indicator.count: "共设置 40 个绩效指标" vs the rows.
 */
export function checkIndicators(t: PerfTable, sink: FindingSink): void {
  for (const goal of t.goals) {
    // Pushed into one list per name (a spread per row made every row copy its name's list).
    const byName = new Map<string, PerfIndicator[]>();
    for (const i of indicatorsOf(goal)) {
      const rows = byName.get(i.name);
      if (rows) rows.push(i);
      else byName.set(i.name, [i]);
    }
    for (const [name, rows] of byName) {
      if (rows.length < 2) continue;
      const cells = rows.map((r) => r.nameCell);
      const under = rows.map((r) => r.level2 || r.level1).join("、");
      sink.add(DUPLICATE, t, { name, count: rows.length, cells: where(cells), under }, cells);
    }
  }
  if (t.statedCount) {
    const rows = allIndicators(t).length;
    if (rows !== t.statedCount.count) {
      const expected = new Money(rows);
      const actual = new Money(t.statedCount.count);
      const params = {
        stated: t.statedCount.count,
        cell: `${t.statedCount.sheet}!${t.statedCount.address}`,
        rows,
      };
      sink.add(
        COUNT,
        t,
        params,
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
