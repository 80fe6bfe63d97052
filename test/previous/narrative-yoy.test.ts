import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/engine/check";
import { Workbook } from "../../src/engine/model";
import { readXlsx } from "../../src/hosts/xlsx/read";

/**
 * The 情况说明's 同比 figures against last year's report: samples/published.xlsx says (paragraph 17)
 * 一般公共预算财政拨款支出 2897.43 万元, 减少 1760.38 万元, 下降 37.8% against 2023.
 */

const SAMPLES = join(__dirname, "..", "..", "samples");
const read = (name: string) => readXlsx(readFileSync(join(SAMPLES, name)), name);
const yoy = (wb: Workbook, previous?: Workbook) =>
  checkWorkbook(wb, previous ? { previous: { file: "2023.xlsx", workbook: previous } } : {}).findings.filter(
    (f) => f.rule.startsWith("NARR.yoy") && f.text?.[0].paragraph === 17,
  );

/** samples/previous.xlsx with last year's 一般公共预算财政拨款支出 合计 (公开05表!E7) set. */
async function lastYearWith(total: number): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(join(SAMPLES, "previous.xlsx")) as unknown as ArrayBuffer);
  book.getWorksheet("公开05表")!.getCell("E7").value = total;
  return readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), "2023.xlsx");
}

describe("narrative 同比 with last year's report", () => {
  it("checks the change and the rate against last year's table figure, citing both years' cells", async () => {
    const published = await read("published.xlsx");
    // Last year's report holds 2,897.43 too: the change is 0.00, not 1760.38, and the rate 0.0%.
    const found = yoy(published, await read("previous.xlsx"));
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["NARR.yoy.previous", undefined, undefined],
      ["NARR.yoy.previous-rate", undefined, undefined],
    ]);
    expect(found[0].message).toContain(
      "本年 2,897.43 − 上年报表（2023.xlsx）2,897.43 = 0.00，文中增减额为 1760.38 万元",
    );
    expect(found[1].message).toContain("增减率 = 0.00 ÷ 上年报表（2023.xlsx）2,897.43 = 0.0%，文中为 37.8%");
    expect(found[0].cells).toEqual([
      { sheet: "公开05表", address: "E7" },
      { sheet: "公开05表", address: "E7", file: "2023.xlsx" },
      { sheet: "情况说明", address: "A17" },
    ]);
  });

  it("finds nothing when last year's figure bears the text out (4,657.81: −1,760.38, −37.8%)", async () => {
    const published = await read("published.xlsx");
    expect(yoy(published, await lastYearWith(4657.81))).toEqual([]);
  });

  it("without last year's report, infers 上年 = 本年 + 增减额 as before and finds the rate consistent", async () => {
    expect(yoy(await read("published.xlsx"))).toEqual([]);
  });
});
