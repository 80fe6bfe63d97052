import { fromXml, namespaceOf } from "../custom-xml";
import { inflateEntry, ZipEntry } from "./zip";

const ITEM = /^customXml\/item\d+\.xml$/i;

/** A part's text: Excel writes UTF-8, but a part added by another tool may be UTF-16 with a BOM. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * The add-in's CustomXmlParts in the package (customXml/itemN.xml), decoded JSON by namespace; the first
 * of a namespace wins, as in Excel. Others' parts (SharePoint's, for one) and damaged ones are passed by.
 */
export function readCustomXmlParts(
  bytes: Uint8Array,
  entries: Iterable<ZipEntry>,
): { parts: Record<string, unknown>; read: ZipEntry[] } {
  const parts: Record<string, unknown> = {};
  const read: ZipEntry[] = [];
  for (const e of entries) {
    if (!ITEM.test(e.name)) continue;
    const chunks: Uint8Array[] = [];
    inflateEntry(bytes, e, (c) => chunks.push(c.slice()));
    read.push(e);
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (all.set(c, at), at + c.length), 0);
    const xml = decode(all);
    const ns = namespaceOf(xml);
    if (ns === undefined || ns in parts) continue;
    const data = fromXml(xml);
    if (data !== undefined) parts[ns] = data;
  }
  return { parts, read };
}
