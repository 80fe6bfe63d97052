/**
 * One part of the package, parsed with saxes as it inflates: never held whole, never matched with regexes
 * (attributes in any order or quotes, entities and namespace prefixes all read as XML defines them). A DTD's
 * own entities are not expanded: an unknown entity is an error, so an "entity bomb" is refused as damage.
 */
import { SaxesParser } from "saxes";
import { inflateEntry, WorkbookReadError, ZipEntry } from "./zip";

export interface XmlHandlers {
  /** An element opens; `name` without its namespace prefix (`x:c` → `c`). */
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string) => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

export function parsePart(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, close, text } = handlers;
  parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new TextDecoder();
  try {
    inflateEntry(bytes, entry, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(
      `工作簿已损坏（部件 ${entry.name} 不是有效的 XML：${(e as Error).message}）`,
      "corrupt",
    );
  }
}

/** A prefixed attribute by its local name, whatever the prefix (`r:id`, `ns1:id`). */
export function prefixed(attributes: Record<string, string>, name: string): string | undefined {
  for (const key in attributes) if (key.includes(":") && local(key) === name) return attributes[key];
  return undefined;
}
