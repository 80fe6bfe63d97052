import Decimal from "decimal.js";
import { Money } from "./decimal";
import { CellRef, RawValue } from "./model";
import { normalise } from "./text";

/** A published amount, always in 万元, with the cell it came from. */
export interface AmountCell extends CellRef {
  /** null for a blank, "-" or "—": nothing published, which reads as zero. */
  value: Decimal | null;
  /** Decimals as published, after conversion to 万元 (0.01 万元 → 2; 0.01 元 → 6). */
  decimals: number;
  /** The cell's text as shown. */
  text: string;
  /** Set when the cell holds text that is not an amount ("#REF!", "约100"): kept for a finding. */
  invalid?: string;
}

export type Unit = "万元" | "元";

const DASHES = /^[-－—–―~～/\\]+$|^--$/;
/** "1234.56", "-7", "0.00": an amount exactly as written. */
const PLAIN = /^-?\d+(?:\.(\d+))?$/;

export type ParsedAmount =
  | { kind: "blank" }
  | { kind: "number"; value: Decimal; decimals: number }
  | { kind: "invalid"; reason: string };

/**
 * Reads an amount as a reviewer reads it: what the cell shows. Numbers with thousands separators,
 * full-width digits, accounting negatives "(12.30)", blanks and dashes are all amounts; anything else
 * is invalid and says why.
 */
export function parseAmountText(text: string): ParsedAmount {
  // Fast path, most cells: blank, or plain digits that need no normalising and read as written.
  if (text === "") return { kind: "blank" };
  const plain = PLAIN.exec(text);
  if (plain) return { kind: "number", value: new Money(text), decimals: plain[1]?.length ?? 0 };
  const t = normalise(text);
  if (t === "" || DASHES.test(t)) return { kind: "blank" };
  if (/^#[A-Z0-9/]+[!?]?$/i.test(t)) return { kind: "invalid", reason: `单元格为错误值 ${t}` };
  const m = /^(\()?([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\))?$/.exec(t);
  if (!m || Boolean(m[1]) !== Boolean(m[5])) return { kind: "invalid", reason: `“${text}”不是金额` };
  const digits = `${m[2] === "-" || m[1] ? "-" : ""}${m[3].replace(/,/g, "")}${m[4] ? "." + m[4] : ""}`;
  return { kind: "number", value: new Money(digits), decimals: m[4]?.length ?? 0 };
}

/**
 * A number as Excel holds and shows it: 15 significant digits. A formula's binary noise goes, so a
 * =SUM(...) that shows 90 is 90, not 89.99999999999999, and 元 × 10000 = 25075700.000000004 is 25075700.
 */
export function excelNumber(n: number): number {
  if (!Number.isFinite(n)) return n;
  // Fast path, nearly every amount: the double of a value with at most two decimals has ≤ 15 digits.
  if (Math.abs(n) < 1e13 && Math.round(n * 100) / 100 === n) return n;
  return Number(n.toPrecision(15));
}

/** A binary number as Excel shows it in General format ("1260.53" for 1260.5300000000002). */
export function numberText(n: number): string {
  return new Money(excelNumber(n)).toFixed();
}

/**
 * The amount of one cell. The displayed text wins over the raw number, because the published value
 * is what a reader sees; a raw number with no text is read at its own decimals (at least `minDecimals`).
 */
export function readAmount(
  ref: CellRef,
  raw: RawValue,
  text: string | undefined,
  unit: Unit = "万元",
  minDecimals = 2,
): AmountCell {
  const shown = text ?? (raw === null ? "" : typeof raw === "number" ? numberText(raw) : String(raw));
  let parsed = parseAmountText(shown);
  if (parsed.kind === "invalid" && typeof raw === "number" && Number.isFinite(raw)) {
    parsed = parseAmountText(numberText(raw));
  }
  // Fields spelled out, not `...ref`: object spread is several times slower, and this runs for every cell.
  const { sheet, address } = ref;
  if (parsed.kind === "blank") return { sheet, address, value: null, decimals: minDecimals, text: shown };
  if (parsed.kind === "invalid") {
    return { sheet, address, value: null, decimals: minDecimals, text: shown, invalid: parsed.reason };
  }
  const decimals = Math.max(parsed.decimals, minDecimals);
  return unit === "元"
    ? { sheet, address, value: parsed.value.dividedBy(10000), decimals: decimals + 4, text: shown }
    : { sheet, address, value: parsed.value, decimals, text: shown };
}
