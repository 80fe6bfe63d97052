import { FunctionError } from "../../src/functions/errors";

/** The Excel error a call throws, as its text ("#VALUE!"), with the message. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof FunctionError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("no error");
}
