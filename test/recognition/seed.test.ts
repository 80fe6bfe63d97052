import { rangeToA1 } from "../../src/engine/model";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { TABLE_ORDER } from "../../src/engine/tables/schemas";
import { TableInstance } from "../../src/engine/tables/types";
import { columnIds, SG_COLUMNS } from "../rules/seed-tables";
import { cell, load, row, SEED, seedBook, table } from "./build";

/** The seed report's nine tables as the reporting system lays them out: one per sheet, or all on one sheet. */
describe.each(["sheets", "stacked"] as const)("the seed's nine tables (%s)", (layout) => {
  let tables: TableInstance[];
  let issues: { message: string }[];
  beforeAll(async () => {
    ({ tables, issues } = recognizeTables(await load(seedBook(layout))));
  });

  it("finds all nine by title, each once, with no issue", () => {
    expect(tables.map((t) => t.key)).toEqual(TABLE_ORDER);
    expect(issues).toEqual([]);
    for (const t of tables) {
      expect(t.source).toBe("title");
      expect(t.unit).toBe("万元");
      expect(t.marker).toBe(`公开0${TABLE_ORDER.indexOf(t.key) + 1}表`);
    }
  });

  it("gives each table its sheet and range, title to last data row", () => {
    const where = Object.fromEntries(tables.map((t) => [t.key, `${t.sheet}!${rangeToA1(t.range)}`]));
    if (layout === "sheets") {
      expect(where).toEqual({
        T_SZZB: "Sheet1!A1:F36",
        T_SR: "Sheet2!A1:K25",
        T_ZC: "Sheet3!A1:J25",
        T_CZZB: "Sheet4!A1:I39",
        T_YBZC: "Sheet5!A1:G25",
        T_JBZC: "Sheet6!A1:I34",
        T_JJ: "Sheet7!A1:J7",
        T_GZ: "Sheet8!A1:G7",
        T_SG: "Sheet9!A1:L7",
      });
    } else {
      expect(new Set(tables.map((t) => t.sheet))).toEqual(new Set(["决算公开表"]));
      expect(where.T_SZZB).toBe("决算公开表!A1:F36");
      // 36 rows, two note rows and a blank, then two spacer rows: the next title is on row 42.
      expect(where.T_SR).toBe("决算公开表!A42:K66");
      expect(where.T_SG).toBe("决算公开表!A234:L240");
    }
  });

  it("reads 收入支出决算总表: two panels, numbered names stripped, 类 by name, totals", () => {
    const t = table(tables, "T_SZZB");
    expect(t.columns).toEqual(["金额"]);
    const income = t.rows.filter((r) => r.panel === "收入");
    expect(income.map((r) => r.name)).toEqual([
      "一般公共预算财政拨款收入",
      "政府性基金预算财政拨款收入",
      "国有资本经营预算财政拨款收入",
      "上级补助收入",
      "事业收入",
      "经营收入",
      "附属单位上缴收入",
      "其他收入",
      "本年收入合计",
      "使用非财政拨款结余",
      "年初结转和结余",
      "总计",
    ]);
    expect(income.map((r) => r.kind).join()).toBe(
      "item,item,item,item,item,item,item,item,total,total,total,total",
    );
    const health = row(t, "卫生健康支出", "支出");
    expect(health).toMatchObject({ code: "210", level: "类", kind: "code", line: 39 });
    expect(cell(health, "金额")).toBe("137.97@F15");
    expect(cell(row(t, "住房保障支出"), "金额")).toBe("146.43@F25");
    expect(t.rows.filter((r) => r.panel === "支出" && r.kind === "code")).toHaveLength(26);
    expect(cell(row(t, "本年支出合计", "支出"), "金额")).toBe("2897.43@F33");
    expect(cell(row(t, "总计", "收入"), "金额")).toBe("2897.43@C36");
    expect(row(t, "一般公共预算财政拨款收入").label.address).toBe("A7");
    expect(t.notes).toEqual([
      "注：1. 本表反映部门本年度的总收入和年末结转结余情况。",
      "2. 本套报表金额单位转换时可能存在尾数误差。",
    ]);
  });

  it("reads 收入决算表 and 支出决算表: codes in one column under a 类/款/项 header", () => {
    const sr = table(tables, "T_SR");
    expect(sr.columns).toEqual(columnIds("T_SR"));
    expect(sr.rows[0]).toMatchObject({ name: "合计", kind: "total" });
    expect(sr.rows.slice(1).map((r) => r.code)).toEqual(SEED.sr.rows.map((r) => r.code));
    expect(row(sr, "2010301")).toMatchObject({ name: "行政运行", level: "项", kind: "code" });
    expect(row(sr, "20103").level).toBe("款");
    const zc = table(tables, "T_ZC");
    const top = zc.range.top;
    expect(cell(zc.rows[0], "基本支出")).toBe(`1362.34@F${top + 7}`);
    expect(cell(row(zc, "2010302"), "基本支出")).toBe(`blank@F${top + 11}`);
    expect(cell(row(zc, "2010302"), "项目支出")).toBe(`1535.09@G${top + 11}`);
    expect(row(zc, "2010302").label.address).toBe(`A${top + 11}`);
  });

  it("reads 财政拨款收入支出决算总表 with its fund columns and the split 结转和结余 lines", () => {
    const t = table(tables, "T_CZZB");
    const top = t.range.top;
    expect(t.columns).toEqual(["决算数", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]);
    expect(cell(row(t, "一般公共预算财政拨款", "收入"), "决算数")).toBe(`2897.43@C${top + 8}`);
    expect(t.rows.filter((r) => r.name.includes("/")).map((r) => `${r.panel}:${r.name}:${r.line}`)).toEqual([
      "收入:年初财政拨款结转和结余/一般公共预算财政拨款:29",
      "收入:年初财政拨款结转和结余/政府性基金预算财政拨款:30",
      "收入:年初财政拨款结转和结余/国有资本经营预算财政拨款:31",
      "支出:年末财政拨款结转和结余/一般公共预算财政拨款:61",
      "支出:年末财政拨款结转和结余/政府性基金预算财政拨款:62",
      "支出:年末财政拨款结转和结余/国有资本经营预算财政拨款:63",
    ]);
    const health = row(t, "210", "支出");
    expect(cell(health, "合计")).toBe(`137.97@F${top + 16}`);
    expect(cell(health, "一般公共预算")).toBe(`137.97@G${top + 16}`);
    expect(row(t, "总计", "支出")).toMatchObject({ kind: "total", line: 64 });
  });

  it("reads 一般公共预算财政拨款支出决算表 with 小计 as 合计", () => {
    const t = table(tables, "T_YBZC");
    expect(t.columns).toEqual(["合计", "基本支出", "项目支出"]);
    expect(cell(row(t, "210"), "合计")).toBe(`137.96@E${t.range.top + 16}`);
  });

  it("reads 基本支出决算明细表: three side-by-side panels, panels by code, the totals as published", () => {
    const t = table(tables, "T_JBZC");
    const top = t.range.top;
    expect(t.columns).toEqual(["决算数"]);
    const people = t.rows.filter((r) => r.panel === "人员经费");
    const office = t.rows.filter((r) => r.panel === "公用经费");
    expect(people).toHaveLength(27 + 1);
    expect(office).toHaveLength(28 + 7 + 1);
    expect(people[people.length - 1]).toMatchObject({ name: "人员经费合计", kind: "total" });
    expect(office[office.length - 1]).toMatchObject({ name: "公用经费合计", kind: "total" });
    // The published 人员经费合计 cell is empty; 公用经费合计's label spans two panels, its amount is in I.
    expect(cell(row(t, "人员经费合计"), "决算数")).toBe(`blank@C${top + 34}`);
    expect(cell(row(t, "公用经费合计"), "决算数")).toBe(`98.33@I${top + 34}`);
    expect(row(t, "310")).toMatchObject({
      panel: "公用经费",
      level: "类",
      label: { address: `G${top + 6}` },
    });
    expect(cell(row(t, "30101"), "决算数")).toBe(`235.25@C${top + 7}`);
    expect(cell(row(t, "30229"), "决算数")).toBe(`37.60@F${top + 29}`);
  });

  it("reads the empty tables with their 合计 row and their 本部门…无… note", () => {
    const jj = table(tables, "T_JJ");
    expect(jj.columns).toEqual(columnIds("T_JJ"));
    expect(jj.rows).toHaveLength(1);
    expect(jj.rows[0]).toMatchObject({ name: "合计", kind: "total" });
    expect(Object.values(jj.rows[0].cells).every((c) => c.value === null)).toBe(true);
    expect(jj.notes[1]).toBe(SEED.jj.emptyNote);
    const gz = table(tables, "T_GZ");
    expect(gz.columns).toEqual(["本年支出合计", "基本支出", "项目支出"]);
    expect(gz.notes).toContain(SEED.gz.emptyNote);
    const sg = table(tables, "T_SG");
    expect(sg.rows).toEqual([]);
    expect(sg.columns).toEqual(SG_COLUMNS);
    expect(sg.notes[1]).toBe(SEED.sg.emptyNote);
  });
});
