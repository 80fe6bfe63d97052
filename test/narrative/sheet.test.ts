import { PUBLISHED_NARRATIVE } from "../../scripts/samples/narrative-data";
import { checkWorkbook } from "../../src/engine/check";
import { Sheet, Workbook } from "../../src/engine/model";
import { findNarrativeSheet } from "../../src/engine/narrative";
import { sample } from "./helpers";

/** A 情况说明 kept as a sheet of the workbook: found by name, title or content; each cell a paragraph. */

function textSheet(name: string, rows: string[][]): Sheet {
  return { name, origin: { row: 0, col: 0 }, values: rows, merges: [] };
}

/** The sample without its own 情况说明 sheet (samples/*.xlsx carry the seed narrative as one). */
const withoutNarrative = (wb: Workbook): Workbook => ({
  ...wb,
  sheets: wb.sheets.filter((s) => s.name !== "情况说明"),
});
const withSheet = (wb: Workbook, sheet: Sheet): Workbook => ({
  ...wb,
  sheets: [...withoutNarrative(wb).sheets, sheet],
});

describe("a narrative sheet", () => {
  it("is found by its name; each non-empty cell in row order is a paragraph", async () => {
    const wb = withSheet(
      await sample("published"),
      textSheet("情况说明", [
        [PUBLISHED_NARRATIVE[14], ""],
        ["", PUBLISHED_NARRATIVE[21]],
      ]),
    );
    const result = checkWorkbook(wb);
    expect(result.narrative).toMatchObject({
      source: "情况说明",
      paragraphs: 2,
      figures: 2,
      checked: 2,
      wrong: 1,
    });
    const share = result.findings.find((f) => f.rule === "NARR.share");
    expect(share?.text).toEqual([{ source: "情况说明", paragraph: 2, quote: "4.77%" }]);
    // The table cells compared, then the paragraph's own cell.
    expect(share?.cells).toEqual([
      { sheet: "公开05表", address: "E7" },
      { sheet: "公开05表", address: "E16" },
      { sheet: "情况说明", address: "B2" },
    ]);
  });

  it("is found by its title, or by long text under section headings", async () => {
    const titled = textSheet("Sheet9", [
      ["武汉市硚口区行政审批局2024年度部门决算情况说明"],
      [PUBLISHED_NARRATIVE[2]],
    ]);
    expect(findNarrativeSheet({ sheets: [titled] }, new Set())?.source).toBe("Sheet9");
    const byContent = textSheet(
      "Sheet3",
      PUBLISHED_NARRATIVE.slice(1, 10).map((p) => [p]),
    );
    expect(findNarrativeSheet({ sheets: [byContent] }, new Set())?.paragraphs).toHaveLength(9);
  });

  it("is not a sheet of tables, nor one of short labels, nor the add-in's 审核结果", async () => {
    const wb = withoutNarrative(await sample("corrected"));
    const tableSheets = new Set(wb.sheets.map((s) => s.name));
    expect(findNarrativeSheet(wb, tableSheets)).toBeUndefined();
    const labels = textSheet("Sheet4", [["一、收入支出决算总体情况说明"], ["单位"], ["金额"], ["合计"]]);
    expect(findNarrativeSheet({ sheets: [labels] }, new Set())).toBeUndefined();
    const review = textSheet(
      "审核结果",
      PUBLISHED_NARRATIVE.slice(1, 10).map((p) => [p]),
    );
    expect(findNarrativeSheet({ sheets: [review] }, new Set())).toBeUndefined();
  });

  it("gives way to a narrative given beside the workbook, and is off with its group", async () => {
    const wb = withSheet(await sample("published"), textSheet("情况说明", [[PUBLISHED_NARRATIVE[21]]]));
    const given = checkWorkbook(wb, {
      narrative: { source: "部门A.txt", paragraphs: [{ text: "无数字的一段。" }] },
    });
    expect(given.narrative).toMatchObject({ source: "部门A.txt", figures: 0 });
    const off = checkWorkbook(wb, { disabledGroups: ["narrative"] });
    expect(off.narrative).toBeUndefined();
    expect(off.findings.filter((f) => f.rule.startsWith("NARR."))).toEqual([]);
  });

  it("is absent from a workbook without one: no coverage, no narrative finding", async () => {
    const result = checkWorkbook(withoutNarrative(await sample("published")));
    expect(result.narrative).toBeUndefined();
    expect(result.findings.filter((f) => f.rule.startsWith("NARR."))).toEqual([]);
  });

  it("in the samples: the seed's faults in samples/published.xlsx, none in samples/corrected.xlsx", async () => {
    const published = checkWorkbook(await sample("published"));
    expect(published.narrative).toMatchObject({ source: "情况说明", figures: 137, wrong: 8, unchecked: 15 });
    const zero = published.findings.filter((f) => f.rule === "NARR.rate.zero");
    expect(zero.map((f) => f.cells)).toEqual(
      [49, 51, 52, 53].map((n) => [{ sheet: "情况说明", address: `A${n}` }]),
    );
    const corrected = checkWorkbook(await sample("corrected"));
    expect(corrected.narrative).toMatchObject({ source: "情况说明", wrong: 0, unchecked: 15 });
    expect(corrected.findings.filter((f) => f.rule.startsWith("NARR."))).toEqual([]);
  });
});
