import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EXPLANATIONS_NAMESPACE } from "../../src/engine/explanations";
import { createExcelHost } from "../../src/hosts/excel";
import { REVIEW_SHEET } from "../../src/hosts/excel/review";
import { fromXml } from "../../src/hosts/excel/store";
import { Panel } from "../../src/panel/components/Panel";
import { FakeBook } from "../excel/fake-excel";
import { explainingChecker } from "./fixtures";

jest.setTimeout(30000);

const button = (name: string, inside: HTMLElement = document.body) =>
  [...inside.querySelectorAll("button")].find((b) => b.textContent === name)!;
const finding = (rule: string) =>
  screen.getAllByTestId("finding").find((e) => e.getAttribute("data-rule") === rule)!;

function book(): FakeBook {
  const b = new FakeBook();
  b.addSheet("支出决算表", [["2024年度支出决算表"]]);
  b.addSheet("三公经费表", [["2024年度“三公”经费支出决算表"]]);
  return b;
}

async function openPanel(b: FakeBook) {
  const user = userEvent.setup({ delay: null });
  const view = render(<Panel host={createExcelHost(b.run)} check={explainingChecker().check} />);
  await user.click(button("检查"));
  await screen.findByTestId("summary");
  return { user, view };
}

describe("说明 in Excel", () => {
  it("keeps an explanation written in the panel in a CustomXmlPart, shows it after reopening, and exports it", async () => {
    const b = book();
    const first = await openPanel(b);
    const item = finding("SG.over-budget");
    await first.user.click(button("说明", item));
    await first.user.type(within(item).getByRole("textbox"), "=经批准追加接待任务");
    await first.user.click(button("保存", item));
    await waitFor(() => expect(b.parts.some((p) => p.xml.includes(EXPLANATIONS_NAMESPACE))).toBe(true));
    const part = b.parts.find((p) => p.xml.includes(EXPLANATIONS_NAMESPACE))!;
    expect(fromXml(part.xml)).toEqual([
      expect.objectContaining({ rule: "SG.over-budget", text: "=经批准追加接待任务" }),
    ]);
    first.view.unmount();

    // Reopened: a new host over the same workbook reads the part, and the check shows it again.
    const again = await openPanel(b);
    expect(within(finding("SG.over-budget")).getByTestId("explanation-text")).toHaveTextContent(
      "=经批准追加接待任务",
    );
    expect(screen.getByTestId("count-explained")).toHaveTextContent("已说明 1 条");
    await again.user.click(button("导出审核表"));
    await waitFor(() => expect(b.sheet(REVIEW_SHEET)).toBeTruthy());
    const row = (r: number) => ["B", "J", "K"].map((c) => b.cell(REVIEW_SHEET, `${c}${r}`));
    expect(b.cell(REVIEW_SHEET, "J1").value).toBe("说明");
    expect(b.cell(REVIEW_SHEET, "E1").value).toBe("问题");
    const explained = [2, 3].map(row).find(([rule]) => rule.value === "SG.over-budget")!;
    // Formula-like text is written as text, not run.
    expect(explained[1].value).toBe("=经批准追加接待任务");
    expect(explained[1].formula).toBeUndefined();
    const other = [2, 3].map(row).find(([rule]) => rule.value === "ZC.row.total")!;
    expect(other[1].value).toBe("");
  });

  it("removes the part when the last explanation is removed", async () => {
    const b = book();
    const host = createExcelHost(b.run);
    await host.saveExplanations!([
      { rule: "SG.over-budget", cells: ["三公经费表!F6"], figures: "0.20|0.30|0.10", text: "追加任务" },
    ]);
    expect(await host.loadExplanations!()).toHaveLength(1);
    await host.saveExplanations!([]);
    expect(b.parts.filter((p) => p.xml.includes(EXPLANATIONS_NAMESPACE))).toEqual([]);
    expect(await host.loadExplanations!()).toEqual([]);
  });
});
