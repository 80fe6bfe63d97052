import { readIdentity } from "../../src/engine/identity";
import { Sheet } from "../../src/engine/model";

/** The department and year a batch summary lists for each workbook, as its tables name them. */

const sheet = (name: string, values: (string | null)[][]): Sheet => ({
  name,
  origin: { row: 0, col: 0 },
  values,
  merges: [],
});

const table = (name: string, rows: (string | null)[][]) => ({
  sheet: sheet(name, [...rows, ["项目", "金额"], ["合计", null]]),
  location: { key: "T_SR", title: String(rows[0][0]), sheet: name, range: `A1:B${rows.length + 2}` },
});

describe("readIdentity", () => {
  it("reads the year from the title and the department from the 单位 line, not the amount unit", () => {
    const t = table("公开02表", [
      ["2024年度收入决算表", null],
      ["公开02表", null],
      ["单位：某某区财政局本级", "单位：万元"],
    ]);
    expect(readIdentity([t.sheet], [t.location])).toEqual({ department: "某某区财政局本级", year: "2024" });
  });

  it("reads 编制单位 with the unit in the same cell, and the year written as “2024 年度”", () => {
    const t = table("表1", [
      ["2024 年度收入决算表", null],
      ["编制单位：某某局    金额单位：万元", null],
    ]);
    expect(readIdentity([t.sheet], [t.location])).toEqual({ department: "某某局", year: "2024" });
  });

  it("takes what most tables say", () => {
    const a = table("一", [["2024年度收入决算表"], ["单位：甲局本级"]]);
    const b = table("二", [["2024年度支出决算表"], ["单位：甲局本级"]]);
    const c = table("三", [["2023年度财政拨款收入支出决算总表"], ["单位名称：甲局"]]);
    expect(readIdentity([a.sheet, b.sheet, c.sheet], [a.location, b.location, c.location])).toEqual({
      department: "甲局本级",
      year: "2024",
    });
  });

  it("says nothing it cannot read: only 单位：万元, no year in a title", () => {
    const t = table("表", [
      ["收入决算表", null],
      ["单位：万元", null],
      ["2024年12月31日", null],
    ]);
    expect(readIdentity([t.sheet], [t.location])).toEqual({});
  });

  it("looks at the head of every sheet when no table was found", () => {
    const s = sheet("Sheet1", [["2025年度部门决算表"], ["部门名称：乙中心"]]);
    expect(readIdentity([s], [])).toEqual({ department: "乙中心", year: "2025" });
  });
});
