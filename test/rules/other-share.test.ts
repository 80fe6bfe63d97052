import { runRules } from "../../src/engine/rules";
import { buildTable } from "../helpers/tables";
import { tablesOf } from "./fixtures";
import { seedTables } from "./seed-tables";

const only = (findings: ReturnType<typeof runRules>) =>
  findings.filter((f) => f.rule === "codes.other-share");

describe("codes.other-share: an “其他…支出” 款 carrying more than half of its 类", () => {
  test("30299 其他商品和服务支出 at 10.26 of 302's 98.33 says nothing", () => {
    expect(only(runRules(seedTables()))).toEqual([]);
  });

  test("30299 printed as the whole 302 is a 提示 naming the 类 cell, then the 款 cell", () => {
    const tables = tablesOf("seed", [["T_JBZC", "公用经费|30299 其他商品和服务支出", "决算数", "98.33"]]);
    const jbzc = tables.find((t) => t.key === "T_JBZC");
    const cell = (code: string) => jbzc?.rows.find((r) => r.code === code)?.cells["决算数"];
    const [f] = only(runRules(tables));
    expect(f).toMatchObject({ severity: "info", table: "T_JBZC" });
    expect(f.cells).toEqual(
      [cell("302"), cell("30299")].map((c) => ({ sheet: c?.sheet, address: c?.address })),
    );
    expect(f.message).toBe(
      "一般公共预算财政拨款基本支出决算明细表 30299 其他商品和服务支出 98.33 占所属类 302 商品和服务支出 98.33 的 100%：“其他”款超过一半，请核实是否应归入具体的款",
    );
    expect(only(runRules(tables, { disabledGroups: ["codes"] }))).toEqual([]);
  });

  test("a function 款 such as 20199 其他一般公共服务支出 above half of 201, in the spending total column", () => {
    const table = (other: string) =>
      buildTable("T_ZC", {
        columns: ["本年支出合计", "基本支出", "项目支出"],
        rows: [
          ["合计", "100.00", "100.00", ""],
          ["201 一般公共服务支出", "100.00", "100.00", ""],
          ["20103 政府办公厅（室）及相关机构事务", (100 - Number(other)).toFixed(2), "", ""],
          ["20199 其他一般公共服务支出", other, "", ""],
        ],
      });
    expect(only(runRules([table("50.00")]))).toEqual([]);
    const [f] = only(runRules([table("50.01")], { lang: "en" }));
    expect(f.message).toContain(
      "20199 其他一般公共服务支出 50.01 is 50% of its 类 201 一般公共服务支出 100.00",
    );
  });
});
