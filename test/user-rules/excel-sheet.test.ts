import { checkWorkbook } from "../../src/engine/check";
import { createExcelHost } from "../../src/hosts/excel";
import { FakeBook } from "../excel/fake-excel";
import { BREAKS, YBZC_ROWS } from "./fixtures";

/** Excel keeps the user's 审核公式 in the workbook's 审核公式 sheet, which the engine reads on each check. */

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet("公开05表", YBZC_ROWS);
  return b;
}

describe("the 审核公式 sheet in Excel", () => {
  it("is written as text with its header, read back by a reopened panel, and run by the check", async () => {
    const b = book();
    const rules = [
      { id: "R1", text: BREAKS, severity: "需说明", message: "=行政运行超过一般行政管理事务" },
      { text: "关闭 YBZC.code.children", disabled: true },
    ];
    await createExcelHost(b.run).saveUserRules!(rules);
    expect(b.cell("审核公式", "A1").value).toBe("编号");
    expect(b.cell("审核公式", "B2").value).toBe(BREAKS);
    // A 说明 that looks like a formula stays text.
    expect(b.cell("审核公式", "D2")).toMatchObject({
      value: "=行政运行超过一般行政管理事务",
      numberFormat: "@",
    });
    expect(b.cell("审核公式", "E3").value).toBe("是");
    expect(await createExcelHost(b.run).loadUserRules!()).toEqual(rules);

    const wb = await createExcelHost(b.run).readWorkbook();
    const found = checkWorkbook(wb).findings.filter((f) => f.rule.startsWith("user."));
    expect(found.map((f) => [f.rule, f.severity, f.message, f.cells])).toEqual([
      [
        "user.R1",
        "warning",
        "=行政运行超过一般行政管理事务（相差 15.00）",
        [
          { sheet: "公开05表", address: "C7" },
          { sheet: "公开05表", address: "C8" },
        ],
      ],
    ]);
  });

  it("replaces the rows it held when fewer rules are saved", async () => {
    const b = book();
    await createExcelHost(b.run).saveUserRules!([
      { id: "R1", text: BREAKS },
      { id: "R2", text: BREAKS },
    ]);
    await createExcelHost(b.run).saveUserRules!([{ id: "R2", text: BREAKS }]);
    expect(await createExcelHost(b.run).loadUserRules!()).toEqual([{ id: "R2", text: BREAKS }]);
    expect(b.cell("审核公式", "B3").value).toBe("");
  });

  it("reads a sheet the user typed: a title above the header, a # row kept as switched off", async () => {
    const b = book();
    b.addSheet("审核公式", [
      ["本单位审核公式", null],
      ["规则", "编号"],
      [BREAKS, "本地1"],
      ["# 旧规则", null],
    ]);
    expect(await createExcelHost(b.run).loadUserRules!()).toEqual([
      { id: "本地1", text: BREAKS },
      { text: "# 旧规则", disabled: true },
    ]);
  });

  it("is empty in a workbook without the sheet", async () => {
    expect(await createExcelHost(book().run).loadUserRules!()).toEqual([]);
  });
});
