import { CellInput, readCodeColumn, rollup, rollupGaps } from "../../src/engine/calc";
import {
  CodeDigits,
  codeDigitsOf,
  codeText,
  digitValue,
  readCodeDigits,
} from "../../src/engine/calc/code-column";

/**
 * Codes as digits (count and value), the way ROLLUP and ROLLUPGAP read Excel's code cells without a
 * string per code. Numbers and text must read alike, leading zeros must survive, and every fault must
 * be reported as the text reader reported it.
 */
const read = (rows: CellInput[][]) => readCodeDigits(rows.length, rows[0]?.length ?? 0, (r, c) => rows[r][c]);

const texts = (d: CodeDigits) => Array.from(d.length, (l, r) => (l === 0 ? null : codeText(l, d.value[r])));

describe("digitValue, codeText", () => {
  it("reads 1–7 ASCII digits and nothing else", () => {
    expect(digitValue("2010301")).toBe(2010301);
    expect(digitValue("007")).toBe(7);
    expect(digitValue("")).toBe(-1);
    expect(digitValue("20103011")).toBe(-1);
    expect(digitValue("201a")).toBe(-1);
    expect(digitValue("２０１")).toBe(-1); // full-width digits are the reader's business, not this one's
  });

  it("writes a code back with its leading zeros", () => {
    expect(codeText(7, 2010301)).toBe("2010301");
    expect(codeText(4, 101)).toBe("0101");
  });
});

describe("readCodeDigits", () => {
  it("reads numeric and text code cells alike", () => {
    const numbers = read([[201], [20103], [2010301], [30101], [302]]);
    const text = read([["201"], ["20103"], ["2010301"], ["30101"], ["302"]]);
    expect(numbers).toEqual(text);
    expect(numbers.ok && Array.from(numbers.value.length)).toEqual([3, 5, 7, 5, 3]);
    expect(numbers.ok && Array.from(numbers.value.value)).toEqual([201, 20103, 2010301, 30101, 302]);
  });

  it("reads names, full-width digits, blanks and 合计 as the text reader does", () => {
    const rows: CellInput[][] = [
      ["合计"],
      ["2010301 行政运行"],
      ["２０１"],
      [" 201 03 "],
      [null],
      [""],
      [true],
      [undefined],
    ];
    const digits = read(rows);
    expect(digits.ok && texts(digits.value)).toEqual([
      null,
      "2010301",
      "201",
      "20103",
      null,
      null,
      null,
      null,
    ]);
    expect(readCodeColumn(rows)).toEqual({ ok: true, value: digits.ok && texts(digits.value) });
  });

  it("refuses a length that is no code, numbers and text alike, naming the row and the digits", () => {
    const message = (cell: CellInput) => {
      const r = read([["201"], [cell]]);
      return r.ok ? "" : r.zh;
    };
    expect(message(2010)).toBe("编码区域第 2 行“2010”不是类（3 位）、款（5 位）或项（7 位）编码");
    expect(message("2010")).toBe(message(2010));
    expect(message(0)).toMatch(/“0”不是类/);
    expect(message("0201")).toMatch(/“0201”不是类/); // text keeps its leading zero
    expect(message(20103011)).toMatch(/“20103011”不是类/); // beyond 7 digits: the text path's message
    expect(message("20103011")).toMatch(/“20103011”不是类/);
    expect(message(201.5)).toBe("编码区域第 2 行“201.5”不是编码");
    expect(message(-201)).toMatch(/“-201”不是编码/);
    // String(1e21) is "1e+21": no code, though it once passed for a 5-character one.
    expect(message(1e21)).toMatch(/“1e\+21”不是编码/);
  });

  it("reads split 类 / 款 / 项 columns with numbers and text alike", () => {
    const text = read([
      ["201", "", ""],
      ["", "03", ""],
      ["", "", "01"],
      ["2080505", "", ""],
    ]);
    const numbers = read([
      [201, null, null],
      [null, 3, null],
      [null, null, 1],
      [2080505, null, null],
    ]);
    expect(numbers).toEqual(text);
    expect(text.ok && texts(text.value)).toEqual(["201", "20103", "2010301", "2080505"]);
  });

  it("refuses a range of 2 columns and an empty one", () => {
    expect(read([["201", "03"]]).ok).toBe(false);
    expect(readCodeDigits(0, 0, () => null)).toMatchObject({
      ok: false,
      zh: expect.stringMatching(/现为 0 列/),
    });
  });
});

describe("codeDigitsOf", () => {
  it("takes codes of 1–7 digits and leaves anything else to the string path", () => {
    const d = codeDigitsOf(["01", null, "2010301"]);
    expect(d && texts(d)).toEqual(["01", null, "2010301"]);
    expect(codeDigitsOf(["201", "20103011"])).toBeUndefined();
    expect(codeDigitsOf(["201", "A01"])).toBeUndefined();
  });
});

describe("rollup and rollupGaps over digits", () => {
  const codes = ["201", "20103", "2010301", "2010302", null, "0101"];
  const amounts: CellInput[] = [100, 99.99, 40, 59.99, "合计", 3];
  const digits = codeDigitsOf(codes)!;

  it("give what the same codes as text give", () => {
    for (const prefix of ["", "2", "20103", "2010302", "0"]) {
      expect(rollup({ codes: digits, amounts }, prefix)).toEqual(rollup({ codes, amounts }, prefix));
    }
    const gaps = rollupGaps({ codes: digits, amounts });
    expect(gaps).toEqual(rollupGaps({ codes, amounts }));
    expect(gaps.ok && gaps.value.map((g) => g?.toString() ?? "")).toEqual(["0.01", "0", "", "", "", ""]);
  });

  it("name a code with its leading zeros in an amount's message", () => {
    const r = rollup({ codes: digits, amounts: [...amounts.slice(0, 5), "约3"] }, "0");
    expect(r.ok ? "" : r.zh).toBe("第 6 行（0101）的金额“约3”不是数值");
  });

  it("refuse different row counts before reading a code", () => {
    expect(rollup({ codes: digits, amounts: [1] }, "")).toMatchObject({
      ok: false,
      zh: "编码区域有 6 行，金额区域有 1 行，行数应相同",
    });
    expect(rollupGaps({ codes: digits, amounts: [1] }).ok).toBe(false);
  });
});
