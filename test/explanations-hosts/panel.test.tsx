import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { explain } from "../../src/engine/explanations";
import { Workbook } from "../../src/engine/model";
import { Panel } from "../../src/panel/components/Panel";
import { FakeHost } from "../ui/fakeHost";
import { ExplainingHost, explainingChecker, findings } from "./fixtures";

jest.setTimeout(30000);

const workbook: Workbook = { name: "决算.xlsx", sheets: [] };
const button = (name: string, within: HTMLElement = document.body) =>
  [...within.querySelectorAll("button")].find((b) => b.textContent === name)!;
const finding = (rule: string) =>
  screen.getAllByTestId("finding").find((e) => e.getAttribute("data-rule") === rule)!;

async function checked(host: FakeHost, checker = explainingChecker()) {
  const user = userEvent.setup({ delay: null });
  const view = render(<Panel host={host} check={checker.check} />);
  await user.click(button("检查"));
  await screen.findByTestId("summary");
  return { user, checker, view };
}

describe("说明 in the panel", () => {
  it("writes an explanation beside a warning, as text, marks it 已说明 and counts it apart", async () => {
    const host = new ExplainingHost(workbook);
    const { user } = await checked(host);
    expect(screen.queryByTestId("count-explained")).toBeNull();
    const item = finding("SG.over-budget");
    await user.click(button("说明", item));
    await user.type(within(item).getByRole("textbox"), "<b>经批准</b> 追加接待任务");
    await user.click(button("保存", item));
    await waitFor(() => expect(within(item).getByTestId("explanation-text")).toBeTruthy());
    expect(within(item).getByTestId("explanation-text")).toHaveTextContent(
      "已说明<b>经批准</b> 追加接待任务",
    );
    expect(item.querySelector("b")).toBeNull();
    expect(item).toHaveAttribute("data-explained", "true");
    expect(screen.getByTestId("count-explained")).toHaveTextContent("已说明 1 条");
    // Still a warning, counted as one.
    expect(screen.getByTestId("count-warning")).toHaveTextContent("1");
    expect(host.explanations).toEqual([
      expect.objectContaining({
        rule: "SG.over-budget",
        cells: ["三公经费表!F6", "三公经费表!C6"],
        figures: "0.20|0.30|0.10",
        text: "<b>经批准</b> 追加接待任务",
      }),
    ]);
    // Typing a space in the textarea does not select the finding's cells.
    expect(host.selects).toEqual([]);
  });

  it("passes the stored explanations to the next check, which shows them again", async () => {
    const host = new ExplainingHost(workbook);
    host.explanations = [explain(findings[0], "已在预算调整中核实")];
    const { checker } = await checked(host);
    expect(checker.calls[0].explanations).toEqual(host.explanations);
    expect(within(finding("ZC.row.total")).getByTestId("explanation-text")).toHaveTextContent(
      "已在预算调整中核实",
    );
    expect(screen.getByTestId("count-explained")).toHaveTextContent("已说明 1 条");
  });

  it("removes an explanation when saved empty, or by its remove button", async () => {
    const host = new ExplainingHost(workbook);
    host.explanations = [explain(findings[0], "核实中"), explain(findings[1], "追加任务")];
    const { user } = await checked(host);
    const total = finding("ZC.row.total");
    await user.click(button("修改说明", total));
    await user.clear(within(total).getByRole("textbox"));
    await user.click(button("保存", total));
    await waitFor(() => expect(within(total).queryByTestId("explanation-text")).toBeNull());
    expect(total).not.toHaveAttribute("data-explained");
    const budget = finding("SG.over-budget");
    await user.click(button("修改说明", budget));
    await user.click(button("删除说明", budget));
    await waitFor(() => expect(host.explanations).toEqual([]));
    expect(screen.queryByTestId("count-explained")).toBeNull();
    expect(screen.getByTestId("status")).toHaveTextContent("说明已删除。");
  });

  it("drops explanations whose figures changed the next time the list is saved", async () => {
    const host = new ExplainingHost(workbook);
    const old = explain({ ...findings[0], actual: "137.99", difference: "0.03" }, "旧的说明");
    host.explanations = [old];
    const { user } = await checked(host);
    // The figures changed: the old explanation does not fit, and is not shown.
    expect(screen.queryByTestId("explanation-text")).toBeNull();
    const item = finding("SG.over-budget");
    await user.click(button("说明", item));
    await user.type(within(item).getByRole("textbox"), "追加任务");
    await user.click(button("保存", item));
    await waitFor(() => expect(host.explanations.map((e) => e.text)).toEqual(["追加任务"]));
  });

  it("keeps the textarea and what was typed when saving fails, and says why", async () => {
    const host = new ExplainingHost(workbook);
    host.saveExplanations = async () => {
      throw new Error("工作簿受保护");
    };
    const { user } = await checked(host);
    const item = finding("SG.over-budget");
    await user.click(button("说明", item));
    await user.type(within(item).getByRole("textbox"), "追加任务");
    await user.click(button("保存", item));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("工作簿受保护"));
    expect(within(item).getByRole("textbox")).toHaveValue("追加任务");
  });

  it("offers no 说明 button where the host cannot keep explanations", async () => {
    await checked(new FakeHost(workbook));
    expect(button("说明", finding("SG.over-budget"))).toBeUndefined();
  });
});
