import { rangeCells, vector } from "../../src/functions/cells";
import { FUNCTIONS as F } from "../../src/functions/functions";
import { excelError } from "./excel-error";

/**
 * ROLLUP and ROLLUPGAP read Excel's code cells where Excel put them, straight into digits: numbers and
 * text must give the same result, blanks are rows without a code, and an Excel error in any code cell is
 * passed on, even when a code above or below it is at fault too.
 */
class CellError {
  constructor(readonly code: string) {}
}

const col = (...values: unknown[]) => values.map((v) => [v]);

const TEXT = col("合计", "201", "20103", "2010301", "2010302", "210", "21011", "2101101", "2101199");
const NUMBERS = col("合计", 201, 20103, 2010301, 2010302, 210, 21011, 2101101, 2101199);
const AMOUNTS = col(2545.69, 2507.57, 2507.57, 972.48, 1535.09, 137.96, 137.96, 29.15, 5.97);

describe("code cells as numbers or text", () => {
  it("give the same rollups and gaps", () => {
    for (const prefix of ["", "2", "201", "2101101"]) {
      expect(F.ROLLUP(NUMBERS, AMOUNTS, prefix)).toBe(F.ROLLUP(TEXT, AMOUNTS, prefix));
    }
    expect(F.ROLLUP(NUMBERS, AMOUNTS, 210)).toBe(35.12);
    expect(F.ROLLUPGAP(NUMBERS, AMOUNTS)).toEqual(F.ROLLUPGAP(TEXT, AMOUNTS));
    expect(F.ROLLUPGAP(NUMBERS, AMOUNTS)).toEqual(col("", 0, 0, "", "", 0, 102.84, "", ""));
  });

  it("mix in one column, with names after the code and full-width digits", () => {
    const mixed = col(
      "合计",
      201,
      "20103 一般公共服务",
      "２０１０３０１",
      2010302,
      "210",
      21011,
      2101101,
      "2101199",
    );
    expect(F.ROLLUP(mixed, AMOUNTS, "")).toBe(F.ROLLUP(TEXT, AMOUNTS, ""));
    expect(F.ROLLUPGAP(mixed, AMOUNTS)).toEqual(F.ROLLUPGAP(TEXT, AMOUNTS));
  });

  it("refuse a duplicated code written once as a number and once as text", () => {
    expect(excelError(() => F.ROLLUP(col(201, "20101", "201"), col(1, 1, 1), ""))).toEqual({
      code: "#VALUE!",
      message: "编码 201 出现两次（区域第 1 行和第 3 行），无法汇总 / code 201 appears twice (rows 1 and 3)",
    });
  });
});

describe("a code column with blanks and errors", () => {
  it("reads blank and empty cells as rows without a code", () => {
    const codes = col("201", null, "", "2010301", undefined, "2010302");
    const amounts = col(5, 100, 100, 2, 100, 3);
    expect(F.ROLLUP(codes, amounts, "201")).toBe(5);
    expect(F.ROLLUPGAP(codes, amounts)).toEqual(col(0, "", "", "", "", ""));
  });

  it("passes on an error in a code cell below a code at fault, as before any code was read", () => {
    const codes = col("201", "2010", new CellError("#N/A"), "2010301");
    expect(excelError(() => F.ROLLUP(codes, col(1, 1, 1, 1), ""))).toEqual({
      code: "#N/A",
      message: "编码区域第 3 行为错误值 #N/A / row 3 of the codes is the error #N/A",
    });
    expect(excelError(() => F.ROLLUPGAP(codes, col(1, 1, 1, 1))).code).toBe("#N/A");
    // Without the error the code at fault is reported.
    expect(excelError(() => F.ROLLUP(col("201", "2010", "2010301"), col(1, 1, 1), "")).message).toMatch(
      /编码区域第 2 行“2010”不是类/,
    );
  });

  it("passes on the first error, in text or as an error object, in one column or in three", () => {
    expect(excelError(() => F.ROLLUP(col("201", "#REF!", { error: "#N/A" }), col(1, 1, 1), "")).code).toBe(
      "#VALUE!",
    );
    expect(excelError(() => F.ROLLUP(col("201", { error: "#N/A" }, "#DIV/0!"), col(1, 1, 1), "")).code).toBe(
      "#N/A",
    );
    const split = [
      ["201", "", ""],
      ["", "0", ""], // a 款 of one digit pads to "00": 20100, no fault
      ["", "03", new CellError("#N/A")],
    ];
    expect(excelError(() => F.ROLLUP(split, col(1, 1, 1), ""))).toEqual({
      code: "#N/A",
      message: "编码区域第 3 行为错误值 #N/A / row 3 of the codes is the error #N/A",
    });
  });
});

describe("rangeCells and vector", () => {
  it("read a range in place: its size, each cell as an input, errors passed on with their row", () => {
    const cells = rangeCells([[201], [" 201 03 "], [{ code: "#REF!" }]], "编码区域", "the codes");
    expect([cells.rows, cells.width, cells.at(0, 0), cells.at(1, 0)]).toEqual([3, 1, 201, " 201 03 "]);
    expect(cells.at(0, 1)).toBeNull();
    expect(excelError(() => cells.at(2, 0))).toEqual({
      code: "#VALUE!",
      message: "编码区域第 3 行为错误值 #REF! / row 3 of the codes is the error #REF!",
    });
    expect(excelError(() => cells.passOnErrors()).code).toBe("#VALUE!");
    expect(() => rangeCells([["201", 3]], "编码区域", "the codes").passOnErrors()).not.toThrow();
    expect(rangeCells(201, "编码区域", "the codes")).toMatchObject({ rows: 1, width: 1 });
    expect(rangeCells([], "编码区域", "the codes")).toMatchObject({ rows: 0, width: 0 });
  });

  it("take one column, one row or one value, and refuse a block", () => {
    expect(vector(col(1, "2", null), "金额区域", "amounts")).toEqual({ ok: true, value: [1, "2", null] });
    expect(vector([[1, "2", null]], "金额区域", "amounts")).toEqual({ ok: true, value: [1, "2", null] });
    expect(vector(1260.5300000000002, "金额区域", "amounts")).toEqual({ ok: true, value: [1260.53] });
    expect(vector([], "金额区域", "amounts")).toEqual({ ok: true, value: [] });
    expect(
      vector(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "金额区域",
        "amounts",
      ),
    ).toMatchObject({ ok: false, zh: "金额区域应为一列或一行，现为 3 行 × 2 列" });
  });
});
