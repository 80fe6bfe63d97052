import { Money } from "../../src/engine/decimal";
import {
  isNegativeReading,
  readIndicatorValue,
  valueOfReading,
} from "../../src/engine/scoring/indicator-value";
import { readQuantitative, scoreParts, scoreQuantitative } from "../../src/engine/scoring";

function reading(input: string | number) {
  const r = readIndicatorValue(input);
  if (!r.ok) throw new Error(r.zh);
  return r.value;
}

describe("readIndicatorValue: a target or result read before any Decimal", () => {
  it("keeps the number as written, its divisor, unit and comparator", () => {
    expect(reading("≥ 9６.5 %")).toEqual({
      number: "96.5",
      divisor: 100,
      unit: "%",
      comparator: "≥",
      text: "≥ 9６.5 %",
    });
    expect(reading("12,000份以上")).toMatchObject({
      number: "12000",
      divisor: 1,
      unit: "份",
      comparator: "≥",
    });
    expect(reading("5‰")).toMatchObject({ number: "5", divisor: 1000, unit: "%" });
    expect(reading(0.96)).toEqual({ number: 0.96, divisor: 1, unit: "", text: "0.96" });
  });

  it("refuses words, as parseIndicatorValue does", () => {
    const r = readIndicatorValue("按合同约定支付", "目标值", "target");
    expect(!r.ok && r.zh).toContain("无法识别目标值“按合同约定支付”");
  });

  it("says negative as the Decimal would: a written −0 is, a cell's −0 is not", () => {
    expect(isNegativeReading(reading("-3件"))).toBe(true);
    expect(isNegativeReading(reading("-0%"))).toBe(true);
    expect(isNegativeReading(reading("+3件"))).toBe(false);
    expect(isNegativeReading(reading(-0))).toBe(false);
    expect(isNegativeReading(reading(-2))).toBe(true);
  });

  it("builds the value a division would: exact up to 40 digits, rounded beyond", () => {
    expect(valueOfReading(reading("96.5%")).value.toString()).toBe("0.965");
    expect(valueOfReading(reading("5‰")).value.toString()).toBe("0.005");
    const long = "12345678901234567890123456789012345678901234567";
    expect(valueOfReading(reading(`${long}%`)).value.eq(new Money(long).dividedBy(100))).toBe(true);
    expect(valueOfReading(reading(`${long}%`)).value.eq(new Money(`${long}e-2`))).toBe(false);
  });
});

describe("readQuantitative then scoreParts: scoreQuantitative in two stages", () => {
  it("scores as scoreQuantitative does, in either direction from one reading", () => {
    const parts = readQuantitative(new Money(4), "100元/套", "80元/套");
    if (!parts.ok) throw new Error(parts.zh);
    for (const plain of ["正向", "反向"] as const) {
      const q = scoreParts(new Money(4), parts.value, plain);
      const r = scoreQuantitative(new Money(4), "100元/套", "80元/套", plain);
      expect(q.ok && r.ok && [q.value.score.toString(), q.value.direction]).toEqual(
        r.ok && [r.value.score.toString(), r.value.direction],
      );
    }
  });

  it("gives equal parts a ratio of exactly 1", () => {
    const q = scoreQuantitative(new Money(2), "≥96%", "96%");
    expect(q.ok && [q.value.ratio?.toString(), q.value.score.toString(), q.value.capped]).toEqual([
      "1",
      "2",
      false,
    ]);
  });

  it("stops at the first failure in scoreQuantitative's order: weight, targets, results", () => {
    const fails = (w: number, t: string, a: string) => {
      const r = readQuantitative(new Money(w), t, a);
      return r.ok ? "ok" : r.zh;
    };
    expect(fails(-1, "多个", "多个")).toBe("权重（分值）不能为负数");
    expect(fails(1, "-5件", "多个")).toBe("目标值“-5件”为负数");
    expect(fails(1, "5件", "很多")).toContain("无法识别实际完成值“很多”");
    expect(fails(1, "5件", "6件")).toBe("ok");
  });

  it("refuses parts of different counts after reading them", () => {
    const parts = readQuantitative(new Money(1), ["1件", "2件"], ["1件"]);
    expect(parts.ok).toBe(true);
    const q = parts.ok ? scoreParts(new Money(1), parts.value) : parts;
    expect(!q.ok && q.zh).toBe("目标值 2 个、实际完成值 1 个，个数应相同");
  });
});
