import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { publishedDisclosure } from "./disclosure-seed";
import { addDisclosureSheets } from "./disclosure-sheets";
import { Amount, Disclosure } from "./disclosure-types";

/**
 * samples/previous.xlsx: the seed as the department's report of the year before (2023年度 titles), for
 * `--previous`. The seed opens 2024 with nothing carried over (年初 blank), so last year here closes with
 * 一般公共预算 money left (年末结转和结余 {@link CLOSING}): one fund where last year's 年末 is not this
 * year's 年初, and the cross-year check has a real finding on both cells. Last year's own tables still
 * balance: it opened with the same amount (年初), so 总计 grows by it on both sides.
 */
export const CLOSING = "12.58";

const plus = (a: Amount, b: string): string => new Decimal(a ?? "0").plus(b).toFixed(2);

/** Sets the amounts of the panel line named `name` (on either side) of a 总表. */
function setLine(
  lines: { income: { name: string; amounts: Amount[] }; expense: { name: string; amounts: Amount[] } }[],
  side: "income" | "expense",
  name: string,
  amounts: (old: Amount[]) => Amount[],
): void {
  const line = lines.find((l) => l[side].name === name);
  if (!line) throw new Error(`no ${side} line ${name}`);
  line[side].amounts = amounts(line[side].amounts);
}

export function previousDisclosure(): Disclosure {
  const d = publishedDisclosure();
  d.year = 2023;
  for (const t of [d.jj, d.gz, d.sg]) t.emptyNote = t.emptyNote?.replace("2024", "2023");
  setLine(d.szzb, "income", "年初结转和结余", () => [CLOSING]);
  setLine(d.szzb, "expense", "年末结转和结余", () => [CLOSING]);
  for (const side of ["income", "expense"] as const)
    setLine(d.szzb, side, "总计", ([total]) => [plus(total, CLOSING)]);
  // 财政拨款总表: 小计 and 一般公共预算 columns on the expense side; the income side splits 年初 by fund.
  const fund = (a: Amount[]) => [CLOSING, CLOSING, ...a.slice(2)];
  setLine(d.czzb, "income", "年初财政拨款结转和结余", () => [CLOSING]);
  setLine(d.czzb, "income", "一般公共预算财政拨款", () => [CLOSING]);
  setLine(d.czzb, "expense", "年末财政拨款结转和结余", fund);
  setLine(d.czzb, "income", "总计", ([total]) => [plus(total, CLOSING)]);
  setLine(d.czzb, "expense", "总计", (a) => [plus(a[0], CLOSING), plus(a[1], CLOSING), ...a.slice(2)]);
  return d;
}

/** The nine disclosure tables of last year (no 绩效自评表 or 情况说明: only the tables are compared). */
export function previousWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "juesuan samples";
  wb.lastModifiedBy = "juesuan samples";
  wb.created = date;
  wb.modified = date;
  addDisclosureSheets(wb, previousDisclosure());
  return wb;
}
