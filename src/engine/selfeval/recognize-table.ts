import { readAmount } from "../amount";
import { SheetView } from "./grid";
import { GoalLabel, goalSections } from "./recognize-goals";
import { indicatorHeader, IndicatorColumns, readIndicators } from "./recognize-indicators";
import {
  budgetWeightIn,
  gradeIn,
  isInvalid,
  norm,
  readNumberCell,
  readRateCell,
  splitWeight,
  statedCountIn,
  weightNumber,
} from "./text";
import { PerfBudget, PerfGroup, PerfInvalid, PerfNumber, PerfTable, PerfText } from "./types";

/** One 自评表's rows: from its title to the row before the next title (or the sheet's end). */
export interface PerfRegion {
  view: SheetView;
  top: number;
  bottom: number;
  /** The title as found, both lines joined when it spans two rows. */
  title: string;
}

/**
 * 预算数 and 执行数 headers of the budget block. Provinces also write 年初预算数 alone and 实际支出数; where
 * the national template gives both 年初预算数 and 全年预算数, the rate is taken on 全年预算数 (see budgetColumns).
 */
const BUDGET = /^(全年|调整后|年初|年度)?预算数/;
const INITIAL_BUDGET = /^年初/;
const EXECUTED = /^(全年|实际)?(执行|支出)数/;
/** The letters BUDGET and EXECUTED can start with. */
const BUDGET_FIRST = "全调年预";
const EXECUTED_FIRST = "全实执支";

const LABELS = {
  unit: /^(单位|部门)名称$/,
  project: /^项目名称$/,
  // "其中：基本支出" as the rows of a budget block often read.
  basic: /^(其中:)?基本支出(总额|合计|总计)?$/,
  projects: /^(其中:)?项目支出(总额|合计|总计)?$/,
  // 合计 / 总计 also total the budget block's amounts: only one below the indicator header is the 总分.
  total: /^(总分|自评总分|综合得分|合计$|总计$)/,
  reason: /(偏差|未完成).*原因/,
  improve: /^改进措施/,
  goal: /^年度目标\d*[:]?/,
};
/** The letters LABELS.total, .improve and .goal can start with (.reason needs 原因, names 名称). */
const FIRST_LABEL_FIRST = "总自综合改年";

interface Scan {
  headers: { row: number; cols: IndicatorColumns }[];
  goalLabels: GoalLabel[];
  /** Rows that end an indicator section. */
  stops: number[];
  budgetHeader?: number;
  unitName?: string;
  projectName?: string;
  totals: { row: number; col: number }[];
  reason?: { row: number; col: number };
  grade?: PerfText & { grade: string };
  statedCount?: PerfText & { count: number };
}

/** The first letters of the words the scan looks for in every cell (名称, 等级, 共设). */
const SCAN_LETTERS = /[名等共]/;
/** "评价等级 | 优": a label alone in its cell, the grade in the next. */
const GRADE_LABEL = /^(评价|自评|绩效)?等级$/;
const INLINE_UNIT = /^(?:单位|部门)名称:(.+)$/;
const GOAL_NAME = /^年度目标\d*/;

/**
 * One pass over the region's rows. Every test is screened by a letter or word its pattern needs
 * ("名称", "等级", "共设"; 总分 starts with 总), so most cells, indicator rows and their long results,
 * cost a few `includes` on their text and are never normed here.
 */
function scan(region: PerfRegion): Scan {
  const { view } = region;
  const s: Scan = { headers: [], goalLabels: [], stops: [], totals: [] };
  for (let row = region.top; row <= region.bottom; row++) {
    const cols = view.filled(row);
    if (cols.length === 0) continue;
    const header = indicatorHeader(view, row);
    if (header) {
      s.headers.push({ row, cols: header });
      s.stops.push(row);
      continue;
    }
    if (s.budgetHeader === undefined && isBudgetHeader(view, row, cols)) s.budgetHeader = row;
    firstLabel(view, row, cols[0], s);
    let gradeLabel = -1;
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      // One test for the first letters of 名称, 等级 and 共设: few cells hold any.
      if (!SCAN_LETTERS.test(view.text(row, col))) continue;
      // 单位名称 / 项目名称 labels: only cells naming a 名称 are tried (most cells are indicator rows).
      if (i > 0 && view.labelHas(row, col, "名称")) nameLabel(view, row, col, view.label(row, col), s);
      if (view.labelHas(row, col, "等级")) {
        const t = view.label(row, col);
        const grade = gradeIn(t);
        if (grade) s.grade ??= { ...view.refText(row, col), grade };
        if (gradeLabel < 0 && GRADE_LABEL.test(t)) gradeLabel = i;
      }
      const count = view.labelHas(row, col, "共设") ? statedCountIn(view.label(row, col)) : undefined;
      if (count !== undefined) s.statedCount ??= { ...view.refText(row, col), count };
    }
    if (!s.grade && gradeLabel >= 0 && gradeLabel + 1 < cols.length) {
      const col = cols[gradeLabel + 1];
      const grade = gradeIn(`等级${view.text(row, col)}`);
      if (grade) s.grade = { ...view.refText(row, col), grade };
    }
  }
  return s;
}

