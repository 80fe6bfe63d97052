import { Sheet, Workbook } from "../model";
import { SheetView } from "./grid";
import { PerfRegion, readPerfTable } from "./recognize-table";
import { norm, statedCountIn } from "./text";
import { PerfTable, PerfText } from "./types";

/**
 * Finds the 整体绩效自评表 and 项目支出绩效自评表 of a workbook by their titles. A title may take two
 * rows ("2024 年度…政务大厅“三免”服务" above "项目支出绩效自评表"); a sheet may hold several tables.
 */
const TITLE = /绩效自评表$/;
/** A title line that names no project or department: its first line is the row above. */
const YEAR_AFTER = /\(\d{4}年度?\)$/;
const BARE_TITLE = /^(部门)?(整体|项目)?(支出)?绩效自评表$/;

interface Title {
  row: number;
  top: number;
  text: string;
}

/**
 * A row above a bare title that reads as its first line: one short cell, not a sentence or a note. A
 * "label：value" line ("评价等级：良", "填报人：张三") closes the table above when tables are stacked; taken
 * as a title line, it would move to the next table (its grade judged against the wrong 总分).
 */
function titleLine(view: SheetView, row: number): string | undefined {
  if (row < view.bounds.top) return undefined;
  const cols = view.filled(row);
  if (cols.length !== 1) return undefined;
  const t = view.label(row, cols[0]);
  return t.length <= 60 && !/。|:|^\d+[.、]/.test(t) && !TITLE.test(t) ? t : undefined;
}

/** A title ("…自评表") or a stated count ("共设置 40 个"): one regex test is cheaper than two `includes`. */
const CANDIDATE = /自评表|共设/;

interface Candidate {
  row: number;
  col: number;
  text: string;
  /** The text `norm`ed, worked out once for the title and the count. */
  label: string;
}

/**
 * String cells that may be a title or an indicator count: one pass over the raw values, two substring
 * tests per string and nothing else per cell, so a sheet without a 自评表 costs next to nothing.
 */
function candidates(sheet: Sheet): Candidate[] {
  const found: Candidate[] = [];
  const { values, origin } = sheet;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === "string" && CANDIDATE.test(v)) {
        found.push({ row: origin.row + i, col: origin.col + j, text: v, label: norm(v) });
      }
    }
  }
  return found;
}

function titlesOf(view: SheetView, cells: Candidate[]): Title[] {
  const titles: Title[] = [];
  for (const { row, label } of cells) {
    // "项目支出绩效自评表（2024年度）": the year in brackets on the title's own line is not part of it.
    const t = label.replace(YEAR_AFTER, "");
    if (t.length > 120 || !TITLE.test(t) || titles.some((x) => x.row === row)) continue;
    const first = BARE_TITLE.test(t) ? titleLine(view, row - 1) : undefined;
    titles.push({ row, top: first ? row - 1 : row, text: first ? first + t : t });
  }
  return titles;
}

export function recognizePerfTables(wb: Workbook): PerfTable[] {
  const tables: PerfTable[] = [];
  const counts: (PerfText & { row: number; count: number })[] = [];
  for (const sheet of wb.sheets) {
    const cells = candidates(sheet);
    if (cells.length === 0) continue;
    const view = new SheetView(sheet);
    const titles = titlesOf(view, cells);
    titles.forEach((title, i) => {
      const bottom = i + 1 < titles.length ? titles[i + 1].top - 1 : view.bounds.bottom;
      const region: PerfRegion = { view, top: title.top, bottom, title: title.text };
      const table = readPerfTable(region);
      if (table) tables.push(table);
    });
    // "共设置 40 个绩效指标" may stand outside any table (in a text sheet); it then speaks of the 整体 table.
    for (const { row, col, text, label } of cells) {
      const count = label.includes("共设") ? statedCountIn(label) : undefined;
      if (count !== undefined) counts.push({ ...view.ref(row, col), row, text, count });
    }
  }
  const overall = tables.filter((t) => t.kind === "overall");
  if (overall.length === 1 && !overall[0].statedCount) {
    const outside = counts.find(
      (c) => !tables.some((t) => t.sheet === c.sheet && c.row >= t.range.top && c.row <= t.range.bottom),
    );
    if (outside)
      overall[0].statedCount = {
        sheet: outside.sheet,
        address: outside.address,
        text: outside.text,
        count: outside.count,
      };
  }
  const seen = new Map<string, number>();
  for (const t of tables) {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    if (n > 1) t.id = `${t.id}(${n})`;
  }
  return tables;
}
