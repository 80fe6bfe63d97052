import { CellInput } from "../../src/engine/calc/input";
import { CellRange } from "../../src/engine/model";
import { evaluateFormula, RangeReader } from "../../src/functions/formula";

/** Two sheets as grids from A1. */
const SHEETS: Record<string, CellInput[][]> = {
  表: [
    ["201", 2507.57],
    ["2010301", 972.48],
    ["2010302", 1535.09],
    ["210", 5],
    ["2101101", 5],
  ],
  "绩效 表": [[2], [3]],
};

const reader: RangeReader = (sheet: string | undefined, r: CellRange) => {
  const grid = SHEETS[sheet ?? "表"] ?? [];
  const out: CellInput[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const cells: CellInput[] = [];
    for (let col = r.left; col <= r.right; col++) cells.push(grid[row]?.[col] ?? null);
    out.push(cells);
  }
  return out;
};

const ev = (f: string) => evaluateFormula(f, reader);

describe("evaluateFormula", () => {
  it("calls JUESUAN functions with ranges, numbers and texts", () => {
    expect(ev('=JUESUAN.ROLLUP(A1:A5,B1:B5,"201")')).toBe(2507.57);
    expect(ev("JUESUAN.ROLLUP($A$1:$A$5, $B$1:$B$5, 210)")).toBe(5);
    expect(ev("=JUESUAN.EXECRATE(972.48,959.4)")).toBe(1.0136);
    expect(ev('=JUESUAN.SCORE(5,"100%","75%")')).toBe(3.75);
    expect(ev('=juesuan.codename("2010301")')).toBe("行政运行");
  });

  it("reads quoted sheet names, omitted arguments and nested calls", () => {
    expect(ev("=JUESUAN.GRADE(SUM('绩效 表'!A1:A2,90))")).toBe("优");
    expect(ev("=JUESUAN.BUDGETSCORE(90,100,,0)")).toBe(9);
    expect(ev("=JUESUAN.SHARES(B4:B5)")).toEqual([[0.5], [0.5]]);
    expect(ev('=JUESUAN.SCORE(5,"say ""hi""",1)')).toMatchObject({ error: "#VALUE!" });
  });

  it("shows the Excel error a function raises", () => {
    expect(ev("=JUESUAN.EXECRATE(1,0)")).toEqual({
      error: "#DIV/0!",
      message: "预算数为 0，无法计算执行率 / the budget is zero: no execution rate",
    });
    expect(ev("=JUESUAN.YOY(1,0)")).toEqual([[1, { error: "#DIV/0!", message: expect.any(String) }, "增加"]]);
    expect(ev("=JUESUAN.GRADE(JUESUAN.EXECRATE(1,0))")).toMatchObject({ error: "#DIV/0!" });
  });

  it("counts SUM's typed arguments the way Excel does: TRUE is 1, a numeric text its number", () => {
    expect(ev("=SUM(B4:B5,TRUE)")).toBe(11);
    expect(ev('=SUM(B4:B5,"5")')).toBe(15);
    expect(ev('=SUM(B4,"五")')).toMatchObject({ error: "#VALUE!" });
    // Inside a range text is skipped.
    expect(ev("=SUM(A1:B2)")).toBe(3480.05);
  });

  it("refuses a call with fewer or more arguments than the function declares, as Excel does", () => {
    expect(ev("=JUESUAN.WAN()")).toMatchObject({ error: "#VALUE!" });
    expect(ev("=JUESUAN.ROLLUPGAP(A1:A5,B1:B5,1)")).toMatchObject({
      error: "#VALUE!",
      message: "ROLLUPGAP 应有 2 个参数，现有 3 个 / ROLLUPGAP takes 2 arguments",
    });
    expect(ev("=JUESUAN.ROLLUP(A1:A5)")).toMatchObject({
      error: "#VALUE!",
      message: "ROLLUP 应有 2 到 3 个参数，现有 1 个 / ROLLUP takes 2 to 3 arguments",
    });
    // Optional arguments may be left out, or given empty.
    expect(ev("=JUESUAN.ROLLUP(A1:A5,B1:B5)")).toBe(ev('=JUESUAN.ROLLUP(A1:A5,B1:B5,"")'));
    expect(ev("=JUESUAN.ROUNDHALFUP(2.5)")).toBe(3);
    expect(ev("=JUESUAN.ROUNDHALFUP(2.5,)")).toBe(3);
    expect(ev("=JUESUAN.WAN(1,2,3)")).toMatchObject({ error: "#VALUE!" });
  });

  it("passes on an error spilled by a nested call", () => {
    expect(ev("=JUESUAN.SHARES(JUESUAN.YOY(1,0))")).toMatchObject({ error: "#DIV/0!" });
  });

  it("refuses what it cannot read instead of guessing", () => {
    expect(ev("=JUESUAN.NOPE(1)")).toMatchObject({ error: "#NAME?" });
    expect(ev("=VLOOKUP(1,A1:B2,2)")).toMatchObject({ error: "#NAME?" });
    expect(ev("=JUESUAN.WAN(1")).toMatchObject({ error: "#NAME?" });
    expect(ev("=1+2")).toMatchObject({ error: "#NAME?" });
    expect(ev("=JUESUAN.WAN(B1:B2)")).toMatchObject({ error: "#VALUE!" });
  });
});
