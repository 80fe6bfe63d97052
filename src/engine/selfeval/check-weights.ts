import { defineCheck } from "../catalogue";
import { Money } from "../decimal";
import { CellRef } from "../model";
import { decimalOf, equal, Exact, exactOf, plus } from "./exact";
import { FindingSink, where } from "./finding";
import { PerfGroup, PerfIndicator, PerfTable } from "./types";

const MISSING = defineCheck({
  id: "PERF.weights.missing",
  group: "perf",
  severity: "warning",
  messages: {
    zh: "{table}：指标“{name}”（{address}）未标明分值，无法核对其所在分组的分值合计",
    en: '{table}: indicator "{name}" ({address}) states no weight; its group\'s weights cannot be checked',
  },
  describe: { zh: "指标未标明分值", en: "an indicator without a weight" },
});
const GROUP = defineCheck({
  id: "PERF.weights.group",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：“{group}”标明 {weight} 分（{address}），其下各项分值合计 {parts} 分（{cells}）",
    en: '{table}: "{group}" states {weight} points ({address}) but its parts weigh {parts} ({cells})',
  },
  describe: { zh: "分组分值 = 其下各项分值之和", en: "a group's weight is the sum of its parts'" },
});
const TOTAL = defineCheck({
  id: "PERF.weights.total",
  group: "perf",
  severity: "error",
  messages: {
    zh: "{table}：全部分值合计 {total} 分（预算执行 {budget} 分 + 绩效指标 {goals} 分），应为 100 分",
    en: "{table}: all weights add up to {total} (budget execution {budget} + indicators {goals}), not 100",
  },
  describe: { zh: "全部分值合计 100 分", en: "all weights add up to 100" },
});

/** 100 points, in cents. */
const HUNDRED_CENTS = 10000;

/** Every indicator under a group, in sheet order. */
export function indicatorsOf(g: PerfGroup): PerfIndicator[] {
  return collect(g, []);
}

export function allIndicators(t: PerfTable): PerfIndicator[] {
  const out: PerfIndicator[] = [];
  for (const g of t.goals) collect(g, out);
  return out;
}

/** Pushed into one array: each check asks for every indicator, and spreads per level cost more than the check. */
function collect(g: PerfGroup, out: PerfIndicator[]): PerfIndicator[] {
  for (const i of g.indicators) out.push(i);
  for (const c of g.children) collect(c, out);
  return out;
}

/** What a group weighs to its parent: the weight it states, else the sum of what it holds. */
function statedOrHeld(g: PerfGroup): Exact | undefined {
  return g.weight ? exactOf(g.weight) : held(g);
}

/** The sum of a group's parts (stated weights of subgroups, weights of its own rows); undefined when one is missing. */
function held(g: PerfGroup): Exact | undefined {
  let total: Exact = 0;
  for (const c of g.children) {
    const w = statedOrHeld(c);
    if (w === undefined) return undefined;
    total = plus(total, w);
  }
  for (const i of g.indicators) {
    if (!i.weight) return undefined;
    total = plus(total, exactOf(i.weight));
  }
  return total;
}

/** What the rows weigh: the row weights when all are given, else (for the incomplete part) the stated weight. */
function rowWeight(g: PerfGroup): Exact | undefined {
  let total: Exact = 0;
  for (const c of g.children) {
    const w = rowWeight(c);
    if (w === undefined) return g.weight && exactOf(g.weight);
    total = plus(total, w);
  }
  for (const i of g.indicators) {
    if (!i.weight) return g.weight && exactOf(g.weight);
    total = plus(total, exactOf(i.weight));
  }
  return total;
}

/** The cells holding what a group's parts weigh: a subgroup's stated weight, else its own parts' cells. */
function partCells(g: PerfGroup): CellRef[] {
  return [
    ...g.children.flatMap((c) => (c.weight ? [c.weight] : partCells(c))),
    ...g.indicators.map((i) => i.weight ?? i.nameCell),
  ];
}

function groupLabel(g: PerfGroup): string {
  return g.level === 0 ? g.name : g.name || "（未命名）";
}

/**
 * PERF.weights.group: a group's stated weight equals what its parts weigh (a subgroup counts with its
 * own stated weight, so one wrong row is reported once, where it sits).
 * PERF.weights.total: the budget block and all rows weigh 100.
 * PERF.weights.missing: a row whose weight the table does not state.
 */
export function checkWeights(t: PerfTable, sink: FindingSink): void {
  const rows = allIndicators(t);
  if (!rows.some((i) => i.weight)) return;
  for (const i of rows) {
    if (i.weight) continue;
    sink.add(MISSING, t, { name: i.name, address: i.nameCell.address }, [i.nameCell]);
  }
  const visit = (g: PerfGroup) => {
    g.children.forEach(visit);
    const sum = held(g);
    if (!g.weight || sum === undefined || equal(sum, exactOf(g.weight))) return;
    const parts = decimalOf(sum);
    const cells = partCells(g);
    const params = {
      group: groupLabel(g),
      weight: String(g.weight.value),
      address: g.weight.address,
      parts: String(parts),
      cells: where(cells),
    };
    const numbers = { expected: parts, actual: g.weight.value, difference: g.weight.value.minus(parts) };
    sink.add(GROUP, t, params, [g.weight, ...cells], numbers);
  };
  t.goals.forEach(visit);

  const goalWeights = t.goals.map(rowWeight);
  if (goalWeights.some((w) => w === undefined) || (t.budget.score && !t.budget.weight)) return;
  const budgetWeight = t.budget.weight ? exactOf(t.budget.weight) : 0;
  const goalsWeight = goalWeights.reduce<Exact>((s, w) => plus(s, w as Exact), 0);
  const exactTotal = plus(budgetWeight, goalsWeight);
  if (equal(exactTotal, HUNDRED_CENTS)) return;
  const [budget, goals, total] = [budgetWeight, goalsWeight, exactTotal].map(decimalOf);
  const hundred = new Money(100);
  // A block that states no weight (the national template's "绩效指标" column) is named by the cells its
  // weight comes from, not by its header label, which holds no number to correct.
  const cells = [
    ...(t.budget.weight ? [t.budget.weight] : []),
    ...t.goals.flatMap((g) => (g.weight ? [g.weight] : partCells(g))),
  ];
  const params = { total: String(total), budget: String(budget), goals: String(goals) };
  sink.add(TOTAL, t, params, cells, { expected: hundred, actual: total, difference: total.minus(hundred) });
}
