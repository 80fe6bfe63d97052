import {
  CellInput,
  codeEntry,
  codeLevel,
  codeParent,
  readCodeColumn,
  readPrefix,
  rollup,
  rollupGaps,
} from "../../src/engine/calc";

/** The seed's 支出决算表 (万元), 本年支出合计 column, with its 合计 row. */
const SEED: [CellInput, CellInput][] = [
  ["合计", "2,897.43"],
  ["201", "2,507.57"],
  ["20103", "2,507.57"],
  ["2010301", "972.48"],
  ["2010302", "1,535.09"],
  ["208", "105.46"],
  ["20805", "105.46"],
  ["2080501", "1.65"],
  ["2080505", "103.81"],
  ["210", "137.96"],
  ["21011", "137.96"],
  ["2101101", "29.15"],
  ["2101102", "18.82"],
  ["2101103", "84.02"],
  ["2101199", "5.97"],
  ["221", "146.44"],
  ["22102", "146.44"],
  ["2210201", "123.30"],
  ["2210202", "23.14"],
];

function rows(table: [CellInput, CellInput][] = SEED) {
  const codes = readCodeColumn(table.map(([c]) => [c]));
  if (!codes.ok) throw new Error(codes.zh);
  return { codes: codes.value, amounts: table.map(([, a]) => a) };
}

function total(prefix: string, table?: [CellInput, CellInput][]) {
  const r = rollup(rows(table), prefix);
  return r.ok ? r.value.toString() : r.code;
}

describe("rollup", () => {
  it("sums leaves only: 201 is 2,507.57, not three times over", () => {
    expect(total("201")).toBe("2507.57");
    expect(total("20103")).toBe("2507.57");
    expect(total("2010301")).toBe("972.48");
    expect(total("210")).toBe("137.96");
  });

  it("an empty prefix sums every leaf: the table's 合计", () => {
    expect(total("")).toBe("2897.43");
  });

  it("a prefix that matches no code is #N/A, not 0", () => {
    expect(total("205")).toBe("notAvailable");
  });

  it("refuses a duplicated code, different row counts and a bad leaf amount", () => {
    expect(total("201", [...SEED, ["2010301", "1"]])).toBe("value");
    expect(rollup({ codes: ["201"], amounts: [1, 2] }, "201").ok).toBe(false);
    expect(
      total("201", [
        ["201", ""],
        ["2010301", "#REF!"],
      ]),
    ).toBe("value");
  });

  it("ignores a bad amount on a parent row, which a rollup never reads", () => {
    expect(
      total("201", [
        ["201", "n/a"],
        ["2010301", "5"],
      ]),
    ).toBe("5");
  });

  it("handles economic codes (3 and 5 digits)", () => {
    const jbzc: [CellInput, CellInput][] = [
      [301, 800],
      [30101, 300],
      [30102, 500],
      [302, 100.5],
      [30201, 100.5],
      [303, 20],
    ];
    expect(total("30", jbzc)).toBe("920.5");
  });
});

describe("rollupGaps", () => {
  it("is 0 for every parent of the seed table, blank for leaves and the 合计 row", () => {
    const r = rollupGaps(rows());
    if (!r.ok) throw new Error(r.zh);
    const shown = r.value.map((g) => (g === null ? "" : g.toString()));
    // Every 类 and 款 of the seed adds up exactly; 项 rows and the 合计 row have no gap.
    const parents = SEED.map(([code]) => (/^\d{3}(\d{2})?$/.test(String(code)) ? "0" : ""));
    expect(shown).toEqual(parents);
    expect(parents.filter((p) => p === "0")).toHaveLength(8);
  });

  it("shows parent − Σ children where the table does not add up, skipping missing levels", () => {
    const r = rollupGaps(
      rows([
        ["201", "100.01"],
        ["2010301", "60"],
        ["2010302", "40"],
        ["210", "5"],
      ]),
    );
    expect(r.ok && r.value.map((g) => g?.toString() ?? "")).toEqual(["0.01", "", "", ""]);
  });
});

describe("readCodeColumn", () => {
  it("reads full codes as numbers, text, with names and full-width digits", () => {
    const r = readCodeColumn([
      [2010301],
      ["2010301 行政运行"],
      ["２０１"],
      ["201 03"],
      ["合计"],
      [null],
      [""],
    ]);
    expect(r.ok && r.value).toEqual(["2010301", "2010301", "201", "20103", null, null, null]);
  });

  it("joins split 类/款/项 columns, padding numbers and repeating a blank 类 or 款", () => {
    const r = readCodeColumn([
      ["201", "", ""],
      ["", "03", ""],
      ["", "", "01"],
      [null, null, 2],
      [210, 11, 1],
      ["合计", "", ""],
      ["2080505", "", ""],
    ]);
    expect(r.ok && r.value).toEqual(["201", "20103", "2010301", "2010302", "2101101", null, "2080505"]);
  });

  it("refuses 2 columns, a 4-digit code and a decimal", () => {
    expect(readCodeColumn([["201", "03"]]).ok).toBe(false);
    expect(readCodeColumn([["2010"]]).ok).toBe(false);
    expect(readCodeColumn([[201.5]]).ok).toBe(false);
    expect(readCodeColumn([["", "03", ""]]).ok).toBe(false);
  });

  it("reads prefixes", () => {
    expect(readPrefix(201)).toEqual({ ok: true, value: "201" });
    expect(readPrefix("201 03")).toEqual({ ok: true, value: "20103" });
    expect(readPrefix(null)).toEqual({ ok: true, value: "" });
    expect(readPrefix(201.5).ok).toBe(false);
    expect(readPrefix("abc").ok).toBe(false);
  });
});

describe("code info", () => {
  it("levels and parents", () => {
    expect(codeLevel("2010301")).toEqual({ ok: true, value: "项" });
    expect(codeLevel("30101")).toEqual({ ok: true, value: "款" });
    expect(codeLevel("2010").ok).toBe(false);
    expect(codeParent("2010301")).toEqual({ ok: true, value: "20103" });
    expect(codeParent("201")).toEqual({ ok: true, value: "" });
  });

  it("names from the function list first, then the economic list", () => {
    const name = (code: string, choice?: "function" | "economic") => {
      const r = codeEntry(code, choice);
      return r.ok ? r.value.name : r.code;
    };
    expect(name("2010301")).toBe("行政运行");
    expect(name("210")).toBe("卫生健康支出");
    expect(name("301")).toBe("工资福利支出");
    expect(name("301", "function")).toBe("notAvailable");
    expect(name("9999999")).toBe("notAvailable");
  });
});
