import { CellInput, rollup, rollupGaps } from "../../src/engine/calc";

/**
 * ROLLUP's two paths: codes of 1–7 digits go through typed arrays kept between calls (the speed
 * `npm run bench` measures), anything longer through Maps. They must agree, and one call's codes
 * must never leak into the next (a code left marked as a parent would drop a leaf from a later sum).
 */
type Row = [string | null, CellInput];

const sum = (table: Row[], prefix: string) => {
  const r = rollup({ codes: table.map(([c]) => c), amounts: table.map(([, a]) => a) }, prefix);
  return r.ok ? r.value.toString() : r.code;
};

/** The same tree one digit deeper (9 before every code): 8-digit codes take the Map path. */
const longer = (table: Row[]): Row[] => table.map(([c, a]) => [c === null ? null : `9${c}`, a]);

const TABLE: Row[] = [
  [null, 100],
  ["201", 60.5],
  ["20101", 60.5],
  ["2010101", 10.25],
  ["2010102", 50.25],
  ["30101", 7],
  ["3010101", 3],
  ["3010102", 4],
  ["302", 39.5], // a 类 with no 款 in the table: a leaf
  ["01", 1], // leading zeros are digits like any other
  ["0101", 1],
];

describe("ROLLUP's typed-array and Map paths", () => {
  it.each(["", "2", "201", "2010101", "3", "30101", "302", "0", "01", "0101"])(
    "agree for prefix %p",
    (prefix) => {
      const fast = sum(TABLE, prefix);
      expect(fast).toBe(sum(longer(TABLE), `9${prefix}`));
    },
  );

  it("sums leaves only", () => {
    expect(sum(TABLE, "")).toBe("108"); // 10.25 + 50.25 + 3 + 4 + 39.5 + 1
    expect(sum(TABLE, "2")).toBe("60.5");
    expect(sum(TABLE, "0")).toBe("1");
    expect(sum(TABLE, "9")).toBe("notAvailable");
  });

  it("keeps nothing from one call to the next", () => {
    // After a table where 201 is a parent, a table where 201 is a leaf sums it.
    expect(sum(TABLE, "201")).toBe("60.5");
    expect(sum([["201", 5]], "201")).toBe("5");
    // After a refused duplicate and a refused amount, the same codes read afresh.
    expect(
      sum(
        [
          ["201", 1],
          ["20101", 1],
          ["201", 1],
        ],
        "",
      ),
    ).toBe("value");
    expect(
      sum(
        [
          ["201", 1],
          ["20101", "约1"],
        ],
        "",
      ),
    ).toBe("value");
    expect(
      sum(
        [
          ["201", 2],
          ["20101", 2],
        ],
        "",
      ),
    ).toBe("2");
    expect(sum([["20101", 2]], "201")).toBe("2");
  });

  it("names both rows of a duplicated code on either path", () => {
    const dup: Row[] = [
      ["201", 1],
      ["20101", 1],
      ["20101", 1],
    ];
    for (const table of [dup, longer(dup)]) {
      const r = rollup({ codes: table.map(([c]) => c), amounts: table.map(([, a]) => a) }, "");
      expect(r.ok ? "" : r.zh).toMatch(/第 2 行和第 3 行/);
    }
  });

  it("reads 10,000 rows the same way on both paths", () => {
    const big: Row[] = [];
    for (let c = 200; big.length < 10_000; c++) {
      big.push([String(c), 1]); // parents hold amounts a rollup must not add
      for (let s = 10; s < 30 && big.length < 10_000; s++) {
        big.push([`${c}${s}`, 1]);
        for (let i = 10; i < 19 && big.length < 10_000; i++) big.push([`${c}${s}${i}`, (c * s * i) / 100]);
      }
    }
    for (const prefix of ["", "2", "21", "215", "21512"])
      expect(sum(big, prefix)).toBe(sum(longer(big), `9${prefix}`));
  });
});

describe("ROLLUPGAP's typed-array and Map paths", () => {
  const gaps = (table: Row[]) => {
    const r = rollupGaps({ codes: table.map(([c]) => c), amounts: table.map(([, a]) => a) });
    return r.ok ? r.value.map((g) => g?.toString() ?? "") : r.zh;
  };

  it("agree row by row, parents against their nearest children", () => {
    expect(gaps(TABLE)).toEqual(gaps(longer(TABLE)));
    // 201 = 20101; 20101 = its two 项; 30101 = its two 项; 01 = 0101; 302 and the 合计 row have none.
    expect(gaps(TABLE)).toEqual(["", "0", "0", "", "", "0", "", "", "", "0", ""]);
    const skipped: Row[] = [
      ["201", "100.01"],
      ["2010301", 60],
      ["2010302", 40],
    ];
    expect(gaps(skipped)).toEqual(["0.01", "", ""]);
    expect(gaps(longer(skipped))).toEqual(["0.01", "", ""]);
  });

  it("report the same bad amount when several are bad: parents in the order of their first child", () => {
    // 201's children are rows 2 and 4; 20101's child is row 3. The Map path reads 201, 20101, 20102
    // (row 4, bad) before 20101's own child (row 3, bad too).
    const table: Row[] = [
      ["201", 3],
      ["20101", 1],
      ["2010101", "约1"],
      ["20102", "约2"],
    ];
    expect(gaps(table)).toBe("第 4 行（20102）的金额“约2”不是数值");
    expect(gaps(longer(table))).toBe("第 4 行（920102）的金额“约2”不是数值");
  });

  it("names both rows of a duplicated code and keeps nothing from one call to the next", () => {
    const dup: Row[] = [
      ["201", 1],
      ["20101", 1],
      ["20101", 1],
    ];
    expect(gaps(dup)).toMatch(/编码 20101 出现两次（区域第 2 行和第 3 行）/);
    expect(gaps(longer(dup))).toMatch(/编码 920101 出现两次（区域第 2 行和第 3 行）/);
    // 201 was a parent in the calls above; here it has no child, and 20101 has no parent.
    expect(
      gaps([
        ["20101", 1],
        ["201", 1],
      ]),
    ).toEqual(["", "0"]);
    expect(gaps([["201", 1]])).toEqual([""]);
  });
});
