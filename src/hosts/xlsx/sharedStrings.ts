/** xl/sharedStrings.xml: each `<si>`'s text, rich-text runs joined, phonetic guides (`<rPh>`) left out. */
import { parsePart } from "./xml";
import { ZipEntry } from "./zip";

export function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let text = "";
  let inT = false;
  let phonetic = false;
  parsePart(bytes, entry, {
    open(name) {
      if (name === "si") text = "";
      else if (name === "t") inT = !phonetic;
      else if (name === "rPh") phonetic = true;
    },
    close(name) {
      if (name === "si") strings.push(text);
      else if (name === "t") inT = false;
      else if (name === "rPh") phonetic = false;
    },
    text(t) {
      if (inT) text += t;
    },
  });
  return strings;
}
