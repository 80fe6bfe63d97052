import { HostNotice } from "../../panel/host";

/**
 * Office.js errors the user can act on, by their code (the code is stable; the message is in Office's
 * own language and says little, e.g. "You cannot perform the requested operation.").
 */
const BY_CODE: Record<string, HostNotice["key"]> = {
  AccessDenied: "errProtected",
  ItemNotFound: "errSheetMissing",
  RequestPayloadSizeLimitExceeded: "errTooLarge",
  ResponsePayloadSizeLimitExceeded: "errTooLarge",
  PayloadTooLarge: "errTooLarge",
};

/** The error to show for a failed Excel request: an explained one where its code is known. */
export function explain(e: unknown): unknown {
  if (e instanceof HostNotice) return e;
  const code = (e as { code?: unknown } | undefined)?.code;
  const key = typeof code === "string" ? BY_CODE[code] : undefined;
  return key ? new HostNotice(key) : e;
}
