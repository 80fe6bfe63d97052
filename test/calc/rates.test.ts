import { Money } from "../../src/engine/decimal";
import { executionRate, share, sharesToHundred, yearOnYear } from "../../src/engine/calc";

const m = (s: string) => new Money(s);

describe("executionRate", () => {
  it("seed: 行政运行 972.48 of 959.40 is 101.36%", () => {
    const r = executionRate(m("972.48"), m("959.40"));
    expect(r.ok && r.value.toDecimalPlaces(4).toString()).toBe("1.0136");
  });

  it("a zero budget is a division by zero", () => {
    const r = executionRate(m("5"), m("0"));
    expect(!r.ok && r.code).toBe("divisionByZero");
  });
});

describe("share", () => {
  it("seed: 137.96 of 2,897.43 is 4.76% (the report says 4.77%)", () => {
    const r = share(m("137.96"), m("2897.43"));
    expect(r.ok && r.value.toDecimalPlaces(4).toString()).toBe("0.0476");
  });

  it("a zero total is a division by zero", () => {
    expect(share(m("1"), m("0")).ok).toBe(false);
  });
});

describe("sharesToHundred", () => {
  const seed = ["2507.57", "105.46", "137.96", "146.44"].map(m);

  it("seed's four 类 add to exactly 100.00% (hand rounding gives 99.99%, the report 100.01%)", () => {
    const hand = seed.map((a) => a.dividedBy(m("2897.43")).toDecimalPlaces(4));
    expect(hand.reduce((s, x) => s.plus(x), m("0")).toString()).toBe("0.9999");
    const r = sharesToHundred(seed, 2);
    if (!r.ok) throw new Error(r.zh);
    expect(r.value.map((s) => s.toString())).toEqual(["0.8655", "0.0364", "0.0476", "0.0505"]);
    expect(r.value.reduce((s, x) => s.plus(x), m("0")).toString()).toBe("1");
  });

  it("gives the missing units to the largest remainders, ties to the earlier amount", () => {
    const r = sharesToHundred([m("1"), m("1"), m("1")], 0);
    expect(r.ok && r.value.map((s) => s.toString())).toEqual(["0.34", "0.33", "0.33"]);
  });

  it("keeps zero amounts at zero", () => {
    const r = sharesToHundred([m("0"), m("3"), m("1")], 1);
    expect(r.ok && r.value.map((s) => s.toString())).toEqual(["0", "0.75", "0.25"]);
  });

  it("refuses negative amounts and a zero sum", () => {
    const neg = sharesToHundred([m("5"), m("-1")], 2);
    expect(!neg.ok && neg.code).toBe("number");
    const zero = sharesToHundred([m("0"), m("0")], 2);
    expect(!zero.ok && zero.code).toBe("divisionByZero");
  });
});

describe("yearOnYear", () => {
  it("seed: 2,897.43 against 4,657.81 is 1,760.38 less, −37.8%", () => {
    const y = yearOnYear(m("2897.43"), m("4657.81"));
    expect(y.change.toString()).toBe("-1760.38");
    expect(y.rate?.toDecimalPlaces(3).toString()).toBe("-0.378");
    expect(y.word).toBe("减少");
  });

  it("says 增加 and 持平, and has no rate against a zero year", () => {
    expect(yearOnYear(m("2"), m("1")).word).toBe("增加");
    expect(yearOnYear(m("1.10"), m("1.1")).word).toBe("持平");
    expect(yearOnYear(m("3"), m("0")).rate).toBeNull();
  });
});
