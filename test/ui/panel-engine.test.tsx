import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbook } from "../../src/engine/model";
import { Panel } from "../../src/panel/components/Panel";
import { FakeHost } from "./fakeHost";

jest.setTimeout(30000);

/** A 一般公共预算财政拨款支出决算表 whose 款 20103 is 5.00 short of its 项. */
function workbook(): Workbook {
  return {
    name: "决算.xlsx",
    sheets: [
      {
        name: "公开05表",
        origin: { row: 0, col: 0 },
        values: [
          ["2024年度一般公共预算财政拨款支出决算表", null, null, null, null],
          ["单位：万元", null, null, null, null],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 100, 60, 40],
          ["201", "一般公共服务支出", 100, 60, 40],
          ["20103", "政府办公厅（室）及相关机构事务", 100, 60, 40],
          ["2010301", "行政运行", 60, 60, null],
          ["2010302", "一般行政管理事务", 45, null, 45],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      },
    ],
  };
}

const findingsOf = (rule: string) =>
  screen.queryAllByTestId("finding").filter((e) => e.dataset.rule === rule);

describe("Panel on the real engine", () => {
  it("finds the broken sum, takes the user to its cells, and re-checks after the fix", async () => {
    const wb = workbook();
    const host = new FakeHost(wb);
    const user = userEvent.setup({ delay: null });
    render(<Panel host={host} />);
    await user.click(screen.getByText("检查", { selector: "button" }));
    await screen.findByTestId("summary");
    expect(screen.getByTestId("count-tables")).toHaveTextContent("1");
    const broken = findingsOf("YBZC.code.children");
    expect(broken.length).toBeGreaterThanOrEqual(2);
    const total = broken.find((e) => e.textContent?.includes("“合计”"))!;
    expect(total).toHaveTextContent("应为 105.00 · 实为 100.00 · 差额 -5.00");
    expect(total.closest<HTMLElement>('[data-testid="table-group"]')?.dataset.table).toBe("T_YBZC");
    expect(total.closest("section")?.dataset.severity).toBe("error");

    await user.click(total);
    expect(host.selects[0]).toEqual([
      { sheet: "公开05表", address: "C6" },
      { sheet: "公开05表", address: "C7" },
      { sheet: "公开05表", address: "C8" },
    ]);

    // The user corrects 款 20103 and its parents; the panel checks again by itself.
    const values = wb.sheets[0].values;
    for (const r of [3, 4, 5]) values[r][2] = 105;
    for (const r of [3, 4, 5]) values[r][4] = 45;
    act(() => host.edit());
    await waitFor(() => expect(host.reads).toBe(2), { timeout: 3000 });
    await waitFor(() => expect(findingsOf("YBZC.code.children")).toHaveLength(0));
  });
});
