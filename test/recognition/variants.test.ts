import ExcelJS from "exceljs";
import { printed } from "../../scripts/samples/disclosure-seed";
import { rangeToA1 } from "../../src/engine/model";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { TABLE_ORDER } from "../../src/engine/tables/schemas";
import { SG_COLUMNS } from "../rules/seed-tables";
import {
  a,
  Block,
  Cell,
  cell,
  edit,
  insertAfter,
  load,
  put,
  row,
  SEED,
  seedAmounts,
  seedBook,
  seedEconomic,
  table,
  tGZ,
  tJBZC,
  tJJ,
  tSG,
  tSZZB,
  tZC,
} from "./build";

async function recognise(build: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  build(book);
  return recognizeTables(await load(book));
}

/** Recognises rows written from A1 of a sheet of their own. */
const recogniseRows = (sheet: string, rows: Cell[][], merges: Block["merges"] = []) =>
  recognise((book) => put(book.addWorksheet(sheet), { rows, merges }, 1));

/** “三公” figures (the seed has none): 预算数 and 决算数, six columns each. */
const SG_BUDGET = ["5.00", "", "3.00", "", "3.00", "2.00"];
const SG_ACTUAL = ["4.10", "", "2.60", "", "2.60", "1.50"];

const FUNCTION_CODES_IN_ORDER = ["201", "20103", "2010301", "2010302", "208", "20805", "2080501", "2080505"];

describe("code columns", () => {
  it.each(["split", "sparse"] as const)("joins codes split into 类 / 款 / 项 columns (%s)", async (codes) => {
    const { tables, issues } = recognizeTables(await load(seedBook("sheets", { codes })));
    expect(issues).toEqual([]);
    for (const key of ["T_SR", "T_ZC", "T_YBZC"] as const) {
      const t = table(tables, key);
      expect(t.rows.slice(1, 9).map((r) => r.code)).toEqual(FUNCTION_CODES_IN_ORDER);
      // The label is where the row's code starts: 类 column when split, its own level's column when sparse.
      const label = { address: codes === "split" ? "A10" : "C10" };
      expect(row(t, "2010301")).toMatchObject({ name: "行政运行", level: "项", label });
      expect(row(t, "20103").label.address).toBe(codes === "split" ? "A9" : "B9");
    }
    expect(cell(row(table(tables, "T_ZC"), "2101103"), "本年支出合计")).toBe("84.02@E20");
  });

  it("reads 款 and 项 typed as numbers (3 for 03), as Excel stores them unless the cell is text", async () => {
    const block = tZC({ codes: "split" });
    const rows = block.rows.map((r) =>
      r.map((c, i) => ((i === 1 || i === 2) && typeof c === "string" && /^\d{2}$/.test(c) ? Number(c) : c)),
    );
    expect(rows.some((r) => r[1] === 3)).toBe(true);
    const { tables, issues } = await recogniseRows("s", rows, block.merges);
    expect(issues).toEqual([]);
    const t = table(tables, "T_ZC");
    expect(t.rows.slice(1, 9).map((r) => r.code)).toEqual(FUNCTION_CODES_IN_ORDER);
    expect(cell(row(t, "2101103"), "本年支出合计")).toBe("84.02@E20");
  });

  it("reads codes in 类:项 merged cells and 合计 across the label columns", async () => {
    const block = tZC();
    const first = block.rows.findIndex((r) => r[0] === "201");
    const merges: Block["merges"] = block.rows
      .slice(first)
      .flatMap((r, i) => (/^\d+$/.test(String(r[0])) ? [[first + i, 0, first + i, 2]] : []));
    const { tables, issues } = await recogniseRows("s", block.rows, [...block.merges, ...merges]);
    expect(issues).toEqual([]);
    const t = table(tables, "T_ZC");
    expect(t.rows.slice(1, 9).map((r) => r.code)).toEqual(FUNCTION_CODES_IN_ORDER);
    expect(row(t, "2010301")).toMatchObject({ name: "行政运行", label: { address: "A10" } });
  });

  it("reads a 行次 column in a coded table, and reports amounts that have no name or code", async () => {
    const { tables, issues } = await recogniseRows("收入", [
      ["2024年度收入决算表"],
      ["科目编码", "科目名称", "行次", "本年收入合计", "财政拨款收入"],
      ["合计", null, 1, ...seedAmounts(SEED.sr, "合计", 2)],
      ["201", "一般公共服务支出", 2, ...seedAmounts(SEED.sr, "201", 2)],
      [null, null, 3, a("5.00"), a("")],
    ]);
    const t = table(tables, "T_SR");
    expect(t.rows.map((r) => `${r.code ?? r.name}:${r.line}`)).toEqual(["合计:1", "201:2"]);
    expect(t.columns).toEqual(["本年收入合计", "财政拨款收入"]);
    expect(issues).toEqual([
      {
        message: "工作表“收入”第 5 行有金额但没有项目名称或科目编码，未读取。",
        cell: { sheet: "收入", address: "A5" },
      },
    ]);
  });

  it("reads a code and its name in one cell, under a header without 类/款/项 or 栏次", async () => {
    const { tables } = await recogniseRows("支出", [
      ["2024年度支出决算表"],
      ["单位：万元"],
      ["项目", "本年支出合计", "基本支出", "项目支出"],
      ["合计", ...seedAmounts(SEED.zc, "合计", 3)],
      ["201 一般公共服务支出", ...seedAmounts(SEED.zc, "201", 3)],
      ["2010301行政运行", ...seedAmounts(SEED.zc, "2010301", 3)],
    ]);
    const t = table(tables, "T_ZC");
    expect(t.columns).toEqual(["本年支出合计", "基本支出", "项目支出"]);
    expect(t.rows.map((r) => `${r.kind}:${r.code ?? ""}:${r.name}`)).toEqual([
      "total::合计",
      "code:201:一般公共服务支出",
      "code:2010301:行政运行",
    ]);
    expect(cell(row(t, "2010301"), "基本支出")).toBe("972.48@C6");
  });
});

