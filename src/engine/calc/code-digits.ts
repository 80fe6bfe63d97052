/**
 * Codes of 1–7 digits as numbers, so a rollup over 10,000 rows (recalculated for every cell that uses
 * it) reads them without a string per code: a code is its digit count and its value ("2010301" → 7,
 * 2010301; "01" → 2, 1), and leading zeros are kept by the count. Every classification code (3, 5 or 7
 * digits) fits; longer codes are left to the callers' string paths.
 */
export const MAX_DIGITS = 7;

/** A column of codes: `length[r]` digits with value `value[r]`; length 0 is a row without a code. */
export interface CodeDigits {
  length: Uint8Array;
  value: Int32Array;
}

export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/** Value of a text of 1–7 ASCII digits, or −1 for any other text. */
export function digitValue(code: string): number {
  if (code.length < 1 || code.length > MAX_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < code.length; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Digits of a whole number below 10⁷, as String(n) writes it (0 has one). */
export function digitCount(n: number): number {
  let l = 1;
  while (l < MAX_DIGITS && n >= POW10[l]) l++;
  return l;
}

/** The code's text: `length` digits, leading zeros included. */
export function codeText(length: number, value: number): string {
  return String(value).padStart(length, "0");
}

/** Strings of 1–7 digits (or null) as CodeDigits; undefined when any code is something else. */
export function codeDigitsOf(codes: readonly (string | null)[]): CodeDigits | undefined {
  const length = new Uint8Array(codes.length);
  const value = new Int32Array(codes.length);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    if (code === null) continue;
    const v = digitValue(code);
    if (v < 0) return undefined;
    length[r] = code.length;
    value[r] = v;
  }
  return { length, value };
}
