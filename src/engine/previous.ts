import Decimal from "decimal.js";
import { AmountCell } from "./amount";
import { CheckDecl, defineCheck, Emit, Params } from "./catalogue";
import { FUNCTION_CODES, levelOf, sameName } from "./codes";
import { formatAmount } from "./decimal";
import { Finding } from "./findings";
import { CellRef } from "./model";
import { compareEqual, Published } from "./rounding";
import { findLine, indexTable, IndexedTable } from "./rules/table-index";
import { TableKey, TableInstance, TableRow } from "./tables/types";

/**
 * Last year's report beside this year's (domain §5, "Last year"): 年初结转和结余 is last year's 年末结转和结余
 * (the 总表, the 财政拨款总表 per fund, the fund tables per row); a 类 or 款 that was there last year and is
 * gone, or is named otherwise for the same code, wants a word; 三公 spending is compared with last year's.
 * Cells of last year's workbook carry its file name (`file` in the finding's cells).
 */

export interface PreviousYear {
  /** Last year's file name, as findings cite it. */
  file: string;
  tables: TableInstance[];
}

const CARRY = (id: string, zh: string, en: string): CheckDecl =>
  defineCheck({
    id,
    group: "previous",
    severity: "error",
    messages: {
      zh: `${zh}年初结转和结余 {actual} ≠ 上年（{file}）年末结转和结余 {expected}（相差 {difference}）`,
      en: `${en}: opening balance {actual} ≠ last year's closing balance {expected} in {file} (difference {difference})`,
    },
  });

const SZZB_CARRY = CARRY("PREV.SZZB.carry", "收入支出决算总表", "收入支出决算总表 (T_SZZB)");
const CZZB_CARRY = CARRY(
  "PREV.CZZB.carry",
  "财政拨款收入支出决算总表{fund}",
  "财政拨款收入支出决算总表 (T_CZZB){fund}",
);
const FUND_CARRY = CARRY("PREV.fund.carry", "{title} {row}", "{title} {row}");

const VANISHED = defineCheck({
  id: "PREV.codes.vanished",
  group: "previous",
  severity: "warning",
  messages: {
    zh: "支出决算表上年有 {code} {name}（{level}）{amount}，本年没有此{level}，请说明",
    en: "支出决算表: {code} {name} ({level}) had {amount} last year and is not in this year's table; explain why",
  },
});

const RENAMED = defineCheck({
  id: "PREV.codes.renamed",
  group: "previous",
  severity: "warning",
  messages: {
    zh: "支出决算表 {code} 本年名为“{name}”，上年为“{previous}”：同一编码名称不同",
    en: "支出决算表 {code} is named “{name}” this year and “{previous}” last year: one code, two names",
  },
});

const SG_RISE = defineCheck({
  id: "PREV.SG.rise",
  group: "previous",
  severity: "info",
  messages: {
    zh: "“三公”经费{item}决算 {actual} 比上年 {expected} 增加 {difference}，情况说明应说明增加原因",
    en: "“三公” {item} spending {actual} is {difference} above last year's {expected}: the narrative should say why",
  },
});

const FUNDS = [
  { line: "一般公共预算财政拨款", col: "一般公共预算" },
  { line: "政府性基金预算财政拨款", col: "政府性基金预算" },
  { line: "国有资本经营预算财政拨款", col: "国有资本经营预算" },
];

/** One side of a comparison: a cell (blank when the row is there but empty), or nothing to compare. */
interface Side {
  cell: AmountCell;
  file?: string;
}

const BLANK: Published = { value: null, decimals: 2 };
const cellOf = (row: TableRow | undefined, col: string, file?: string): Side | undefined =>
  row?.cells[col] ? { cell: row.cells[col], file } : undefined;

const ref = (s: Side): CellRef =>
  s.file === undefined
    ? { sheet: s.cell.sheet, address: s.cell.address }
    : { sheet: s.cell.sheet, address: s.cell.address, file: s.file };

interface Context {
  now: Map<TableKey, IndexedTable>;
  before: Map<TableKey, IndexedTable>;
  file: string;
  emit: Emit;
  slack: Decimal;
  findings: Finding[];
}

/**
 * This year's opening = last year's closing, under the tables' rounding intervals. `before` null: last
 * year's table has no such row, which reads as a blank (nothing carried over).
 */
function carry(
  ctx: Context,
  check: CheckDecl,
  now: Side | undefined,
  before: Side | null | undefined,
  params: Params,
  table: TableKey,
): void {
  if (!now || before === undefined || now.cell.invalid || before?.cell.invalid) return;
  const last: Published = before?.cell ?? BLANK;
  if (now.cell.value === null && last.value === null) return;
  const cmp = compareEqual(now.cell, last, ctx.slack);
  if (cmp.verdict === "exact") return;
  const decimals = Math.max(2, now.cell.decimals, last.decimals);
  ctx.findings.push(
    ctx.emit(
      check,
      {
        ...params,
        file: ctx.file,
        actual: formatAmount(cmp.actual, decimals),
        expected: formatAmount(cmp.expected, decimals),
        difference: formatAmount(cmp.difference, decimals),
      },
      before ? [ref(now), ref(before)] : [ref(now)],
      {
        severity: cmp.verdict === "rounding" ? "rounding" : undefined,
        table,
        expected: cmp.expected.toFixed(decimals),
        actual: cmp.actual.toFixed(decimals),
        difference: cmp.difference.toFixed(decimals),
      },
    ),
  );
}

