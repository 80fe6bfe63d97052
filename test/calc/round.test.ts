import { Money } from "../../src/engine/decimal";
import { decimalOf, readDigits, readNumber, roundHalfUpTo, yuanToWan } from "../../src/engine/calc";

describe("roundHalfUpTo", () => {
  it.each([
    [1.005, 2, "1.01"],
    [1.015, 2, "1.02"],
    [2.675, 2, "2.68"],
    [-1.005, 2, "-1.01"],
    [1250, -2, "1300"],
    [1249.99, -2, "1200"],
    [0.125, 2, "0.13"],
  ])("%p to %p decimals is %s", (x, digits, expected) => {
    expect(roundHalfUpTo(decimalOf(x), digits).toString()).toBe(expected);
  });

  it("differs from binary rounding where binary is wrong", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // what floating point says
    expect(roundHalfUpTo(decimalOf(1.005), 2).toNumber()).toBe(1.01);
  });
});

describe("yuanToWan", () => {
  it("28,974,321.50 元 is 2,897.43 万元; 49.99 元 half-up is 0.01 万元", () => {
    expect(yuanToWan(new Money("28974321.50")).toString()).toBe("2897.43");
    expect(yuanToWan(new Money("50")).toString()).toBe("0.01");
    expect(yuanToWan(new Money("49.99")).toString()).toBe("0");
    expect(yuanToWan(new Money("12345"), 4).toString()).toBe("1.2345");
  });
});

describe("readNumber / readDigits", () => {
  it("reads numbers and published text, blanks as zero", () => {
    const read = (v: Parameters<typeof readNumber>[0]) => {
      const r = readNumber(v, "金额", "amount");
      return r.ok ? r.value.toString() : r.code;
    };
    expect(read(2897.43)).toBe("2897.43");
    expect(read("2,897.43")).toBe("2897.43");
    expect(read("(12.30)")).toBe("-12.3");
    expect(read("")).toBe("0");
    expect(read("—")).toBe("0");
    expect(read("约100")).toBe("value");
    expect(read(true)).toBe("value");
    expect(read(Number.NaN)).toBe("number");
    const blank = readNumber(null, "得分", "score", "error");
    expect(!blank.ok && blank.zh).toBe("得分为空");
  });

  it("reads digits with a default and bounds", () => {
    expect(readDigits(null, 2)).toEqual({ ok: true, value: 2 });
    expect(readDigits(3, 2)).toEqual({ ok: true, value: 3 });
    expect(readDigits(-1, 2).ok).toBe(false);
    expect(readDigits(-2, 0, -10)).toEqual({ ok: true, value: -2 });
    expect(readDigits(1.5, 2).ok).toBe(false);
  });
});
