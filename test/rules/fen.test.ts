import { isSignificant, readAmount, Unit } from "../../src/engine/amount";
import { Money } from "../../src/engine/decimal";
import {
  compareAtMost,
  compareSum,
  fenAtMostVerdict,
  fenSumVerdict,
  slackInFen,
} from "../../src/engine/rounding";

/** The rulebook's fast path (amounts as exact integers of 分) must give the Decimal path's verdicts. */
const at = (text: string, unit: Unit = "万元") =>
  readAmount({ sheet: "表", address: "C7" }, null, text, unit);

describe("an amount's exact 分", () => {
  it.each([
    ["1,362.33", "万元", 1_362_330_000],
    ["-7", "万元", -7_000_000],
    ["(12.30)", "万元", -12_300_000],
    ["０．０１", "万元", 10_000],
    ["25075700", "元", 2_507_570_000],
    ["12.34", "元", 1234],
    ["0.123456", "万元", 123_456],
    ["", "万元", 0],
    ["—", "万元", 0],
  ] as const)("%s %s is %d 分", (text, unit, fen) => {
    const a = at(text, unit);
    expect(a.fen).toBe(fen);
    // The Decimal built on first use says the same amount.
    if (!a.blank) expect((a.value as InstanceType<typeof Money>).times(1e6).toNumber()).toBe(fen);
  });

  it.each([
    ["0.1234567", "万元"], // finer than 分
    ["0.125", "元"],
    ["1234567890123456", "万元"], // 16 digits: more than a double holds exactly
  ] as const)("%s %s has none and keeps its exact Decimal", (text, unit) => {
    const a = at(text, unit);
    expect(a.fen).toBeUndefined();
    expect(a.value?.toFixed()).toBe(unit === "元" ? new Money(text).dividedBy(10000).toFixed() : text);
  });

  it("an invalid cell has neither, and is significant; a zero is not, a blank is not", () => {
    const invalid = at("约100");
    expect(invalid).toMatchObject({ blank: false, value: null });
    expect(invalid.fen).toBeUndefined();
    expect(isSignificant(invalid)).toBe(true);
    expect(isSignificant(at("0.00"))).toBe(false);
    expect(isSignificant(at(""))).toBe(false);
    expect(isSignificant(at("0.01"))).toBe(true);
    expect(isSignificant(at("0.0000001"))).toBe(true); // no 分: decided by its Decimal
  });
});

describe("verdicts on 分 equal the Decimal verdicts", () => {
  /** Park–Miller, so a failure can be replayed. */
  let seed = 4242;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const decimals = ["", ".5", ".25", ".125", ".12"];
  const amount = (): string => {
    if (next() % 7 === 0) return "";
    const whole = String(next() % 20000);
    return `${next() % 5 === 0 ? "-" : ""}${whole}${decimals[next() % decimals.length]}`;
  };

  it("sums, near misses included, at several slacks", () => {
    const verdicts = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from({ length: 1 + (next() % 6) }, () => ({
        cell: at(amount()),
        negate: next() % 4 === 0,
      }));
      const expected = parts.reduce(
        (s, p) => (p.cell.value ? (p.negate ? s.minus(p.cell.value) : s.plus(p.cell.value)) : s),
        new Money(0),
      );
      // Totals at, near and far from the parts' sum.
      const nudge = [0, 0.001, 0.01, 0.005, -0.02, 3][next() % 6];
      const total = at(next() % 9 === 0 ? "" : expected.plus(nudge).toFixed(next() % 4));
      const slack = new Money([0, 0.5, 1][next() % 3]).times("0.01");
      const fast = fenSumVerdict(total, parts, slackInFen(slack) as number);
      const decimal = compareSum(
        total,
        parts.map((p) => ({ value: p.cell, negate: p.negate })),
        slack,
      );
      expect(fast).toBe(decimal.verdict);
      verdicts.add(fast as string);
    }
    expect([...verdicts].sort()).toEqual(["exact", "inconsistent", "rounding"]);
  });

  it("at most, with a Decimal-only amount falling back", () => {
    for (let i = 0; i < 2000; i++) {
      const left = at(amount());
      const right = at(amount());
      expect(fenAtMostVerdict(left, right, 0)).toBe(compareAtMost(left, right).verdict);
    }
    expect(fenAtMostVerdict(at("0.1234567"), at("1"), 0)).toBeUndefined();
    expect(fenSumVerdict(at("1"), [{ cell: at("0.1234567") }], 0)).toBeUndefined();
  });

  it("gives up where a sum could leave the safe integers", () => {
    const big = at("9000000000"); // 9e15 分
    expect(fenSumVerdict(big, [{ cell: big }], 0)).toBeUndefined();
  });

  it("takes a slack of whole or half 分 only", () => {
    expect(slackInFen(new Money("0.01"))).toBe(10_000);
    expect(slackInFen(new Money("0.0000005"))).toBe(0.5);
    expect(slackInFen(new Money("0.0000001"))).toBeUndefined();
  });
});
