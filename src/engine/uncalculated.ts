import { defineCheck, Emit } from "./catalogue";
import { Finding } from "./findings";
import { CellRange, parseA1, parseRange, Workbook } from "./model";
import { TableLocation } from "./result";

const inside = (r: CellRange, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

const UNCALCULATED = defineCheck({
  id: "cell.uncalculated",
  group: "cells",
  severity: "warning",
  messages: {
    zh: "工作表“{sheet}”有 {count} 个公式没有保存计算结果（{first}{more}），已按空白读取；请在 Excel 中打开、重新计算并保存后再检查",
    en: 'sheet "{sheet}" has {count} formula(s) saved without a result ({first}{more}), read as blank: open the file in Excel, let it calculate, save and check again',
  },
  describe: { zh: "公式没有保存计算结果，按空白读取", en: "formulas saved without a result, read as blank" },
});

/**
 * cell.uncalculated: formulas inside a table that were saved without a result read as blank, so every
 * check over them would judge an empty cell. One warning per sheet names them all; the fix is to open
 * the file in Excel (which calculates) and save it.
 */
export function uncalculatedFindings(wb: Workbook, tables: TableLocation[], emit: Emit): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of wb.sheets) {
    if (!sheet.uncalculated?.length) continue;
    const ranges = tables.flatMap((t) => (t.sheet === sheet.name ? (parseRange(t.range) ?? []) : []));
    const cells = sheet.uncalculated.filter((address) => {
      const at = parseA1(address);
      return at !== undefined && ranges.some((r) => inside(r, at.row, at.col));
    });
    if (!cells.length) continue;
    const shown = cells.slice(0, 3);
    const params = {
      sheet: sheet.name,
      count: cells.length,
      first: { zh: shown.join("、"), en: shown.join(", ") },
      more: cells.length > 3 ? { zh: " 等", en: " …" } : "",
    };
    findings.push(
      emit(
        UNCALCULATED,
        params,
        cells.map((address) => ({ sheet: sheet.name, address })),
      ),
    );
  }
  return findings;
}
