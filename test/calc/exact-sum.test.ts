import { Money } from "../../src/engine/decimal";
import { ExactSum } from "../../src/engine/calc/exact-sum";

function total(numbers: number[], decimals: string[] = []): string {
  const s = new ExactSum();
  for (const n of numbers) s.addNumber(n);
  for (const d of decimals) s.add(new Money(d));
  return s.total().toString();
}

describe("ExactSum", () => {
  it("adds numbers as the decimals they show, not as binary floating point", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(total([0.1, 0.2])).toBe("0.3");
    expect(total([2507.57, 105.46, 137.96, 146.44])).toBe("2897.43");
    expect(total([-972.48, 972.48])).toBe("0");
  });

  it("takes numbers with more than two decimals exactly, through decimal.js", () => {
    expect(total([1.005, 0.0001])).toBe("1.0051");
    expect(total([0.1, 1e-7])).toBe("0.1000001");
  });

  it("takes numbers beyond the cents range exactly", () => {
    expect(total([1e15, 0.01])).toBe("1000000000000000.01");
    expect(total([9e11, 9e11, 9e11, 0.05])).toBe("2700000000000.05");
  });

  it("mixes decimals and numbers", () => {
    expect(total([1.1], ["2.22", "-0.32"])).toBe("3");
    expect(total([])).toBe("0");
  });
});
