import { readFileSync } from "fs";
import { join } from "path";
import { EXPLANATIONS_NAMESPACE } from "../../src/engine/explanations";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { excelPart, withCustomXml } from "./xlsx-part";

/** The .xlsx reader hands the add-in's CustomXmlParts to the hosts, decoded, by namespace. */

const sample = new Uint8Array(readFileSync(join(__dirname, "..", "..", "samples", "corrected.xlsx")));
const list = [{ rule: "ZC.row.total", cells: ["公开03表!E16"], figures: "1|2|1", text: "A&B <核实>" }];

describe("CustomXmlParts in the .xlsx package", () => {
  it("reads ours by namespace, its escaped text intact, and passes others' and damaged ones by", async () => {
    const sharePoint =
      '<?xml version="1.0"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement/></p:properties>';
    const damaged = '<juesuan xmlns="urn:juesuan:settings:1">{"lang":</juesuan>';
    const wb = await readXlsx(
      withCustomXml(sample, [sharePoint, damaged, excelPart(EXPLANATIONS_NAMESPACE, list)]),
      "a.xlsx",
    );
    expect(wb.parts).toEqual({ [EXPLANATIONS_NAMESPACE]: list });
    expect(wb.sheets.length).toBe((await readXlsx(sample)).sheets.length);
  });

  it("reads a part saved as UTF-16, and gives no parts for a file without any", async () => {
    const xml = excelPart(EXPLANATIONS_NAMESPACE, list);
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++)
      utf16.set([xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8], 2 + i * 2);
    const withPart = withCustomXml(sample, ["placeholder"]);
    const { unzipSync, zipSync } = await import("fflate");
    const files = unzipSync(withPart);
    files["customXml/item1.xml"] = utf16;
    expect((await readXlsx(zipSync(files))).parts).toEqual({ [EXPLANATIONS_NAMESPACE]: list });
    expect((await readXlsx(sample)).parts).toBeUndefined();
  });
});
