/** How the host reaches Excel: Excel.run in the add-in, a fake in tests. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelRun {
  <T>(batch: ExcelBatch<T>): Promise<T>;
  /** Runs in an earlier context, as removing an event handler requires. */
  <T>(context: OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T>;
}

/** Excel.run, looked up on each call so that merely importing this module needs no Office.js. */
export const excelRun: ExcelRun = <T>(
  a: OfficeExtension.ClientRequestContext | ExcelBatch<T>,
  b?: ExcelBatch<T>,
) => (b ? Excel.run(a as OfficeExtension.ClientRequestContext, b) : Excel.run(a as ExcelBatch<T>));

/** Splits items into consecutive chunks of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Queues each chunk's requests and syncs once per chunk. One sync per chunk (never per item) is how
 * large reads and writes stay within Excel on the web's ~5 MB request and response limits.
 */
export async function syncEachChunk<T>(
  context: Excel.RequestContext,
  chunkList: T[][],
  queue: (chunk: T[], index: number) => void,
): Promise<void> {
  for (let i = 0; i < chunkList.length; i++) {
    queue(chunkList[i], i);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized chunk, on purpose
    await context.sync();
  }
}

/** Whether the host has an ExcelApi requirement set ("1.13"); assumed when Office.js cannot tell. */
export function excelApiSupported(version: string): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? true;
}
