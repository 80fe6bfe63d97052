import { FunctionError } from "../../src/functions/errors";
import { excelError } from "./excel-error";
import { FUNCTIONS as F } from "../../src/functions/functions";

const col = (...values: unknown[]) => values.map((v) => [v]);

const CODES = col("合计", "201", "20103", "2010301", "2010302", "210", "21011", "2101101", "2101199");
const AMOUNTS = col("2,897.43", 2507.57, 2507.57, 972.48, 1535.09, 137.96, 137.96, 29.15, 5.97);

describe("ROLLUP / ROLLUPGAP", () => {
  it("sums the leaves under a prefix, amounts as numbers or published text", () => {
    expect(F.ROLLUP(CODES, AMOUNTS, "201")).toBe(2507.57);
    expect(F.ROLLUP(CODES, AMOUNTS, 210)).toBe(35.12);
    expect(F.ROLLUP(CODES, AMOUNTS, "")).toBe(2542.69);
  });

  it("reads split 类/款/项 columns", () => {
    const split = [
      ["201", "", ""],
      ["201", "03", ""],
      ["201", "03", "01"],
      ["201", "03", "02"],
    ];
    expect(F.ROLLUP(split, col(2507.57, 2507.57, 972.48, 1535.09), "20103")).toBe(2507.57);
  });

  it("spills parent − Σ children, blank for leaves", () => {
    expect(F.ROLLUPGAP(CODES, AMOUNTS)).toEqual(col("", 0, 0, "", "", 0, 102.84, "", ""));
  });

  it("gives #VALUE! for ranges of different sizes or a bad code, #N/A for an unknown prefix", () => {
    expect(excelError(() => F.ROLLUP(CODES, AMOUNTS.slice(1), "201")).code).toBe("#VALUE!");
    expect(excelError(() => F.ROLLUP(col("2010"), col(1), "201")).code).toBe("#VALUE!");
    expect(
      excelError(() =>
        F.ROLLUP(
          col("201", "2010301"),
          [
            [1, 2],
            [3, 4],
          ],
          "201",
        ),
      ).message,
    ).toMatch(/金额区域应为一列或一行/);
    const na = excelError(() => F.ROLLUP(CODES, AMOUNTS, "205"));
    expect(na).toEqual({
      code: "#N/A",
      message: "区域中没有以 205 开头的编码 / no code in the range starts with 205",
    });
  });
});

describe("CODELEVEL / CODEPARENT / CODENAME", () => {
  it("answers from the code and the code lists", () => {
    expect(F.CODELEVEL(2010301)).toBe("项");
    expect(F.CODELEVEL("201 03")).toBe("款");
    expect(F.CODELEVEL("2010301 行政运行")).toBe("项");
    expect(F.CODEPARENT("2010301")).toBe("20103");
    expect(F.CODEPARENT(201)).toBe("");
    expect(F.CODENAME("2210201")).toBe("住房公积金");
    expect(F.CODENAME(30101)).toBe("基本工资");
    expect(F.CODENAME("301", "经济")).toBe("工资福利支出");
  });

  it("refuses a code of the wrong length (#VALUE!) and an unlisted code (#N/A)", () => {
    expect(excelError(() => F.CODELEVEL("2010")).code).toBe("#VALUE!");
    expect(excelError(() => F.CODELEVEL("")).code).toBe("#VALUE!");
    expect(excelError(() => F.CODEPARENT("合计")).message).toBe(
      '“合计”不是类（3 位）、款（5 位）或项（7 位）编码 / "合计" is not a 3-, 5- or 7-digit code',
    );
    expect(excelError(() => F.CODENAME("2999999")).code).toBe("#N/A");
    expect(excelError(() => F.CODENAME("301", "功能")).code).toBe("#N/A");
    expect(excelError(() => F.CODENAME("301", "别的")).code).toBe("#VALUE!");
  });
});

describe("EXECRATE / SHARE / SHARES / YOY", () => {
  it("seed: EXECRATE(972.48, 959.40) is 101.36%", () => {
    expect(F.EXECRATE(972.48, 959.4)).toBe(1.0136);
    expect(F.EXECRATE("2,897.43", "3,090.37", 1)).toBe(0.938);
  });

  it("a zero budget is #DIV/0!, text is #VALUE!", () => {
    expect(excelError(() => F.EXECRATE(1, 0)).code).toBe("#DIV/0!");
    expect(excelError(() => F.EXECRATE("约100", 5)).code).toBe("#VALUE!");
    expect(excelError(() => F.EXECRATE(1, 2, 11)).code).toBe("#NUM!");
  });

  it("SHARE rounds each share; SHARES of the seed's four 类 add to exactly 100.00%", () => {
    expect(F.SHARE(137.96, 2897.43)).toBe(0.0476);
    const shares = F.SHARES(col(2507.57, 105.46, 137.96, 146.44));
    expect(shares).toEqual(col(0.8655, 0.0364, 0.0476, 0.0505));
    expect(Math.round(shares.flat().reduce((a, b) => a + b, 0) * 10000)).toBe(10000);
    expect(F.SHARES([[1, 1, 1]], 0)).toEqual([[0.34, 0.33, 0.33]]);
  });

  it("SHARES refuses text and an all-zero range", () => {
    expect(excelError(() => F.SHARES(col(1, "x"))).code).toBe("#VALUE!");
    expect(excelError(() => F.SHARES(col(0, "")))).toMatchObject({ code: "#DIV/0!" });
  });

  it("YOY spills change, rate and the word", () => {
    expect(F.YOY(2897.43, 4657.81, 1)).toEqual([[-1760.38, -0.378, "减少"]]);
    expect(F.YOY(110, 100)).toEqual([[10, 0.1, "增加"]]);
    const [[change, rate, word]] = F.YOY(5, 0);
    expect([change, word]).toEqual([5, "增加"]);
    expect(rate).toBeInstanceOf(FunctionError);
    expect((rate as FunctionError).code).toBe("#DIV/0!");
  });
});

