import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { toXml } from "../../src/hosts/custom-xml";

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/**
 * An .xlsx package with CustomXmlParts added as Excel saves them: customXml/itemN.xml holding the part,
 * its itemPropsN.xml and rels, the workbook's relationship to it and the content type of the props.
 * `parts` are the items' XML texts, in order.
 */
export function withCustomXml(xlsx: Uint8Array, parts: string[]): Uint8Array {
  const files = unzipSync(xlsx);
  let rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  let types = strFromU8(files["[Content_Types].xml"]);
  parts.forEach((xml, i) => {
    const n = i + 1;
    files[`customXml/item${n}.xml`] = strToU8(xml);
    files[`customXml/itemProps${n}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6B1E0C7A-3F0D-4C55-9A1E-00000000000${n}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdJuesuan${n}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`,
    );
  });
  files["xl/_rels/workbook.xml.rels"] = strToU8(rels);
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files);
}

/** A part as Excel keeps the add-in's: an XML declaration, then the element toXml writes. */
export const excelPart = (namespace: string, data: unknown) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${toXml(namespace, data)}`;
