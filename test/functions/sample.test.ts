import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { CellInput } from "../../src/engine/calc/input";
import { CellRange } from "../../src/engine/model";
import { evaluateFormula, FormulaError, FormulaValue } from "../../src/functions/formula";

/**
 * samples/functions.xlsx: every formula, evaluated with the real implementations, shows the value
 * cached in the file (what Excel displays before the add-in recalculates); and the seed's figures hold.
 */
const FILE = path.join(__dirname, "../../samples/functions.xlsx");

type Shown = CellInput | FormulaError;

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  row: number;
  col: number;
}

let wb: ExcelJS.Workbook;
const formulas: FormulaCell[] = [];

function shownValue(value: ExcelJS.CellValue): Shown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && "error" in value) return { error: value.error };
  if (typeof value === "object" && "formula" in value) return shownValue(value.result ?? null);
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

function shown(sheet: string, address: string): Shown {
  return shownValue(wb.getWorksheet(sheet)?.getCell(address).value ?? null);
}

function read(sheetName: string) {
  return (sheet: string | undefined, r: CellRange): CellInput[][] => {
    const ws = wb.getWorksheet(sheet ?? sheetName);
    const out: CellInput[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const cells: CellInput[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const v = shownValue(ws?.getCell(row + 1, col + 1).value ?? null);
        cells.push(typeof v === "object" && v !== null ? null : v);
      }
      out.push(cells);
    }
    return out;
  };
}

beforeAll(async () => {
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v && v.formula) {
          formulas.push({
            sheet: ws.name,
            address: cell.address,
            formula: v.formula,
            row: cell.fullAddress.row,
            col: cell.fullAddress.col,
          });
        }
      }),
    ),
  );
});

/** Excel shows the error code; the message is not stored in the file. */
function comparable(v: Shown | FormulaValue): unknown {
  if (Array.isArray(v)) return v.map((row) => row.map((c) => comparable(c)));
  if (v && typeof v === "object" && "error" in v) return { error: v.error };
  return v === "" ? null : v;
}

describe("samples/functions.xlsx", () => {
  it("uses every function", () => {
    const used = new Set(
      formulas.flatMap((f) => [...f.formula.matchAll(/_xldudf_JUESUAN_(\w+)\(/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual(
      [
        "BUDGETSCORE",
        "CODELEVEL",
        "CODENAME",
        "CODEPARENT",
        "EXECRATE",
        "GRADE",
        "QSCORE",
        "ROLLUP",
        "ROLLUPGAP",
        "ROUNDHALFUP",
        "SCORE",
        "SHARE",
        "SHARES",
        "WAN",
        "YOY",
      ].sort(),
    );
  });

  it("every formula evaluates to the value the file shows", () => {
    expect(formulas.length).toBeGreaterThan(100);
    for (const f of formulas) {
      const result = evaluateFormula(f.formula, read(f.sheet));
      const rows = Array.isArray(result) ? result : [[result]];
      const cached = rows.map((cells, i) =>
        cells.map((_, j) => shown(f.sheet, wb.getWorksheet(f.sheet)!.getCell(f.row + i, f.col + j).address)),
      );
      expect([f.sheet, f.address, comparable(Array.isArray(result) ? result : [[result]])]).toEqual([
        f.sheet,
        f.address,
        comparable(cached),
      ]);
    }
  });

  it("shows the seed's figures", () => {
    const at = (sheet: string, address: string) => shown(sheet, address);
    // 支出决算表: rollups by 类, shares adding to 100.00%, 执行率 101.36%, 同比 −1,760.38.
    expect([26, 27, 28, 29, 30].map((r) => at("支出决算表", `C${r}`))).toEqual([
      2507.57, 105.46, 137.96, 146.44, 2897.43,
    ]);
    expect(at("支出决算表", "D30")).toBe(1);
    expect(at("支出决算表", "F30")).toBe(0.9999);
    expect(at("支出决算表", "F33")).toBe(1.0136);
    expect(["F37", "G37", "H37"].map((a) => at("支出决算表", a))).toEqual([-1760.38, -0.378, "减少"]);
    expect(at("分列编码", "H9")).toBe(2897.43);
    // 绩效自评: 整体 97 优; 政务中心运行经费 3.75, 4.79, 94.29 优.
    expect([at("绩效自评", "G44"), at("绩效自评", "G45")]).toEqual([97, "优"]);
    expect([at("绩效自评", "G50"), at("绩效自评", "G52"), at("绩效自评", "G65")]).toEqual([
      3.75, 4.79, 94.29,
    ]);
    // 换算与错误.
    expect(["C2", "C3", "C6", "C7", "C8", "C9"].map((a) => at("换算与错误", a))).toEqual([
      2897.43,
      1.01,
      { error: "#DIV/0!" },
      { error: "#VALUE!" },
      { error: "#N/A" },
      { error: "#NUM!" },
    ]);
  });

  it("writes spilled results as array formulas over their range", () => {
    const value = wb.getWorksheet("支出决算表")!.getCell("D26").value as { shareType?: string; ref?: string };
    expect([value.shareType, value.ref]).toEqual(["array", "D26:D29"]);
  });
});

/** The package itself, as Excel reads it when the workbook is opened with the add-in loaded. */
describe("samples/functions.xlsx as Excel stores formulas", () => {
  const files = unzipSync(readFileSync(FILE));
  const text = (name: string) => strFromU8(files[name]);
  const sheets = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const cells = sheets.flatMap((n) => [...text(n).matchAll(/<c r="(\w+)"([^>]*)>(<f[^>]*>)([^<]*)<\/f>/g)]);

  it("names the add-in's functions with Excel's _xldudf_ prefix, never as typed", () => {
    expect(cells.length).toBeGreaterThan(100);
    const bodies = cells.map((m) => m[4]);
    expect(bodies.filter((f) => /JUESUAN\./.test(f))).toEqual([]);
    expect(bodies.filter((f) => !/^(_xldudf_JUESUAN_[A-Z]+|SUM)\(/.test(f))).toEqual([]);
  });

  it("stores every spilled result as a dynamic array, and only those", () => {
    const arrays = cells.filter((m) => /t="array"/.test(m[3]));
    expect(arrays.map((m) => m[1]).sort()).toEqual(["D26", "D5", "F37"].sort());
    for (const m of cells) expect([m[1], / cm="1"/.test(m[2])]).toEqual([m[1], /t="array"/.test(m[3])]);
    const metadata = text("xl/metadata.xml");
    expect(metadata).toMatch(/<metadataType name="XLDAPR"/);
    expect(metadata).toMatch(/<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"\/>/);
    expect(metadata).toMatch(/<cellMetadata count="1"><bk><rc t="1" v="0"\/><\/bk><\/cellMetadata>/);
    expect(text("xl/_rels/workbook.xml.rels")).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/);
    expect(text("[Content_Types].xml")).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
    );
  });

  it("asks Excel to calculate on load, so the add-in computes every result", () => {
    expect(text("xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});