/** A row naming both 预算数 and 执行数 heads the budget block. */
function isBudgetHeader(view: SheetView, row: number, cols: readonly number[]): boolean {
  let budget = false;
  let executed = false;
  for (const col of cols) {
    budget ||= view.startsWithAny(row, col, BUDGET_FIRST) && BUDGET.test(view.label(row, col));
    executed ||= view.startsWithAny(row, col, EXECUTED_FIRST) && EXECUTED.test(view.label(row, col));
  }
  return budget && executed;
}

/** "单位名称：X" in one cell, or 单位名称 / 项目名称 with the name in the next filled cell. */
function nameLabel(view: SheetView, row: number, col: number, t: string, s: Scan): boolean {
  const inlineUnit = INLINE_UNIT.exec(t);
  if (inlineUnit) s.unitName ??= inlineUnit[1];
  else if (LABELS.unit.test(t)) s.unitName ??= nextText(view, row, col);
  else if (LABELS.project.test(t)) s.projectName ??= nextText(view, row, col);
  else return false;
  return true;
}

function nextText(view: SheetView, row: number, col: number): string | undefined {
  const c = view.rightOf(row, col);
  return c === undefined ? undefined : view.text(row, c);
}

/**
 * The row's first cell: a name label, or a label that ends the indicator rows (总分, 偏差原因, 改进措施,
 * 年度目标). Those stand first in their row, so a result text cannot end them.
 */
function firstLabel(view: SheetView, row: number, col: number, s: Scan): void {
  const named = view.labelHas(row, col, "名称");
  if (!named && !view.labelHas(row, col, "原因") && !view.startsWithAny(row, col, FIRST_LABEL_FIRST)) return;
  const t = view.label(row, col);
  if (named && nameLabel(view, row, col, t, s)) return;
  if (LABELS.total.test(t) && t.length <= 12) {
    s.totals.push({ row, col });
    s.stops.push(row);
  } else if (LABELS.reason.test(t) && t.length <= 30) {
    s.reason ??= { row, col };
    s.stops.push(row);
  } else if (LABELS.improve.test(t)) s.stops.push(row);
  else if (LABELS.goal.test(t)) {
    const w = splitWeight(t).weight;
    s.goalLabels.push({
      row,
      name: GOAL_NAME.exec(t)?.[0] ?? "年度目标",
      weight: w === undefined ? undefined : weightNumber(view.ref(row, col), w, view.text(row, col)),
    });
    s.stops.push(row);
  }
}

