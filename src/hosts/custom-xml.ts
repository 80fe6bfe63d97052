/**
 * The add-in's state as a CustomXmlPart's XML: `<juesuan xmlns="urn:juesuan:…">JSON</juesuan>`. Excel
 * writes and reads it through Office.js (./excel/store.ts); the .xlsx reader finds it in the package's
 * customXml folder, so the CLI and the browser page see what the panel kept in Excel.
 */

/**
 * Text content needs only &, < and > escaped. Quotes are left as they are: JSON is full of them, and
 * "&quot;" would more than double a mark record's size against Excel on the web's ~5 MB request limit.
 */
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export function toXml(namespace: string, data: unknown): string {
  const text = JSON.stringify(data).replace(/[&<>]/g, (ch) => XML_ESCAPES[ch]);
  return `<juesuan xmlns="${namespace}">${text}</juesuan>`;
}

/** The JSON inside a part written by toXml; undefined when the part is not ours or is damaged. */
export function fromXml(xml: string): unknown {
  const m = /<(?:[\w-]+:)?juesuan\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?juesuan>/.exec(xml);
  if (!m) return undefined;
  const text = m[1].replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? "";
  });
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The namespace of a part's root element, if it is one of ours. */
export function namespaceOf(xml: string): string | undefined {
  return /<(?:[\w-]+:)?juesuan\b[^>]*?\bxmlns(?::[\w-]+)?="([^"]*)"/.exec(xml)?.[1];
}
