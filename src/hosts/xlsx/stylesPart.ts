/** xl/styles.xml: the number format of each cell style (`<c s="3">` → cellXfs[3] → numFmtId → code). */
import { DisplayFormat, displayFormat, formatCode } from "./numberFormat";
import { parsePart } from "./xml";
import { ZipEntry } from "./zip";

export function readStyles(bytes: Uint8Array, entry: ZipEntry | undefined): DisplayFormat[] {
  const general = displayFormat("General");
  if (!entry) return [general];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  // numFmt also occurs inside differential formats (dxfs), and xf inside cellStyleXfs: only these two lists count.
  let inside: "numFmts" | "cellXfs" | undefined;
  parsePart(bytes, entry, {
    open(name, a) {
      if (name === "numFmts" || name === "cellXfs") inside = name;
      else if (name === "numFmt" && inside === "numFmts") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "xf" && inside === "cellXfs") ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === inside) inside = undefined;
    },
  });
  return ids.length ? ids.map((id) => displayFormat(formatCode(id, custom))) : [general];
}
