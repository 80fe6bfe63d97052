import { cellsText } from "../../src/hosts/review-rows";

/** The 审核结果 sheet names last year's cells with their workbook, as Excel names another workbook's. */
describe("cellsText with last year's cells", () => {
  it("groups by workbook and sheet: this year's 公开01表 apart from last year's", () => {
    expect(
      cellsText([
        { sheet: "公开01表", address: "C35" },
        { sheet: "公开01表", address: "F35", file: "2023.xlsx" },
        { sheet: "公开01表", address: "F36", file: "2023.xlsx" },
      ]),
    ).toBe("公开01表!C35; [2023.xlsx]公开01表!F35, F36");
  });

  it("keeps this year's cells of one sheet together", () => {
    expect(
      cellsText([
        { sheet: "公开01表", address: "C35" },
        { sheet: "公开01表", address: "C36" },
      ]),
    ).toBe("公开01表!C35, C36");
  });
});
