import { Money } from "../../src/engine/decimal";
import { compare, decimalOf, equal, exactOf, plus, sumsExactly } from "../../src/engine/selfeval/exact";
import { centsOf, weightNumber } from "../../src/engine/selfeval/text";
import { PerfNumber } from "../../src/engine/selfeval/types";

const ref = { sheet: "自评", address: "F9" };
const n = (digits: string): PerfNumber => weightNumber(ref, digits, digits);
/** A number the cents cannot hold (3 decimals): decimal.js takes it. */
const fine = (digits: string): PerfNumber => ({ ...n(digits), cents: undefined });

describe("centsOf: the written number × 100, exactly", () => {
  it("reads up to 13 whole digits and 2 decimals", () => {
    expect(centsOf("4.79")).toBe(479);
    expect(centsOf("-0.1")).toBe(-10);
    expect(centsOf("1234567890123.45")).toBe(123456789012345);
    expect(n("2.5").cents).toBe(250);
  });

  it("leaves finer or longer numbers to decimal.js", () => {
    expect(centsOf("4.795")).toBeUndefined();
    expect(centsOf("1234567890123456")).toBeUndefined(); // 16 digits: more than a double holds exactly
    expect(centsOf("12345678901234")).toBe(1234567890123400);
    expect(centsOf("1,234")).toBeUndefined();
  });
});

describe("exact sums and comparisons of weights and scores", () => {
  it("adds cents while every part has them, and gives the Decimal a sum of Decimals gives", () => {
    const sum = [n("2.5"), n("0.25"), n("97.25")].map(exactOf).reduce(plus, 0);
    expect(sum).toBe(10000);
    expect(equal(sum, 10000)).toBe(true);
    expect(decimalOf(sum).toString()).toBe("100");
  });

  it("goes on in decimal.js from the first part without cents", () => {
    const sum = [n("2.5"), fine("0.125"), n("1")].map(exactOf).reduce(plus, 0);
    expect(typeof sum).not.toBe("number");
    expect(decimalOf(sum).toString()).toBe("3.625");
    expect(equal(sum, exactOf(n("3.62")))).toBe(false);
    expect(equal(sum, new Money("3.625"))).toBe(true);
  });

  it("compares as decimal.js does, with or without cents", () => {
    expect(compare(n("4.8"), n("5"))).toBeLessThan(0);
    expect(compare(n("5.00"), n("5"))).toBe(0);
    expect(compare(fine("5.001"), n("5"))).toBeGreaterThan(0);
  });

  it("tells a 总分 that adds up to the cent, and nothing else", () => {
    expect(sumsExactly(n("9.5"), [n("4.75"), n("4.75")])).toBe(true);
    expect(sumsExactly(n("9.6"), [n("4.75"), n("4.75")])).toBe(false);
    expect(sumsExactly(n("9.5"), [n("4.75"), fine("4.75")])).toBe(false);
  });
});
