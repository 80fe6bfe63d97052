import Decimal from "decimal.js";
import { decimalsOf, Money, scaledInteger } from "./decimal";
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
  /** Nothing published (blank, "-", "—"): tells a blank from 0.00 without building `value`. */
  blank: boolean;
  /**
   * The amount in 分 (0.01 元 = 10⁻⁶ 万元) where that is a safe integer: the exact value for the rulebook's
   * fast path (src/engine/rounding.ts). 0 for a blank; absent for an invalid cell and for an amount with
   * finer decimals or more digits than a safe integer holds, which take `value`.
   */
  fen?: number;
}

export type Unit = "万元" | "元";

const DASHES = /^[-－—–―~～/\\]+$|^--$/;
/** "1234.56", "-7", "0.00": an amount exactly as written. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;
/** "1,234.56", "-12,345": grouped by thousands, nothing else to normalise. */
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export type ParsedAmount =
  | { kind: "blank" }
  | { kind: "number"; value: Decimal; decimals: number }
  | { kind: "invalid"; reason: string };

/** An amount as written, before any Decimal is built: "-1234.56" and its decimals. */
type WrittenAmount =
  | { kind: "blank" }
  | { kind: "number"; digits: string; decimals: number }
  | { kind: "invalid"; reason: string };

const BLANK_TEXT: WrittenAmount = { kind: "blank" };

/**
 * Most amounts are plain digits, or digits grouped by thousands as exports format them ("1,234.56"):
 * their digits as they stand, without normalising or a match array; undefined for any other text.
 */
function plainDigits(text: string): string | undefined {
  if (PLAIN.test(text)) return text;
  return GROUPED.test(text) ? text.replace(/,/g, "") : undefined;
}

function readWritten(text: string): WrittenAmount {
  if (text === "") return BLANK_TEXT;
  const plain = plainDigits(text);
  if (plain !== undefined) return { kind: "number", digits: plain, decimals: decimalsOf(plain) };
  const t = normalise(text);
  if (t === "" || DASHES.test(t)) return BLANK_TEXT;
  if (/^#[A-Z0-9/]+[!?]?$/i.test(t)) return { kind: "invalid", reason: `单元格为错误值 ${t}` };
  const m = /^(\()?([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\))?$/.exec(t);
  if (!m || Boolean(m[1]) !== Boolean(m[5])) return { kind: "invalid", reason: `“${text}”不是金额` };
  const digits = `${m[2] === "-" || m[1] ? "-" : ""}${m[3].replace(/,/g, "")}${m[4] ? "." + m[4] : ""}`;
  return { kind: "number", digits, decimals: m[4]?.length ?? 0 };
}

/**
 * Reads an amount as a reviewer reads it: what the cell shows. Numbers with thousands separators,
 * full-width digits, accounting negatives "(12.30)", blanks and dashes are all amounts; anything else
 * is invalid and says why.
 */
export function parseAmountText(text: string): ParsedAmount {
  const w = readWritten(text);
  return w.kind === "number" ? { kind: "number", value: new Money(w.digits), decimals: w.decimals } : w;
}

/** 分 per last published unit: 万元 has 10⁶ 分, 元 has 100. */
const FEN_SCALE: Record<Unit, number> = { 万元: 6, 元: 2 };

/**
 * A cell holding a number: its Decimal is built on first use, since the rulebook mostly needs only `fen`.
 * `value` is a getter, so an AmountCell is read field by field and never copied by a spread.
 */
class NumberCell implements AmountCell {
  readonly blank = false;
  private decimal?: Decimal;

  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly text: string,
    readonly decimals: number,
    readonly fen: number | undefined,
    private readonly digits: string,
    private readonly unit: Unit,
  ) {}

  get value(): Decimal {
    return (this.decimal ??=
      this.unit === "元" ? new Money(this.digits).dividedBy(10000) : new Money(this.digits));
  }
}

/** An amount other than zero, or text that is not an amount at all. */
export function isSignificant(a: AmountCell): boolean {
  if (a.blank) return false;
  if (a.fen !== undefined) return a.fen !== 0;
  return a.value === null || !a.value.isZero();
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
  return readAmountAt(ref.sheet, ref.address, raw, text, unit, minDecimals);
}

/** readAmount for recognition, which reads every cell of a table: no reference object per cell. */
export function readAmountAt(
  sheet: string,
  address: string,
  raw: RawValue,
  text: string | undefined,
  unit: Unit = "万元",
  minDecimals = 2,
): AmountCell {
  const shown = text ?? (raw === null ? "" : typeof raw === "number" ? numberText(raw) : String(raw));
  // The usual cells, blank or plain digits, with no parse result built.
  if (shown === "") return blankCell(sheet, address, shown, minDecimals);
  const plain = plainDigits(shown);
  if (plain !== undefined)
    return numberCell(sheet, address, shown, plain, decimalsOf(plain), unit, minDecimals);
  let written = readWritten(shown);
  if (written.kind === "invalid" && typeof raw === "number" && Number.isFinite(raw)) {
    written = readWritten(numberText(raw));
  }
  if (written.kind === "blank") return blankCell(sheet, address, shown, minDecimals);
  if (written.kind === "invalid") {
    return {
      sheet,
      address,
      value: null,
      decimals: minDecimals,
      text: shown,
      invalid: written.reason,
      blank: false,
    };
  }
  return numberCell(sheet, address, shown, written.digits, written.decimals, unit, minDecimals);
}

function blankCell(sheet: string, address: string, shown: string, minDecimals: number): AmountCell {
  return { sheet, address, value: null, decimals: minDecimals, text: shown, blank: true, fen: 0 };
}

function numberCell(
  sheet: string,
  address: string,
  shown: string,
  digits: string,
  written: number,
  unit: Unit,
  minDecimals: number,
): AmountCell {
  const decimals = Math.max(written, minDecimals) + (unit === "元" ? 4 : 0);
  return new NumberCell(
    sheet,
    address,
    shown,
    decimals,
    scaledInteger(digits, written, FEN_SCALE[unit]),
    digits,
    unit,
  );
}