describe("amounts", () => {
  it("reads text amounts with thousands separators and dashes for blanks", async () => {
    const { tables } = recognizeTables(await load(seedBook("sheets", {}, { amounts: "text", blank: "-" })));
    const zc = table(tables, "T_ZC");
    const total = zc.rows[0];
    expect(total.cells["本年支出合计"]).toMatchObject({ text: "2,897.43", decimals: 2, address: "E7" });
    expect(total.cells["本年支出合计"].value?.toString()).toBe("2897.43");
    expect(total.cells["上缴上级支出"]).toMatchObject({ value: null, text: "-" });
    expect(cell(row(table(tables, "T_SZZB"), "其他收入"), "金额")).toBe("blank@C14");
  });

  it("normalises 元 to 万元 per the 单位 line, ignoring 单位：某某局本级", async () => {
    const { tables } = recognizeTables(
      await load(seedBook("sheets", { unit: "元" }, { amounts: "yuan", blank: "—" })),
    );
    for (const t of tables) expect(t.unit).toBe("元");
    const zc = table(tables, "T_ZC");
    const c = zc.rows[0].cells["本年支出合计"];
    expect(c.text).toBe("28,974,300.00");
    expect(c.value?.toString()).toBe("2897.43");
    expect(c.decimals).toBe(6);
    expect(cell(row(table(tables, "T_JBZC"), "公用经费合计"), "决算数")).toBe("98.33@I34");
  });

  it("reports a cell that is not an amount, naming sheet and cell", async () => {
    const { tables, issues } = await recognise((book) => {
      const ws = book.addWorksheet("表3");
      put(ws, tZC(), 1);
      ws.getCell("F10").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    });
    const c = row(table(tables, "T_ZC"), "2010301").cells["基本支出"];
    expect(c).toMatchObject({ address: "F10", value: null, invalid: "单元格为错误值 #REF!" });
    expect(issues).toEqual([
      { message: "工作表“表3”F10：单元格为错误值 #REF!", cell: { sheet: "表3", address: "F10" } },
    ]);
  });
});

