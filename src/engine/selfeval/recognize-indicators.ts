import { SheetView } from "./grid";
import { isInvalid, readNumberCell, splitWeight, weightNumber, weightOnly } from "./text";
import { PerfGroup, PerfIndicator, PerfInvalid, PerfNumber } from "./types";

/**
 * The indicator part of a 自评表: a header row (一级指标 / 二级指标 / 三级指标 or 指标名称 / 年初目标值 /
 * 实际完成值 / 得分, sometimes a 分值 column) and the rows below it. Group labels are merged down many
 * rows, so a label holds for every row until the next label in its column.
 */
export interface IndicatorColumns {
  /** Left of 一级指标: holds the block's weight in the header ("年度绩效目标 (80 分)") and group weights ("45 分"). */
  groupWeight?: number;
  level1?: number;
  level2?: number;
  name: number;
  weight?: number;
  target?: number;
  result?: number;
  score: number;
  reason?: number;
}

const NAME_HEADER = /^(三级指标|指标名称|绩效指标名称)/;
const SCORE_HEADER = /^(自评)?得分/;
const HEADERS: [keyof IndicatorColumns, RegExp][] = [
  ["level1", /^一级指标/],
  ["level2", /^二级指标/],
  ["name", NAME_HEADER],
  ["weight", /^(分值|权重|指标分值|指标权重|标准分|满分)/],
  ["target", /目标值|指标值/],
  ["result", /完成值|^实际值|^实际完成(情况)?$/],
  ["score", SCORE_HEADER],
  ["reason", /偏差|原因/],
];

/** The columns of an indicator header row; undefined when the row is not one. */
export function indicatorHeader(view: SheetView, row: number): IndicatorColumns | undefined {
  const cols = view.filled(row);
  // A header names its indicator and score columns (三级指标 / 指标名称, 得分): most rows do not, and
  // skip the patterns, which would otherwise run on every cell of rows that name a 产出指标.
  let names = false;
  let scores = false;
  for (const col of cols) {
    names ||= view.startsWithAny(row, col, "三指绩") && NAME_HEADER.test(view.label(row, col));
    scores ||= view.startsWithAny(row, col, "自得") && SCORE_HEADER.test(view.label(row, col));
  }
  if (!names || !scores) return undefined;
  const found: Partial<IndicatorColumns> = {};
  for (const col of cols) {
    const t = view.label(row, col);
    for (const [key, re] of HEADERS) {
      if (found[key] === undefined && re.test(t)) {
        found[key] = col;
        break;
      }
    }
  }
  const { level1, level2, weight, target, result, reason } = found;
  if (found.name === undefined || found.score === undefined) return undefined;
  if (level1 === undefined && level2 === undefined) return undefined;
  const first = level1 ?? level2 ?? found.name;
  const groupWeight = first > view.bounds.left ? first - 1 : undefined;
  return {
    groupWeight,
    level1,
    level2,
    name: found.name,
    weight,
    target,
    result,
    score: found.score,
    reason,
  };
}

/** "小计" in a label column closes the 一级指标 above it. */
function isSubtotal(view: SheetView, row: number, cols: IndicatorColumns): boolean {
  const subtotal = (col: number | undefined) =>
    col !== undefined && view.startsWithAny(row, col, "小") && view.label(row, col) === "小计";
  return subtotal(cols.level1) || subtotal(cols.level2) || subtotal(cols.name);
}

export interface IndicatorSection {
  goal: PerfGroup;
  invalid: PerfInvalid[];
}