/** Reads a region; undefined when it holds no indicator header (a caption that only names a 自评表). */
export function readPerfTable(region: PerfRegion): PerfTable | undefined {
  const s = scan(region);
  if (s.headers.length === 0) return undefined;
  const { view } = region;
  const invalid: PerfInvalid[] = [];
  const kind = /整体(支出)?绩效自评表$/.test(region.title) ? "overall" : "project";
  const firstHeader = s.headers[0].row;

  const sections = goalSections(view, s.headers, s.goalLabels, s.stops, region.bottom);
  const goals: PerfGroup[] = sections.map((section, i) => {
    const { label } = section;
    const name = kind === "overall" ? (label?.name ?? `年度目标${i + 1}`) : "年度绩效目标";
    const read = readIndicators(view, section.from, section.stop, section.cols, name);
    // Some 整体 tables give a block's weight in its 年度目标 label rather than in the indicator header.
    read.goal.weight ??= label?.weight;
    invalid.push(...read.invalid);
    return read.goal;
  });

  const table: PerfTable = {
    id: "",
    kind,
    name: kind === "overall" ? "整体" : projectName(region.title, s),
    title: region.title,
    sheet: view.sheet.name,
    range: {
      top: region.top,
      left: view.bounds.left,
      bottom: lastFilledRow(region),
      right: view.bounds.right,
    },
    budget:
      s.budgetHeader !== undefined && s.budgetHeader < firstHeader
        ? readBudget(view, s.budgetHeader, firstHeader, invalid)
        : {},
    goals,
    invalid,
  };
  table.id = `PERF:${table.name}`;
  if (kind === "overall") {
    // 基本支出 / 项目支出 rows inside the budget block carry 预算数 and 执行数: the parts of 执行数 are under 执行数.
    const block =
      s.budgetHeader !== undefined && s.budgetHeader < firstHeader
        ? { header: s.budgetHeader, executed: budgetColumns(view, s.budgetHeader).executed }
        : undefined;
    const labelled = (label: RegExp) => labelledAmount(view, region.top, firstHeader, label, block, invalid);
    table.basicTotal = labelled(LABELS.basic);
    table.projectTotal = labelled(LABELS.projects);
  }
  const { score: scoreCol, weight: weightCol } = s.headers[s.headers.length - 1].cols;
  const total = s.totals.find((c) => c.row > firstHeader);
  if (total) table.total = readTotal(view, total.row, total.col, scoreCol, weightCol, invalid);
  if (s.reason) {
    const c = view.rightOf(s.reason.row, s.reason.col);
    const col = c ?? view.nextCol(s.reason.row, s.reason.col);
    table.reason = {
      ...view.ref(s.reason.row, col),
      text: c === undefined ? "" : view.text(s.reason.row, c),
    };
  }
  if (s.grade) table.grade = s.grade;
  if (s.statedCount) table.statedCount = s.statedCount;
  return table;
}

/**
 * The project's name: the title minus year, unit and "项目支出绩效自评表"; the 项目名称 cell when the title
 * ends with it or names nothing else. (The seed's 编外用工 table calls itself "编外用工项目申报表" in 项目名称.)
 */
function projectName(title: string, s: Scan): string {
  const field = s.projectName ? norm(s.projectName) : undefined;
  let t = norm(title)
    .replace(/^\d{4}年度?/, "")
    .replace(/项目(支出)?绩效自评表$/, "");
  if (field && t.endsWith(field)) return field;
  const unit = s.unitName ? norm(s.unitName) : undefined;
  if (unit && t.startsWith(unit)) t = t.slice(unit.length);
  return t !== "" && unit ? t : (field ?? (t || "项目"));
}

function lastFilledRow(region: PerfRegion): number {
  for (let row = region.bottom; row > region.top; row--) if (region.view.filled(row).length > 0) return row;
  return region.top;
}

function toNumber(v: PerfNumber | PerfInvalid | undefined, invalid: PerfInvalid[]): PerfNumber | undefined {
  if (isInvalid(v)) {
    invalid.push(v);
    return undefined;
  }
  return v;
}

function amount(
  view: SheetView,
  row: number,
  col: number,
  what: string,
  invalid: PerfInvalid[],
): PerfNumber | undefined {
  const a = readAmount(view.ref(row, col), view.raw(row, col), view.text(row, col));
  if (a.invalid) invalid.push({ sheet: a.sheet, address: a.address, text: a.text, what });
  if (a.value === null) return undefined;
  return { sheet: a.sheet, address: a.address, value: a.value, decimals: a.decimals, text: a.text };
}

/**
 * The amount labelled 基本支出总额 / 项目支出总额: beside its label (the seed: "基本支出总额 | 1,362.33"), or
 * under 执行数 when the label heads a row of the budget block ("基本支出 | 2,100 | 2,000": 预算数, 执行数).
 */
function labelledAmount(
  view: SheetView,
  top: number,
  stop: number,
  label: RegExp,
  block: { header: number; executed?: number } | undefined,
  invalid: PerfInvalid[],
): PerfNumber | undefined {
  for (let row = top; row < stop; row++) {
    for (const col of view.filled(row)) {
      const t = view.label(row, col);
      if (!label.test(t)) continue;
      const inBlock = block?.executed !== undefined && row > block.header && col < block.executed;
      const c = inBlock ? block.executed : view.rightOf(row, col);
      return c === undefined ? undefined : amount(view, row, c, t, invalid);
    }
  }
  return undefined;
}

