/**
 * What an engine calculation returns: a value, or the reason it has none. The engine stays free of
 * the Office API; src/functions maps an error's `code` to the Excel error value (#VALUE!, #N/A, #DIV/0!, #NUM!).
 */
export type CalcErrorCode = "value" | "notAvailable" | "divisionByZero" | "number";

export interface CalcError {
  ok: false;
  code: CalcErrorCode;
  /** Chinese first: what the user sees in the cell's error tip. */
  zh: string;
  en: string;
}

export type Outcome<T> = { ok: true; value: T } | CalcError;

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail(code: CalcErrorCode, zh: string, en: string): CalcError {
  return { ok: false, code, zh, en };
}

/** "中文 / English", the way the error tip shows both languages. */
export function errorText(e: CalcError): string {
  return `${e.zh} / ${e.en}`;
}
