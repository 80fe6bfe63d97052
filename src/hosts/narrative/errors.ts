/** Why a 情况说明 file could not be read; hosts show the Chinese message and may switch on the reason. */
export type NarrativeReadFailure =
  | "unsupported" // not .docx or .txt (an old .doc, a .pdf)
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "no-text"; // an empty file, or a .docx of images only

/**
 * A narrative that cannot be used, said in Chinese (the message, naming the file) and in English. The
 * tables are checked all the same: a host reports this beside the workbook's findings, never instead.
 */
export class NarrativeReadError extends Error {
  constructor(
    message: string,
    readonly reason: NarrativeReadFailure,
    readonly en: string,
  ) {
    super(message);
    this.name = "NarrativeReadError";
  }
}
