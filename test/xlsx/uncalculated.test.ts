import ExcelJS from "exceljs";
import { join } from "path";
import { checkWorkbook } from "../../src/engine/check";
import { readXlsx } from "../../src/hosts/xlsx/read";

/**
 * Files written by tools that do not calculate hold formulas without a result. Their cells read as
 * blank; a check that judged them as empty amounts would report nonsense without saying why.
 */
const CORRECTED = join(__dirname, "..", "..", "samples", "corrected.xlsx");

async function check(edit: (book: ExcelJS.Workbook) => void, lang: "zh" | "en" = "zh") {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(CORRECTED);
  edit(book);
  const wb = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), "uncalculated.xlsx");
  return checkWorkbook(wb, { lang }).findings;
}

const ZC = "公开03表";

describe("cell.uncalculated", () => {
  it("warns about a formula inside a table saved without a result, naming its cell", async () => {
    const findings = await check((book) => {
      book.getWorksheet(ZC)!.getCell("E16").value = { formula: "SUM(F16:G16)" } as ExcelJS.CellFormulaValue;
    });
    const f = findings.find((x) => x.rule === "cell.uncalculated");
    expect(f).toMatchObject({ severity: "warning", cells: [{ sheet: ZC, address: "E16" }] });
    expect(f?.message).toBe(
      "工作表“公开03表”有 1 个公式没有保存计算结果（E16），已按空白读取；请在 Excel 中打开、重新计算并保存后再检查",
    );
  });

  it("says nothing of a formula saved with its result", async () => {
    const findings = await check((book) => {
      book.getWorksheet(ZC)!.getCell("E16").value = {
        formula: "SUM(F16:G16)",
        result: 137.96,
      } as ExcelJS.CellFormulaValue;
    });
    expect(findings).toEqual([]);
  });

  it("leaves formulas outside every table alone, and lists the first three of many", async () => {
    const findings = await check((book) => {
      const ws = book.getWorksheet(ZC)!;
      ws.getCell("A60").value = { formula: "TODAY()" } as ExcelJS.CellFormulaValue;
      for (const a of ["E16", "E17", "E18", "E19"])
        ws.getCell(a).value = { formula: "0+0" } as ExcelJS.CellFormulaValue;
    }, "en");
    const f = findings.filter((x) => x.rule === "cell.uncalculated");
    expect(f).toHaveLength(1);
    expect(f[0].cells.map((c) => c.address)).toEqual(["E16", "E17", "E18", "E19"]);
    expect(f[0].message).toContain("4 formula(s) saved without a result (E16, E17, E18 …)");
  });
});
