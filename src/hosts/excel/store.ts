import { fromXml, toXml } from "../custom-xml";
import { ExcelRun } from "./run";

export { fromXml, toXml };

/**
 * The add-in's state lives in the workbook as CustomXmlParts, one per namespace, holding JSON.
 * Why parts and not Office.context.document.settings or a very-hidden sheet: parts travel with the
 * file, are invisible to the user, take no sheet (so no onChanged events, no clash with a protected
 * workbook structure, nothing for the checker to skip), are reached through Excel.run like the rest
 * of this host (one fake in tests), and are not keyed by the add-in's id, so a dev and a production
 * manifest see the same state.
 */
export const NAMESPACES = {
  marks: "urn:juesuan:marks:1",
  settings: "urn:juesuan:settings:1",
  assignments: "urn:juesuan:assignments:1",
  /** The 审核结果 sheet the add-in wrote, by id: only that sheet may be replaced by a new export. */
  review: "urn:juesuan:review:1",
} as const;

/** Queues a load of the parts in a namespace; read them after the next sync. */
export function queryParts(
  context: Excel.RequestContext,
  namespace: string,
): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  return parts;
}

/** The JSON of the first part (after queryParts was synced); one more sync. */
export async function readParts(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
): Promise<unknown> {
  const first = parts.items[0];
  if (!first) return undefined;
  const xml = first.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has no load: sync fills it
  return fromXml(xml.value);
}

/** Queues replacing the namespace's parts with one holding data (none when data is undefined). */
export function queueWrite(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  namespace: string,
  data: unknown,
): void {
  const [first, ...extra] = parts.items;
  extra.forEach((p) => p.delete());
  if (data === undefined) first?.delete();
  else if (first) first.setXml(toXml(namespace, data));
  else context.workbook.customXmlParts.add(toXml(namespace, data));
}

export function loadJson(run: ExcelRun, namespace: string): Promise<unknown> {
  return run(async (context) => {
    const parts = queryParts(context, namespace);
    await context.sync();
    return readParts(context, parts);
  });
}

export function saveJson(run: ExcelRun, namespace: string, data: unknown): Promise<void> {
  return run(async (context) => {
    const parts = queryParts(context, namespace);
    await context.sync();
    queueWrite(context, parts, namespace, data);
    await context.sync();
  });
}
