import Decimal from "decimal.js";
import { parseAmountText } from "../amount";
import { Money, ZERO } from "../decimal";
import { fail, Outcome, ok } from "./outcome";

/** A value as a custom function receives it from a cell or an argument (Excel passes blanks as null or ""). */
export type CellInput = number | string | boolean | null | undefined;

/**
 * A JS number as exactly the decimal it shows: its shortest round-trip text (1.005 is "1.005", not
 * 1.00499999999999989…). decimal.js reads numbers that way; this names the intent.
 */
export function decimalOf(n: number): Decimal {
  return new Money(String(n));
}

/**
 * An amount or other number from a cell: numbers, numeric text as published ("2,897.43", "(12.30)"),
 * blanks and dashes (zero when `blank` is "zero"). `label` names the argument in the message.
 */
export function readNumber(
  input: CellInput,
  label: string,
  labelEn: string,
  blank: "zero" | "error" = "zero",
): Outcome<Decimal> {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail("number", `${label}不是有限数值`, `${labelEn} is not a finite number`);
    return ok(decimalOf(input));
  }
  if (typeof input === "boolean") {
    return fail(
      "value",
      `${label}是逻辑值 ${input ? "TRUE" : "FALSE"}，不是数值`,
      `${labelEn} is a boolean, not a number`,
    );
  }
  const parsed = parseAmountText(input ?? "");
  if (parsed.kind === "number") return ok(parsed.value);
  if (parsed.kind === "blank") {
    return blank === "zero" ? ok(ZERO) : fail("value", `${label}为空`, `${labelEn} is blank`);
  }
  return fail("value", `${label}“${String(input)}”不是数值`, `${labelEn} "${String(input)}" is not a number`);
}

/** A count of decimals (0–10), defaulting when omitted. */
export function readDigits(input: CellInput, fallback: number, min = 0): Outcome<number> {
  if (input === null || input === undefined || input === "") return ok(fallback);
  const n = typeof input === "number" ? input : Number(String(input).trim());
  if (!Number.isInteger(n) || n < min || n > 10) {
    return fail(
      "number",
      `小数位数“${String(input)}”应为 ${min} 到 10 的整数`,
      `digits must be an integer from ${min} to 10`,
    );
  }
  return ok(n);
}