describe("titles and markers", () => {
  it("finds tables by title on sheets named anything, with a department before the year and no marker", async () => {
    const { tables } = await recognise((book) => {
      put(
        book.addWorksheet("Лист1"),
        edit(tZC({ marker: false }), "2024 年度支出决算表", "武汉市硚口区行政审批局2024年度支出决算表"),
        3,
        2,
      );
    });
    const t = table(tables, "T_ZC");
    expect(t.title).toBe("武汉市硚口区行政审批局2024年度支出决算表");
    expect(t.marker).toBeUndefined();
    expect(`${t.sheet}!${rangeToA1(t.range)}`).toBe("Лист1!B3:K27");
    expect(cell(t.rows[0], "本年支出合计")).toBe("2897.43@F9");
  });

  it("takes a 公开NN表 marker above the title, and does not make it a note of the table before", async () => {
    const { tables } = await recognise((book) => {
      const ws = book.addWorksheet("公开表");
      let r = put(ws, tSZZB({ marker: false }), 1);
      ws.getCell(r + 1, 11).value = "公开03表";
      r = put(ws, tZC({ marker: false }), r + 2);
    });
    expect(table(tables, "T_ZC").marker).toBe("公开03表");
    expect(table(tables, "T_SZZB").notes).toHaveLength(2);
  });

  it("splits the columns between two tables side by side", async () => {
    const { tables, issues } = await recognise((book) => {
      const ws = book.addWorksheet("基金与国资");
      put(ws, tJJ(), 1, 1);
      put(ws, tGZ(), 1, 12);
    });
    expect(issues).toEqual([]);
    expect(tables.map((t) => `${t.key}:${rangeToA1(t.range)}:${t.columns.length}:${t.notes.length}`)).toEqual(
      ["T_JJ:A1:J7:6:2", "T_GZ:L1:R7:3:2"],
    );
    expect(cell(table(tables, "T_GZ").rows[0], "本年支出合计")).toBe("blank@P7");
  });

  it("is not misled by a table of contents or a sentence naming a table", async () => {
    const { tables, issues } = await recognise((book) => {
      const toc = book.addWorksheet("目录");
      ["收入支出决算总表", "收入决算表", "支出决算表"].forEach((t, i) => {
        toc.getCell(i + 1, 1).value = `公开0${i + 1}表`;
        toc.getCell(i + 1, 2).value = `2024年度${t}`;
      });
      book.addWorksheet("说明").getCell("A1").value = "详见2024年度支出决算表。";
      put(book.addWorksheet("表"), tZC(), 1);
    });
    expect(tables.map((t) => `${t.key}@${t.sheet}`)).toEqual(["T_ZC@表"]);
    // 收入支出决算总表 and 收入决算表 exist only as 目录 entries: said once each, with the cell.
    expect(issues.map((i) => i.cell?.address)).toEqual(["B1", "B2"]);
    expect(issues[0].message).toContain("收入支出决算总表未找到表头");
  });

  it("keeps the first of two tables with the same title and says where the second is", async () => {
    const { tables, issues } = await recognise((book) => {
      put(book.addWorksheet("A"), tZC(), 1);
      put(book.addWorksheet("B"), tZC(), 1);
    });
    expect(tables.map((t) => t.sheet)).toEqual(["A"]);
    expect(issues).toEqual([
      {
        message: "工作表“B”A1:J25又有一张支出决算表，只检查“A”中的那一张。",
        cell: { sheet: "B", address: "A1" },
      },
    ]);
  });
});

describe("names", () => {
  it("reads 总表 names without numbering, old 类 names, and a name split over two lines", async () => {
    let block: Block = tSZZB({ numbered: false });
    block = edit(block, "卫生健康支出", "医疗卫生与计划生育支出");
    block = edit(block, "使用非财政拨款结余（含专用结余）", "使用非财政拨款结余（含专用");
    block = insertAfter(block, "使用非财政拨款结余（含专用", ["结余）", null, null, null, null, null]);
    const { tables, issues } = await recogniseRows("总表", block.rows, block.merges);
    expect(issues).toEqual([]);
    const t = table(tables, "T_SZZB");
    expect(row(t, "医疗卫生与计划生育支出")).toMatchObject({ code: "210", level: "类", kind: "code" });
    expect(row(t, "一般公共预算财政拨款收入").kind).toBe("item");
    const surplus = row(t, "使用非财政拨款结余");
    expect(surplus).toMatchObject({ kind: "total", line: 28, label: { address: "A34" } });
    expect(t.rows.filter((r) => r.panel === "收入")).toHaveLength(12);
    expect(cell(row(t, "总计", "收入"), "金额")).toBe("2897.43@C37");
  });

  it("joins a coded row's name continued on the next line", async () => {
    const block = insertAfter(
      edit(tZC(), "机关事业单位基本养老保险缴费支出", "机关事业单位基本养老保险"),
      "机关事业单位基本养老保险",
      [null, null, null, "缴费支出"],
    );
    const { tables } = await recogniseRows("s", block.rows, block.merges);
    const t = table(tables, "T_ZC");
    expect(row(t, "2080505").name).toBe("机关事业单位基本养老保险缴费支出");
    expect(t.rows).toHaveLength(19);
    expect(cell(row(t, "210"), "本年支出合计")).toBe("137.96@E17");
  });
});