describe("SCORE / QSCORE / BUDGETSCORE / GRADE", () => {
  it("seed 政务中心运行经费: 租金 3.75, 水电气 4.79 (水电 11 + 燃气 12 of 24 months)", () => {
    expect(F.SCORE(5, [["100%"]], [["75%"]])).toBe(3.75);
    expect(F.SCORE(5, col("12个月", "12个月"), col("11个月", "12个月"))).toBe(4.79);
    expect(F.SCORE(5, [["12个月"]], [["11个月"]])).toBe(4.58);
  });

  it("reads typed targets, 反向 for ≤, capped at the weight", () => {
    expect(F.SCORE(2, [["≥ 96 %"]], [[0.96]])).toBe(2);
    expect(F.SCORE(10, [["≤120分钟"]], [["150分钟"]])).toBe(8);
    expect(F.SCORE(2, [["12000份"]], [["13922份"]])).toBe(2);
    expect(F.SCORE(3, [["9项"]], [["2项"]], 3)).toBe(0.667);
  });

  it("an unreadable target or actual is #VALUE!, never a number", () => {
    const e = excelError(() => F.SCORE(5, [["按合同约定支付"]], [["75%"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^无法识别目标值“按合同约定支付”/);
    expect(excelError(() => F.SCORE(5, [["100%"]], [["已支付三个季度租金"]])).code).toBe("#VALUE!");
    expect(excelError(() => F.SCORE("", [["100%"]], [["75%"]])).code).toBe("#VALUE!");
  });

  it("QSCORE: tiers, ratios inside tiers, #NUM! outside", () => {
    expect(F.QSCORE(2, "达成")).toBe(2);
    expect(F.QSCORE(2, "部分达成")).toBe(1);
    expect(F.QSCORE(5, "达成", 0.8)).toBe(4);
    expect(F.QSCORE(2, 0.8)).toBe(1.6);
    expect(excelError(() => F.QSCORE(2, "部分达成", 0.9)).code).toBe("#NUM!");
    expect(excelError(() => F.QSCORE(2, "还行")).code).toBe("#VALUE!");
  });

  it("BUDGETSCORE defaults to 10 points; the seed's tables use 20", () => {
    expect(F.BUDGETSCORE(900, 1000)).toBe(9);
    expect(F.BUDGETSCORE(2897.43, 2897.43, 20)).toBe(20);
    expect(F.BUDGETSCORE(972.48, 959.4)).toBe(10);
    expect(excelError(() => F.BUDGETSCORE(5, 0)).code).toBe("#DIV/0!");
  });

  it("amounts come as Excel's do, the value before its base: BUDGETSCORE = weight × EXECRATE", () => {
    for (const [executed, budget] of [
      [900, 1000],
      [300, 1200],
      [1000, 800],
    ]) {
      expect(F.BUDGETSCORE(executed, budget, 10, 4)).toBe(Math.min(10, F.EXECRATE(executed, budget, 2) * 10));
    }
    expect(F.BUDGETSCORE(300, 1200)).toBe(2.5);
    expect(F.BUDGETSCORE(1200, 300)).toBe(10);
  });

  it("ROUNDHALFUP's digits and ROLLUP's prefix may be left out", () => {
    expect(F.ROUNDHALFUP(2.5)).toBe(3);
    expect(F.ROUNDHALFUP(2.5, undefined)).toBe(3);
    const codes = [["201"], ["20101"], ["2010101"], ["2010102"]];
    const amounts = [[3], [3], [1], [2]];
    expect(F.ROLLUP(codes, amounts)).toBe(3);
    expect(F.ROLLUP(codes, amounts, null)).toBe(3);
  });

  it("GRADE: seed's 97 is 优; out of range is #NUM!", () => {
    expect(F.GRADE(97)).toBe("优");
    expect(F.GRADE(94.29)).toBe("优");
    expect(F.GRADE(85)).toBe("良");
    expect(F.GRADE(60)).toBe("中");
    expect(F.GRADE(59.9)).toBe("差");
    expect(excelError(() => F.GRADE(101)).code).toBe("#NUM!");
    expect(excelError(() => F.GRADE("优")).code).toBe("#VALUE!");
  });
});

describe("WAN / ROUNDHALFUP", () => {
  it("converts 元 to 万元 half-up", () => {
    expect(F.WAN(28974321.5)).toBe(2897.43);
    expect(F.WAN(50)).toBe(0.01);
    expect(F.WAN("1,234,567", 4)).toBe(123.4567);
  });

  it("rounds exactly where binary floating point would not", () => {
    expect(F.ROUNDHALFUP(1.005, 2)).toBe(1.01);
    expect(F.ROUNDHALFUP(2.675, 2)).toBe(2.68);
    expect(F.ROUNDHALFUP(-1.005, 2)).toBe(-1.01);
    expect(F.ROUNDHALFUP(1250, -2)).toBe(1300);
    expect(excelError(() => F.ROUNDHALFUP(1, 1.5)).code).toBe("#NUM!");
  });
});
