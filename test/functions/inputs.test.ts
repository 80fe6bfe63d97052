import { excelError } from "./excel-error";
import { FUNCTIONS as F } from "../../src/functions/functions";

/**
 * Inputs an accountant's sheet really holds: Excel errors in cells (a failed VLOOKUP), results beyond
 * Excel's numbers, full-width text, a ratio beside a ratio level. Each gives the right number or the
 * fitting Excel error, never a wrong number.
 */

/** An error as Excel passes it in a range: CustomFunctions.Error, whose code is the error's text. */
class CellError {
  constructor(readonly code: string) {}
}

const col = (...values: unknown[]) => values.map((v) => [v]);

describe("Excel errors in the input", () => {
  it("an error in a code cell is passed on, not read as a row without a code and left out", () => {
    const amounts = col(5, 3, 2);
    expect(excelError(() => F.ROLLUP(col("201", new CellError("#N/A"), "20102"), amounts, "201"))).toEqual({
      code: "#N/A",
      message: "编码区域第 2 行为错误值 #N/A / row 2 of the codes is the error #N/A",
    });
    expect(excelError(() => F.ROLLUP(col("201", "#REF!", "20102"), amounts, "201")).code).toBe("#VALUE!");
    const split = [
      ["201", "", ""],
      ["", new CellError("#N/A"), ""],
    ];
    expect(excelError(() => F.ROLLUPGAP(split, col(5, 5))).code).toBe("#N/A");
  });

  it("an error in an argument is passed on as the same error", () => {
    expect(excelError(() => F.EXECRATE(new CellError("#N/A"), 100))).toEqual({
      code: "#N/A",
      message: "决算数为错误值 #N/A / actual amount is the error #N/A",
    });
    expect(excelError(() => F.WAN(new CellError("#DIV/0!"))).code).toBe("#DIV/0!");
    expect(excelError(() => F.CODELEVEL(new CellError("#N/A"))).code).toBe("#N/A");
    expect(excelError(() => F.GRADE(new CellError("#NUM!"))).code).toBe("#NUM!");
    expect(excelError(() => F.SHARES(col(1, new CellError("#N/A"))))).toMatchObject({ code: "#N/A" });
    expect(excelError(() => F.SCORE(5, [["100%"]], [[new CellError("#N/A")]])).message).toBe(
      "实际完成值第 1 格为错误值 #N/A / actual value 1 is the error #N/A",
    );
    expect(excelError(() => F.QSCORE(2, new CellError("#N/A"))).code).toBe("#N/A");
  });
});

describe("results Excel can hold", () => {
  it("a result beyond Excel's numbers is #NUM!, never Infinity", () => {
    expect(excelError(() => F.EXECRATE(1e308, 1e-308)).code).toBe("#NUM!");
    expect(excelError(() => F.SHARE(1e308, 1e-10)).code).toBe("#NUM!");
  });

  it("a negative that rounds to nothing is 0, not −0", () => {
    expect(F.ROUNDHALFUP(-0.001, 2)).toBe(0);
    expect(F.WAN(-49)).toBe(0);
  });
});

describe("QSCORE", () => {
  it("a ratio must lie inside the tier of a level given as a ratio", () => {
    expect(excelError(() => F.QSCORE(2, 0.6, 0.9)).code).toBe("#NUM!");
    expect(F.QSCORE(2, 0.6, 0.7)).toBe(1.4);
    expect(F.QSCORE(2, "85%", 0.9)).toBe(1.8);
  });

  it("reads full-width ratios as pasted from Word", () => {
    expect(F.QSCORE(2, "８０％")).toBe(1.6);
    expect(F.QSCORE(2, "部分达成", "７０％")).toBe(1.4);
  });
});

describe("numbers a formula computed", () => {
  // What =SUM(...) gives for scores or 款 amounts that add up to exactly 90.00 on paper.
  const scores = [14.45, 18.06, 19.62, 9.3, 15.74, 11.51, 0.6, 0.72];
  const total = scores.reduce((a, b) => a + b, 0);

  it("are read at Excel's 15 digits, the value the cell shows", () => {
    expect(total).not.toBe(90); // 89.99999999999999 in binary
    expect(F.GRADE(total)).toBe("优");
    expect(F.GRADE(100.00000000000001)).toBe("优");
    expect(F.ROUNDHALFUP(0.285 * 100, 0)).toBe(29); // 28.499999999999996, shown as 28.5
    expect(F.BUDGETSCORE(total, 90, 10)).toBe(10);
  });

  it("a parent row =SUM(children) checks to 0", () => {
    const codes = col("201", ...scores.map((_, i) => `2010${i + 1}`));
    expect(F.ROLLUPGAP(codes, col(total, ...scores))[0]).toEqual([0]);
    expect(F.ROLLUP(col("201"), col(total), "201")).toBe(90);
  });
});
