/**
 * Hand-written .xlsx packages for the reader's tests: the XML exactly as a test gives it (quotes, attribute
 * order, prefixes, missing `r` attributes), which exceljs would normalise away when writing.
 */
import { deflateRawSync } from "zlib";
import { buildZip, FixtureEntry } from "./zip-fixtures";

const enc = new TextEncoder();
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface PackageSpec {
  /** Sheet name → the inside of its <worksheet> element (sheetData, mergeCells …). */
  sheets: Record<string, string>;
  /** The <si> elements of xl/sharedStrings.xml. */
  sharedStrings?: string[];
  /** The inside of <styleSheet>. */
  styles?: string;
  /** Extra attributes of <workbookPr>, e.g. date1904="1". */
  workbookPr?: string;
  /** Sheets named in workbook.xml whose part is left out of the zip. */
  missing?: string[];
  /** The first sheet's declared (uncompressed) size, when it should lie. */
  lie?: number;
  /** Extra entries, written as given. */
  extra?: FixtureEntry[];
}

export function deflated(name: string, xml: string, declaredSize?: number): FixtureEntry {
  const bytes = enc.encode(xml);
  return {
    name,
    data: new Uint8Array(deflateRawSync(bytes)),
    method: 8,
    declaredSize: declaredSize ?? bytes.length,
  };
}

/** A sheet part's XML around the inside of its <worksheet> element. */
export const worksheetXml = (inside: string) =>
  `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${inside}</worksheet>`;

/** Escapes a sheet name for an XML attribute. */
const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function xlsxPackage(spec: PackageSpec): Uint8Array {
  const names = [...Object.keys(spec.sheets), ...(spec.missing ?? [])];
  const sheetsXml = names
    .map((n, i) => `<sheet name="${attr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const rels = names.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  const entries: FixtureEntry[] = [
    deflated(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<workbookPr ${spec.workbookPr ?? ""}/><sheets>${sheetsXml}</sheets></workbook>`,
    ),
    deflated(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    ),
    deflated(
      "xl/sharedStrings.xml",
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${(spec.sharedStrings ?? []).join("")}</sst>`,
    ),
    deflated(
      "xl/styles.xml",
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${spec.styles ?? ""}</styleSheet>`,
    ),
  ];
  Object.values(spec.sheets).forEach((inside, i) =>
    entries.push(
      deflated(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(inside), i === 0 ? spec.lie : undefined),
    ),
  );
  return buildZip([...entries, ...(spec.extra ?? [])]);
}