/** Reads rows header+1 … stop−1 into a level-0 group named `goalName`. */
export function readIndicators(
  view: SheetView,
  header: number,
  stop: number,
  cols: IndicatorColumns,
  goalName: string,
): IndicatorSection {
  const invalid: PerfInvalid[] = [];
  const goalCell = cols.groupWeight ?? cols.level1 ?? cols.name;
  // Weights are split from the cached labels (`norm`ed once per cell), names keep the cell's text.
  const goalLabel = splitWeight(view.label(header, goalCell));
  const goal: PerfGroup = {
    level: 0,
    name: goalName,
    cell: view.ref(header, goalCell),
    weight: goalLabel.weight
      ? weightNumber(view.ref(header, goalCell), goalLabel.weight, view.text(header, goalCell))
      : undefined,
    children: [],
    indicators: [],
  };
  const text = (row: number, col: number | undefined): string =>
    col === undefined ? "" : view.text(row, col);
  const label = (row: number, col: number | undefined): string =>
    col === undefined ? "" : view.label(row, col);
  let level1: PerfGroup | undefined;
  let level2: PerfGroup | undefined;
  // A group weight seen on its own row ("45 分") or beside the group label, waiting for its group.
  let pending: PerfNumber | undefined;

  /** An 一级指标 named in (row, col); one without a label (col being 二级 or the name) is unnamed. */
  const openLevel1 = (row: number, col: number, named: boolean): PerfGroup => {
    const split = splitWeight(named ? view.label(row, col) : "");
    const ref = view.ref(row, col);
    const group: PerfGroup = {
      level: 1,
      name: split.name,
      cell: ref,
      weight: split.weight ? weightNumber(ref, split.weight, view.text(row, col)) : pending,
      children: [],
      indicators: [],
    };
    pending = undefined;
    goal.children.push(group);
    return group;
  };

  /** The number in the weight column of a row that names a group but no indicator ("产出指标 | | | 50"). */
  const rowWeight = (row: number): PerfNumber | undefined => {
    if (cols.weight === undefined) return undefined;
    const w = readNumberCell(
      view.ref(row, cols.weight),
      view.raw(row, cols.weight),
      view.text(row, cols.weight),
      "分值",
    );
    return isInvalid(w) ? undefined : w;
  };

  for (let row = header + 1; row < stop; row++) {
    const filled = view.filled(row);
    // "小计" closes the 一级指标 above it: its weight is that group's, it is no indicator.
    if (isSubtotal(view, row, cols)) {
      if (level1 && !level1.weight) level1.weight = rowWeight(row);
      continue;
    }
    // A group weight on its own row ("45 分" alone) or in the weight column beside its group.
    const weightCol = filled.length === 1 ? filled[0] : cols.groupWeight;
    const weightText = text(row, weightCol);
    // "45 分" ends with 分 as its text does (texts are trimmed, 分 is no full-width form).
    const w = weightText.endsWith("分") ? weightOnly(label(row, weightCol)) : undefined;
    if (w !== undefined && weightCol !== undefined) {
      pending = weightNumber(view.ref(row, weightCol), w, weightText);
      if (filled.length === 1) continue;
    }
    const name = text(row, cols.name);
    const l1 = text(row, cols.level1);
    if (l1 !== "" && cols.level1 !== undefined) {
      level1 = openLevel1(row, cols.level1, true);
      level2 = undefined;
      // A group's own row, with its weight in the weight column ("产出指标 | | | 50 | | | 48").
      if (name === "" && text(row, cols.level2) === "") level1.weight ??= rowWeight(row);
    }
    const l2 = text(row, cols.level2);
    if (l2 !== "" && cols.level2 !== undefined) {
      level1 ??= openLevel1(row, cols.level2, false);
      const split = splitWeight(view.label(row, cols.level2));
      const ref = view.ref(row, cols.level2);
      level2 = {
        level: 2,
        name: split.name,
        cell: ref,
        weight: split.weight ? weightNumber(ref, split.weight, l2) : name === "" ? rowWeight(row) : undefined,
        children: [],
        indicators: [],
      };
      level1.children.push(level2);
    }
    if (name === "") continue;
    level1 ??= openLevel1(row, cols.name, false);
    const indicator = readIndicator(view, row, cols, name, level1.name, level2?.name ?? "", invalid);
    (level2 ?? level1).indicators.push(indicator);
  }
  return { goal, invalid };
}

function readIndicator(
  view: SheetView,
  row: number,
  cols: IndicatorColumns,
  label: string,
  level1: string,
  level2: string,
  invalid: PerfInvalid[],
): PerfIndicator {
  const split = splitWeight(view.label(row, cols.name));
  const nameCell = view.ref(row, cols.name);
  let weight: PerfNumber | undefined = split.weight ? weightNumber(nameCell, split.weight, label) : undefined;
  if (cols.weight !== undefined) {
    const w = readNumberCell(
      view.ref(row, cols.weight),
      view.raw(row, cols.weight),
      view.text(row, cols.weight),
      "分值",
    );
    if (isInvalid(w)) invalid.push(w);
    else if (w) weight = w;
  }
  const scoreCell = view.ref(row, cols.score);
  const score = readNumberCell(scoreCell, view.raw(row, cols.score), view.text(row, cols.score), "得分");
  if (isInvalid(score)) invalid.push(score);
  const at = (col: number | undefined) =>
    col === undefined ? view.refText(row, cols.name, "") : view.refText(row, col);
  return {
    name: split.name,
    nameCell,
    level1,
    level2,
    weight,
    target: at(cols.target),
    result: at(cols.result),
    score: isInvalid(score) ? undefined : score,
    reason: cols.reason === undefined ? undefined : at(cols.reason),
  };
}
