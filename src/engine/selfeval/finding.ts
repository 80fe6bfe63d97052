import Decimal from "decimal.js";
import { CheckDecl, Emit, emitter, Messages, Params } from "../catalogue";
import { Finding, Lang, Severity } from "../findings";
import { CellRef } from "../model";
import { compareSum, Comparison, Verdict } from "../rounding";
import { PerfNumber, PerfTable } from "./types";

export interface Numbers {
  expected?: Decimal;
  actual?: Decimal;
  difference?: Decimal;
}

/** A 自评表 as a message names it: every 自评表 message starts with `{table}`. */
export function tableName(t: PerfTable): Messages {
  return t.kind === "overall"
    ? { zh: `整体绩效自评表（${t.sheet}）`, en: `overall self-evaluation table (${t.sheet})` }
    : {
        zh: `${t.name}项目支出绩效自评表（${t.sheet}）`,
        en: `project self-evaluation table ${t.name} (${t.sheet})`,
      };
}

/** Shortest decimal text: 46, 3.75, 1535.1 → amounts pass through `money` for their two decimals. */
export function num(d: Decimal): string {
  return d.toString();
}

export function money(d: Decimal): string {
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

export function where(cells: CellRef[]): string {
  return cells.map((c) => c.address).join("、");
}

export function severityOf(verdict: Verdict): Severity | undefined {
  return verdict === "exact" ? undefined : verdict === "rounding" ? "rounding" : "error";
}

/** How a finding differs from its check's declaration: a 尾差 verdict, amounts shown to the cent. */
export interface AddOptions {
  severity?: Severity;
  format?: (d: Decimal) => string;
}

/** Collects the findings of the 自评表 checks, made through the catalogue in the requested language. */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly emit: Emit;

  constructor(lang: Lang) {
    this.emit = emitter(lang);
  }

  add(
    check: CheckDecl,
    table: PerfTable,
    params: Params,
    cells: CellRef[],
    numbers: Numbers = {},
    { severity, format = num }: AddOptions = {},
  ): void {
    const show = (d: Decimal | undefined) => (d ? format(d) : undefined);
    this.findings.push(
      this.emit(check, { table: tableName(table), ...params }, cells, {
        severity,
        table: table.id,
        expected: show(numbers.expected),
        actual: show(numbers.actual),
        difference: show(numbers.difference),
      }),
    );
  }

  /**
   * `check` when `total` is not the sum of `parts`: a rounding finding within the parts' rounding, an
   * error beyond; nothing when it adds up. The cells named are the total's, then the parts'.
   */
  addSum(
    check: CheckDecl,
    table: PerfTable,
    total: PerfNumber,
    parts: PerfNumber[],
    slack: Decimal,
    params: (c: Comparison, severity: Severity) => Params,
    format?: (d: Decimal) => string,
  ): void {
    const c = compareSum(
      total,
      parts.map((value) => ({ value })),
      slack,
    );
    const severity = severityOf(c.verdict);
    if (severity) this.add(check, table, params(c, severity), [total, ...parts], c, { severity, format });
  }
}
