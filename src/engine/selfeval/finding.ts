import Decimal from "decimal.js";
import { Finding, Lang, Severity } from "../findings";
import { CellRef } from "../model";
import { compareSum, Comparison, Verdict } from "../rounding";
import { PerfNumber, PerfTable } from "./types";

/** Builds the findings of the 自评表 checks in the requested language. */
export interface Say {
  zh: string;
  en: string;
}

export interface Numbers {
  expected?: Decimal;
  actual?: Decimal;
  difference?: Decimal;
}

/** A 自评表 as a message names it. */
export function tableName(t: PerfTable): Say {
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

export class FindingSink {
  readonly findings: Finding[] = [];

  constructor(private readonly lang: Lang) {}

  add(
    rule: string,
    severity: Severity,
    table: PerfTable,
    say: Say,
    cells: CellRef[],
    numbers: Numbers = {},
    format: (d: Decimal) => string = num,
  ): void {
    const name = tableName(table);
    const message = this.lang === "en" ? `${name.en}: ${say.en}` : `${name.zh}：${say.zh}`;
    const f: Finding = {
      rule,
      severity,
      message,
      cells: cells.map(({ sheet, address }) => ({ sheet, address })),
      table: table.id,
    };
    if (numbers.expected) f.expected = format(numbers.expected);
    if (numbers.actual) f.actual = format(numbers.actual);
    if (numbers.difference) f.difference = format(numbers.difference);
    this.findings.push(f);
  }

  /**
   * `rule` when `total` is not the sum of `parts`: a rounding finding within the parts' rounding, an
   * error beyond; nothing when it adds up. The cells named are the total's, then the parts'.
   */
  addSum(
    rule: string,
    table: PerfTable,
    total: PerfNumber,
    parts: PerfNumber[],
    slack: Decimal,
    say: (c: Comparison, severity: Severity) => Say,
    format?: (d: Decimal) => string,
  ): void {
    const c = compareSum(
      total,
      parts.map((value) => ({ value })),
      slack,
    );
    const severity = severityOf(c.verdict);
    if (severity) this.add(rule, severity, table, say(c, severity), [total, ...parts], c, format);
  }
}
