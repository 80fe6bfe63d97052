import { directionOf, parseIndicatorValue } from "../../src/engine/scoring";

function read(input: string | number) {
  const r = parseIndicatorValue(input);
  if (!r.ok) throw new Error(r.zh);
  return {
    value: r.value.value.toString(),
    unit: r.value.unit,
    comparator: r.value.comparator,
    direction: directionOf(r.value),
  };
}

describe("parseIndicatorValue", () => {
  it.each([
    ["≥96%", "0.96", "%", "≥", "正向"],
    ["≥ 96 %", "0.96", "%", "≥", "正向"],
    ["＞＝96％", "0.96", "%", "≥", "正向"],
    [">=96%", "0.96", "%", "≥", "正向"],
    ["不低于95%", "0.95", "%", "≥", "正向"],
    ["96%以上", "0.96", "%", "≥", "正向"],
    ["≤120分钟", "120", "分钟", "≤", "反向"],
    ["<=120分钟", "120", "分钟", "≤", "反向"],
    ["不超过120分钟", "120", "分钟", "≤", "反向"],
    ["不高于 3 天", "3", "天", "≤", "反向"],
    ["24小时以内", "24", "小时", "≤", "反向"],
    ["超过5项", "5", "项", ">", "正向"],
    ["100元/套", "100", "元/套", undefined, "正向"],
    ["12000份", "12000", "份", undefined, "正向"],
    ["12,000份", "12000", "份", undefined, "正向"],
    ["１２个月", "12", "个月", undefined, "正向"],
    ["100%", "1", "%", undefined, "正向"],
    ["达到95%", "0.95", "%", "=", "正向"],
    ["3个工作日内", "3", "个工作日", "≤", "反向"],
    ["≥5‰", "0.005", "%", "≥", "正向"],
  ])("reads %s", (text, value, unit, comparator, direction) => {
    expect(read(text)).toEqual({ value, unit, comparator, direction });
  });

  it("reads a number from a cell as a bare number (a % cell holds 0.96)", () => {
    expect(read(0.96)).toEqual({ value: "0.96", unit: "", comparator: undefined, direction: "正向" });
  });

  it.each(["按合同约定支付", "已支付合同价的 100%即 144 万元", "", "≥", "多个"])("rejects %p", (text) => {
    const r = parseIndicatorValue(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("value");
  });

  it("rejects a text that says both ≥ and ≤", () => {
    expect(parseIndicatorValue("≥96%以内").ok).toBe(false);
  });

  it("says a TRUE or FALSE is a boolean, not that the cell is blank", () => {
    const r = parseIndicatorValue(true, "实际完成值");
    expect(!r.ok && [r.code, r.zh]).toEqual(["value", "实际完成值是逻辑值 TRUE，不是数值"]);
  });
});
