import { parseRange, Sheet, sheetBounds, textAt } from "./model";
import { TableLocation } from "./result";

/**
 * Which department and year a workbook reports, as its tables say: "2024年度收入支出决算总表" gives the
 * year, "单位：某某局本级" (or 编制单位 / 单位名称 / 部门名称) the department. A reviewer's batch summary
 * lists them per file, so a workbook sent under the wrong name is seen.
 */
export interface WorkbookIdentity {
  department?: string;
  year?: string;
}

/** Rows from a table's top that may hold its title and 单位 lines. */
const HEAD_ROWS = 6;
/** Columns of an unrecognised sheet's head that are looked at. */
const HEAD_COLUMNS = 20;
const YEAR = /((?:19|20)\d{2})\s*年度?/;
const ENTITY = /^(?:编制单位|填报单位|单位名称|部门名称|部门|单位)\s*[:：]\s*(.+)$/;
/** A unit of amounts, not an entity: "单位：万元", "金额单位：人民币元". */
const AMOUNT_UNIT = /^(?:人民币)?(?:万元|元|千元|亿元)$/;

function entityOf(text: string): string | undefined {
  // "编制单位：某某局    单位：万元" in one cell: the amount unit is cut off first.
  const m = ENTITY.exec(text.replace(/\s+(?:金额)?单位\s*[:：]\s*\S+$/, "").trim());
  const name = m?.[1].trim();
  return name && !AMOUNT_UNIT.test(name) ? name : undefined;
}

/** The value seen most often; ties go to the first seen, so the disclosure tables (listed first) win. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Reads the department and year from the head rows of each located table (every sheet when none was). */
export function readIdentity(sheets: readonly Sheet[], tables: readonly TableLocation[]): WorkbookIdentity {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const heads: { sheet: Sheet; top: number; left: number; right: number }[] = [];
  for (const t of tables) {
    const sheet = byName.get(t.sheet);
    const range = parseRange(t.range);
    if (sheet && range) heads.push({ sheet, top: range.top, left: range.left, right: range.right });
  }
  if (!heads.length) {
    for (const sheet of sheets) {
      const { top, left, right } = sheetBounds(sheet);
      heads.push({ sheet, top, left, right: Math.min(right, left + HEAD_COLUMNS - 1) });
    }
  }
  const years: string[] = [];
  const departments: string[] = [];
  for (const { sheet, top, left, right } of heads) {
    for (let r = top; r < top + HEAD_ROWS; r++) {
      for (let c = left; c <= right; c++) {
        const text = textAt(sheet, r, c).trim();
        if (!text) continue;
        const entity = entityOf(text);
        if (entity) departments.push(entity);
        else if (text.includes("表")) {
          const year = YEAR.exec(text);
          if (year) years.push(year[1]);
        }
      }
    }
  }
  const identity: WorkbookIdentity = {};
  const department = mostCommon(departments);
  const year = mostCommon(years);
  if (department !== undefined) identity.department = department;
  if (year !== undefined) identity.year = year;
  return identity;
}
