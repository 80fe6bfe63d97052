import { CalcError, CalcErrorCode, errorText, Outcome } from "../engine/calc/outcome";

/**
 * Engine errors as Excel errors. In Excel the shared runtime provides `CustomFunctions.Error`; anywhere
 * else (node tests, the CLI, the browser page) the same information travels in a FunctionError.
 * Excel shows a custom message only with #VALUE! and #N/A; the other codes go without one.
 */
const EXCEL_CODES: Record<CalcErrorCode, { key: string; text: string; message: boolean }> = {
  value: { key: "invalidValue", text: "#VALUE!", message: true },
  notAvailable: { key: "notAvailable", text: "#N/A", message: true },
  divisionByZero: { key: "divisionByZero", text: "#DIV/0!", message: false },
  number: { key: "invalidNumber", text: "#NUM!", message: false },
};

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/** The Office runtime's CustomFunctions object, when the code runs inside Excel. */
export function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/** An Excel error outside Excel: `code` is the error's text ("#VALUE!"), `message` the zh / en reason. */
export class FunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

/** The error value to return or throw for an engine error. */
export function excelError(e: CalcError): unknown {
  const target = EXCEL_CODES[e.code];
  const message = errorText(e);
  const runtime = customFunctionsRuntime();
  if (!runtime) return new FunctionError(target.text, message);
  const code = runtime.ErrorCode[target.key];
  return target.message ? new runtime.Error(code, message) : new runtime.Error(code);
}

/** The value of an outcome, or the matching Excel error thrown (Excel shows a thrown error in the cell). */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw excelError(outcome);
}

/** Throws an Excel error for a bad argument the engine never sees (an unknown option, a blank code). */
export function raise(code: CalcErrorCode, zh: string, en: string): never {
  throw excelError({ ok: false, code, zh, en });
}