function carries(ctx: Context): void {
  const { now, before, file } = ctx;
  const sz = [now.get("T_SZZB"), before.get("T_SZZB")];
  if (sz[0] && sz[1])
    carry(
      ctx,
      SZZB_CARRY,
      cellOf(findLine(sz[0], "年初结转和结余", "收入"), "金额"),
      cellOf(findLine(sz[1], "年末结转和结余", "支出"), "金额", file),
      {},
      "T_SZZB",
    );

  const cz = [now.get("T_CZZB"), before.get("T_CZZB")];
  if (cz[0] && cz[1]) {
    const [ix, last] = cz;
    const closing = findLine(last, "年末财政拨款结转和结余", "支出");
    carry(
      ctx,
      CZZB_CARRY,
      cellOf(findLine(ix, "年初财政拨款结转和结余", "收入"), "决算数"),
      cellOf(closing, "合计", file),
      { fund: "" },
      "T_CZZB",
    );
    for (const f of FUNDS) {
      // Last year's 年末 per fund: its fund column, or a sub-line of its own where the layout splits it.
      const sub = findLine(last, `年末财政拨款结转和结余/${f.line}`, "支出");
      const before = sub ? cellOf(sub, "合计", file) : cellOf(closing, f.col, file);
      const opening = cellOf(findLine(ix, `年初财政拨款结转和结余/${f.line}`, "收入"), "决算数");
      carry(ctx, CZZB_CARRY, opening, before, { fund: `（${f.line}）` }, "T_CZZB");
    }
  }

  for (const key of ["T_JJ", "T_GZ"] as const) {
    const [ix, last] = [now.get(key), before.get(key)];
    if (!ix || !last) continue;
    for (const row of ix.table.rows) {
      const code = ix.codes.get(row);
      if (!code && row.kind !== "total") continue;
      const lastRow = code ? last.byCode.get(code) : findLine(last, "合计");
      const closing = lastRow ? cellOf(lastRow, "年末结转和结余", file) : null;
      const title = { zh: ix.schema.title, en: `${ix.schema.title} (${key})` };
      const params = { title, row: code ?? "合计" };
      carry(ctx, FUND_CARRY, cellOf(row, "年初结转和结余"), closing, params, key);
    }
  }
}

/** 类 and 款 of last year's 支出决算表 that are gone this year or renamed. */
function codes(ctx: Context): void {
  const [ix, last] = [ctx.now.get("T_ZC"), ctx.before.get("T_ZC")];
  if (!ix || !last) return;
  for (const [code, row] of last.byCode) {
    const level = levelOf(code);
    if (level !== "类" && level !== "款") continue;
    const current = ix.byCode.get(code);
    const label: CellRef = { sheet: row.label.sheet, address: row.label.address, file: ctx.file };
    if (!current) {
      const total = row.cells["本年支出合计"];
      if (!total?.value || total.value.isZero()) continue;
      const name = row.name || FUNCTION_CODES.byCode.get(code)?.name || "";
      const anchor = ix.table.rows[0]?.label;
      const cells = anchor ? [label, { sheet: anchor.sheet, address: anchor.address }] : [label];
      ctx.findings.push(
        ctx.emit(VANISHED, { code, name, level, amount: formatAmount(total.value, 2) }, cells, {
          table: "T_ZC",
        }),
      );
    } else if (row.name && current.name && !sameName(row.name, current.name)) {
      ctx.findings.push(
        ctx.emit(
          RENAMED,
          { code, name: current.name, previous: row.name },
          [{ sheet: current.label.sheet, address: current.label.address }, label],
          { table: "T_ZC" },
        ),
      );
    }
  }
}

const SG_ITEMS: [string, string][] = [
  ["合计", ""],
  ["因公出国(境)费", "因公出国（境）费"],
  ["公务用车购置费", "公务用车购置费"],
  ["公务用车运行维护费", "公务用车运行维护费"],
  ["公务接待费", "公务接待费"],
];

function sanGong(ctx: Context): void {
  const [ix, last] = [ctx.now.get("T_SG"), ctx.before.get("T_SG")];
  if (!ix || !last) return;
  const [row, lastRow] = [ix.table.rows[0], last.table.rows[0]];
  for (const [col, item] of SG_ITEMS) {
    const now = cellOf(row, `决算数.${col}`);
    const before = cellOf(lastRow, `决算数.${col}`, ctx.file);
    if (!now?.cell.value || !before || before.cell.value === null) continue;
    const difference = now.cell.value.minus(before.cell.value);
    if (difference.lte(0)) continue;
    ctx.findings.push(
      ctx.emit(
        SG_RISE,
        {
          item,
          actual: formatAmount(now.cell.value, 2),
          expected: formatAmount(before.cell.value, 2),
          difference: formatAmount(difference, 2),
        },
        [ref(now), ref(before)],
        {
          table: "T_SG",
          expected: before.cell.value.toFixed(2),
          actual: now.cell.value.toFixed(2),
          difference: difference.toFixed(2),
        },
      ),
    );
  }
}

/** The cross-year checks: this year's recognised tables against last year's. */
export function checkPreviousYear(
  tables: readonly TableInstance[],
  previous: PreviousYear,
  emit: Emit,
  slack: Decimal,
): Finding[] {
  const index = (list: readonly TableInstance[]) => {
    const map = new Map<TableKey, IndexedTable>();
    for (const t of list) if (!map.has(t.key)) map.set(t.key, indexTable(t, FUNCTION_CODES));
    return map;
  };
  const ctx: Context = {
    now: index(tables),
    before: index(previous.tables),
    file: previous.file,
    emit,
    slack,
    findings: [],
  };
  carries(ctx);
  codes(ctx);
  sanGong(ctx);
  return ctx.findings;
}
