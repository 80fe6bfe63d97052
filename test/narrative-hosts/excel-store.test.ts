import { createExcelHost } from "../../src/hosts/excel";
import { MAX_STORED_CHARS, NARRATIVE_NAMESPACE } from "../../src/hosts/excel/narrative";
import { toXml } from "../../src/hosts/excel/store";
import { narrativeFromText } from "../../src/hosts/narrative/read";
import { HostNotice } from "../../src/panel/host";
import { FakeBook } from "../excel/fake-excel";

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet("支出决算表", [["2024年度支出决算表"]]);
  return b;
}

const P = [
  "一、收入支出决算总体情况说明",
  "2024 年度收、支总计 2897.43 万元。与 2023 年度相比，收、支总计各减少 1760.38 万元，下降 37.8%。",
  "含 <标记> & “引号” 的段落",
];

describe("Excel: the 情况说明 kept in the workbook", () => {
  it("has none in a workbook where none was given", async () => {
    expect(await createExcelHost(book().run).loadNarrative()).toBeUndefined();
  });

  it("keeps a pasted or opened narrative across a reopened panel, in one part, and forgets it on removal", async () => {
    const b = book();
    const first = narrativeFromText(P.join("\n"), "部门A.docx");
    await createExcelHost(b.run).saveNarrative(first);
    const pasted = narrativeFromText(P.slice(0, 2).join("\n"));
    await createExcelHost(b.run).saveNarrative(pasted);
    expect(await createExcelHost(b.run).loadNarrative()).toEqual(pasted);
    expect(b.parts.filter((p) => p.xml.includes(NARRATIVE_NAMESPACE))).toHaveLength(1);
    await createExcelHost(b.run).saveNarrative(first);
    expect(await createExcelHost(b.run).loadNarrative()).toEqual(first);
    await createExcelHost(b.run).saveNarrative(undefined);
    expect(await createExcelHost(b.run).loadNarrative()).toBeUndefined();
    expect(b.parts.filter((p) => p.xml.includes(NARRATIVE_NAMESPACE))).toHaveLength(0);
  });

  it("reads a damaged record as none rather than failing", async () => {
    const b = book();
    b.parts.push({ id: "x", xml: toXml(NARRATIVE_NAMESPACE, { source: 3, paragraphs: "not a list" }) });
    expect(await createExcelHost(b.run).loadNarrative()).toBeUndefined();
  });

  it("refuses a narrative too long for Excel's requests, saying so, and keeps the one before", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    const kept = narrativeFromText(P.join("\n"), "部门A.txt");
    await host.saveNarrative(kept);
    const huge = { source: "大.txt", paragraphs: [{ text: "字".repeat(MAX_STORED_CHARS + 1) }] };
    const e = await host.saveNarrative(huge).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostNotice);
    expect((e as HostNotice).message).toBe(
      `情况说明 大.txt 过长（${MAX_STORED_CHARS + 1} 个字，超过 ${MAX_STORED_CHARS} 个），无法保存在工作簿中。`,
    );
    expect(await host.loadNarrative()).toEqual(kept);
  });
});
