import { Finding, Lang } from "./findings";
import { CellRange, parseA1, parseRange, Workbook } from "./model";
import { TableLocation } from "./result";

const inside = (r: CellRange, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/**
 * cell.uncalculated: formulas inside a table that were saved without a result read as blank, so every
 * check over them would judge an empty cell. One warning per sheet names them all; the fix is to open
 * the file in Excel (which calculates) and save it.
 */
export function uncalculatedFindings(wb: Workbook, tables: TableLocation[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of wb.sheets) {
    if (!sheet.uncalculated?.length) continue;
    const ranges = tables.flatMap((t) => (t.sheet === sheet.name ? (parseRange(t.range) ?? []) : []));
    const cells = sheet.uncalculated.filter((address) => {
      const at = parseA1(address);
      return at !== undefined && ranges.some((r) => inside(r, at.row, at.col));
    });
    if (!cells.length) continue;
    const first = cells.slice(0, 3).join(lang === "zh" ? "、" : ", ");
    const more = cells.length > 3 ? (lang === "zh" ? " 等" : " …") : "";
    findings.push({
      rule: "cell.uncalculated",
      severity: "warning",
      message:
        lang === "zh"
          ? `工作表“${sheet.name}”有 ${cells.length} 个公式没有保存计算结果（${first}${more}），已按空白读取；请在 Excel 中打开、重新计算并保存后再检查`
          : `sheet "${sheet.name}" has ${cells.length} formula(s) saved without a result (${first}${more}), read as blank: open the file in Excel, let it calculate, save and check again`,
      cells: cells.map((address) => ({ sheet: sheet.name, address })),
    });
  }
  return findings;
}