/** 总分: inline ("总分：97"), under the 得分 column (the national template also totals 分值), or beside the label. */
function readTotal(
  view: SheetView,
  row: number,
  col: number,
  scoreCol: number,
  weightCol: number | undefined,
  invalid: PerfInvalid[],
): PerfNumber | undefined {
  const inline = /^(?:自评)?总分[:]?(\d+(?:\.\d+)?)分?$/.exec(view.label(row, col));
  if (inline) return weightNumber(view.ref(row, col), inline[1], view.text(row, col));
  const c = scoreCol > col && view.text(row, scoreCol) !== "" ? scoreCol : view.rightOf(row, col);
  // The national template's 总分 row also totals 分值 (100): with its 得分 left blank, that 100 is the
  // weights' total, not the score, and no 总分 is stated.
  if (c === undefined || c === weightCol) return undefined;
  return toNumber(readNumberCell(view.ref(row, c), view.raw(row, c), view.text(row, c), "总分"), invalid);
}

/**
 * The budget block: a header row naming 预算数 / 执行数 / 执行率 / 得分 and the first row below it with
 * amounts. The weight is in the block's label ("预算执行情况（万元）(20 分)") or in "得分（20 分*执行率）".
 */
type BudgetColumns = Partial<Record<"budget" | "executed" | "weight" | "rate" | "score", number>>;

/** The columns the budget block's header names. */
function budgetColumns(view: SheetView, header: number): BudgetColumns {
  const cols: BudgetColumns = {};
  // Whether the 预算数 column taken so far is 年初预算数, which a 全年 (adjusted) 预算数 replaces.
  let initial = false;
  for (const col of view.filled(header)) {
    const t = view.label(header, col);
    if (BUDGET.test(t)) {
      if (cols.budget === undefined || (initial && !INITIAL_BUDGET.test(t))) {
        cols.budget = col;
        initial = INITIAL_BUDGET.test(t);
      }
    } else if (EXECUTED.test(t)) cols.executed ??= col;
    else if (/^(分值|权重)/.test(t)) cols.weight ??= col;
    else if (/^得分/.test(t)) cols.score ??= col;
    else if (/执行率|^\(?B\/A\)?$/.test(t)) cols.rate ??= col;
  }
  return cols;
}

function readBudget(view: SheetView, header: number, stop: number, invalid: PerfInvalid[]): PerfBudget {
  const cols = budgetColumns(view, header);
  const budget: PerfBudget = {};
  const last = Math.min(stop - 1, header + 3);
  for (let row = Math.max(view.bounds.top, header - 2); row <= last && !budget.weight; row++) {
    for (const col of view.filled(row)) {
      const w = budgetWeightIn(view.label(row, col));
      if (w !== undefined) {
        budget.weight = weightNumber(view.ref(row, col), w, view.text(row, col));
        break;
      }
    }
  }
  for (let row = header + 1; row <= last; row++) {
    const read = (col: number | undefined) =>
      col === undefined ? undefined : readAmount(view.ref(row, col), view.raw(row, col), view.text(row, col));
    const b = read(cols.budget);
    const e = read(cols.executed);
    // The amounts' row is the first with a number under 预算数 or 执行数; labels above it are not amounts.
    if (!b?.value && !e?.value) continue;
    budget.budget = cols.budget === undefined ? undefined : amount(view, row, cols.budget, "预算数", invalid);
    budget.executed =
      cols.executed === undefined ? undefined : amount(view, row, cols.executed, "执行数", invalid);
    if (cols.rate !== undefined) {
      budget.rate = toNumber(
        readRateCell(view.ref(row, cols.rate), view.raw(row, cols.rate), view.text(row, cols.rate)),
        invalid,
      );
    }
    // The national template gives the block's weight in a 分值 column.
    if (cols.weight !== undefined && !budget.weight) {
      const c = cols.weight;
      budget.weight = toNumber(
        readNumberCell(view.ref(row, c), view.raw(row, c), view.text(row, c), "分值"),
        invalid,
      );
    }
    if (cols.score !== undefined) {
      const c = cols.score;
      budget.score = toNumber(
        readNumberCell(view.ref(row, c), view.raw(row, c), view.text(row, c), "预算执行得分"),
        invalid,
      );
    }
    break;
  }
  return budget;
}
