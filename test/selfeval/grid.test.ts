import { Sheet } from "../../src/engine/model";
import { SheetView } from "../../src/engine/selfeval/grid";

/** A sheet handed over from C3 on (origin row 2, col 2), as a host may hand only the used range. */
function sheet(): Sheet {
  return {
    name: "自评",
    origin: { row: 2, col: 2 },
    values: [
      ["  三级指标 ", null, "得分（１０分）"],
      ["产出 指标", "", 5],
      [null, null, null],
    ],
    texts: [
      ["  三级指标 ", "", "得分（１０分）"],
      ["产出 指标", "", "5.00"],
      ["", "", ""],
    ],
    // One merge inside the grid, one reaching in from above and left of it.
    merges: [
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 0, left: 0, bottom: 2, right: 2 },
    ],
  };
}

describe("SheetView", () => {
  it("reads texts trimmed, labels normed, shown text before the raw value", () => {
    const v = new SheetView(sheet());
    expect(v.text(2, 2)).toBe("三级指标");
    expect(v.label(2, 4)).toBe("得分(10分)");
    expect(v.text(3, 4)).toBe("5.00");
    expect(v.raw(3, 4)).toBe(5);
    expect(v.label(3, 2)).toBe("产出指标");
    // Outside the grid: blank, not an error.
    expect(v.text(0, 0)).toBe("");
    expect(v.text(9, 9)).toBe("");
  });

  it("lists a row's filled columns once and hands back the same list", () => {
    const v = new SheetView(sheet());
    expect(v.filled(2)).toEqual([2, 4]);
    expect(v.filled(2)).toBe(v.filled(2));
    expect(v.filled(4)).toEqual([]);
    expect(v.filled(1)).toEqual([]);
  });

  it("finds a cell's merge, and the first filled cell right of it", () => {
    const v = new SheetView(sheet());
    expect(v.merge(3, 3)).toEqual({ top: 3, left: 2, bottom: 3, right: 3 });
    expect(v.nextCol(3, 2)).toBe(4);
    expect(v.rightOf(3, 2)).toBe(4);
    expect(v.rightOf(3, 4)).toBeUndefined();
    expect(v.merge(4, 4)).toBeUndefined();
  });

  it("answers for cells above and left of the grid as the merges list says, clipped at the grid's end", () => {
    const v = new SheetView(sheet());
    expect(v.merge(1, 1)).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(v.merge(0, 5)).toBeUndefined();
    expect(v.merge(1, 9)).toBeUndefined();
  });

  it("tells whether a label holds a word or starts with a letter, norming only when unsure", () => {
    const v = new SheetView({
      name: "自评",
      origin: { row: 0, col: 0 },
      values: [["单位 名称", "名字与名称", "评价等级：优", "（得分）", "得分"]],
      merges: [],
    });
    expect(v.labelHas(0, 0, "名称")).toBe(true);
    expect(v.labelHas(0, 1, "名称")).toBe(true);
    expect(v.labelHas(0, 2, "名称")).toBe(false);
    expect(v.labelHas(0, 2, "等级")).toBe(true);
    expect(v.labelHas(0, 5, "等级")).toBe(false);
    expect(v.startsWithAny(0, 4, "自得")).toBe(true);
    expect(v.startsWithAny(0, 3, "自得")).toBe(false);
    expect(v.startsWithAny(0, 5, "自得")).toBe(false);
  });
});