describe("基本支出明细表 panels", () => {
  it("reads two panels without a panel header row, totals beside their own panel", async () => {
    const head = "经济分类科目编码";
    // 人员经费合计 as it should have been published: 301 + 303.
    const { tables } = await recogniseRows("基本支出", [
      ["2024年度一般公共预算财政拨款基本支出决算表"],
      [head, "科目名称", "决算数", head, "科目名称", "决算数"],
      [...seedEconomic("301"), ...seedEconomic("302")],
      [...seedEconomic("30101"), ...seedEconomic("30201")],
      [...seedEconomic("303"), ...seedEconomic("310")],
      ["人员经费合计", null, a("1,264.00"), "公用经费合计", null, a(printed(SEED.jbzc.publicTotal))],
    ]);
    const t = table(tables, "T_JBZC");
    expect(t.rows.map((r) => `${r.panel}:${r.code ?? r.name}:${cell(r, "决算数")}`)).toEqual([
      "人员经费:301:1260.52@C3",
      "人员经费:30101:235.25@C4",
      "人员经费:303:3.48@C5",
      "人员经费:人员经费合计:1264.00@C6",
      "公用经费:302:98.33@F3",
      "公用经费:30201:7.17@F4",
      "公用经费:310:blank@F5",
      "公用经费:公用经费合计:98.33@F6",
    ]);
  });

  it("leaves an empty 人员经费合计 empty rather than taking another panel's amount", async () => {
    const block = tJBZC();
    const { tables } = await recogniseRows("s", block.rows, block.merges);
    expect(cell(row(table(tables, "T_JBZC"), "人员经费合计"), "决算数")).toBe("blank@C34");
  });
});

describe("三公经费", () => {
  it.each([true, false])("reads its one data row (column-number row: %s)", async (numbers) => {
    const block = tSG({ data: [SG_BUDGET, SG_ACTUAL], numbers });
    const { tables } = await recogniseRows("三公", block.rows, block.merges);
    const t = table(tables, "T_SG");
    const dataRow = numbers ? 8 : 7;
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].kind).toBe("item");
    expect(cell(t.rows[0], "预算数.合计")).toBe(`5.00@A${dataRow}`);
    expect(cell(t.rows[0], "预算数.公务用车小计")).toBe(`3.00@C${dataRow}`);
    expect(cell(t.rows[0], "决算数.公务用车运行维护费")).toBe(`2.60@K${dataRow}`);
    expect(cell(t.rows[0], "决算数.公务接待费")).toBe(`1.50@L${dataRow}`);
    expect(cell(t.rows[0], "决算数.公务用车购置费")).toBe(`blank@J${dataRow}`);
    expect(t.range.bottom).toBe(dataRow - 1);
    expect(t.notes[1]).toBe(SEED.sg.emptyNote);
  });
});

describe("三公经费 headers in other words", () => {
  const header = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费"];
  const sub = [null, null, "小计", "购置费", "运行维护费", null];
  const merges: Block["merges"] = [[2, 2, 2, 4]];

  it("reads a single set of columns without 预算数/决算数 as 决算数", async () => {
    const { tables } = await recogniseRows(
      "三公",
      [["2024年度财政拨款“三公”经费支出决算表"], ["单位：万元"], header, sub, SG_ACTUAL.map(a)],
      merges,
    );
    const t = table(tables, "T_SG");
    expect(t.columns).toEqual(SG_COLUMNS.filter((c) => c.startsWith("决算数.")));
    expect(cell(t.rows[0], "决算数.公务用车运行维护费")).toBe("2.60@E5");
  });

  it("reads a repeated set of columns without 预算数/决算数 as 预算数 then 决算数", async () => {
    const { tables } = await recogniseRows(
      "三公",
      [
        ["2024年度财政拨款“三公”经费支出决算表"],
        [],
        [...header, ...header],
        [...sub, ...sub],
        [...SG_BUDGET, ...SG_ACTUAL].map(a),
      ],
      [...merges, [2, 8, 2, 10]],
    );
    const t = table(tables, "T_SG");
    expect(cell(t.rows[0], "预算数.合计")).toBe("5.00@A5");
    expect(cell(t.rows[0], "决算数.合计")).toBe("4.10@G5");
    expect(cell(t.rows[0], "决算数.公务用车购置费")).toBe("blank@J5");
  });
});

describe("header problems", () => {
  it("says so when a titled table has no amount column it knows", async () => {
    const { tables, issues } = await recogniseRows("收入", [
      ["2024年度收入决算表"],
      ["单位：万元"],
      ["项目", "金额甲", "金额乙"],
      ["合计", a("1.00"), a("1.00")],
    ]);
    expect(tables).toEqual([]);
    expect(issues).toEqual([
      {
        message: "工作表“收入”中的收入决算表表头（第 3 行起）中没有可识别的金额列，未能读取。",
        cell: { sheet: "收入", address: "A3" },
      },
    ]);
  });

  it("recognises all nine when every table sits at an offset on its own sheet", async () => {
    const { tables, issues } = recognizeTables(await load(seedBook("sheets", {}, {}, { row: 5, col: 3 })));
    expect(tables.map((t) => t.key)).toEqual(TABLE_ORDER);
    expect(issues).toEqual([]);
    expect(table(tables, "T_ZC").range).toEqual({ top: 4, left: 2, bottom: 28, right: 11 });
    expect(cell(table(tables, "T_ZC").rows[0], "本年支出合计")).toBe("2897.43@G11");
  });
});
