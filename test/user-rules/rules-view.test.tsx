import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbook } from "../../src/engine/model";
import { UserRuleEntry } from "../../src/engine/rules/user";
import { Panel } from "../../src/panel/components/Panel";
import { FakeHost } from "../ui/fakeHost";
import { BREAKS, HOLDS, YBZC_ROWS } from "./fixtures";

jest.setTimeout(60000);

function workbook(): Workbook {
  return {
    name: "决算.xlsx",
    sheets: [
      {
        name: "公开05表",
        origin: { row: 0, col: 0 },
        values: YBZC_ROWS.map((r) => [...r]),
        merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      },
    ],
  };
}

/** The browser page's kind of host: rules kept beside the workbook and handed to the engine. */
class RulesHost extends FakeHost {
  constructor(
    wb: Workbook,
    public userRules: UserRuleEntry[] = [],
  ) {
    super(wb);
    // FakeHost is typed as Excel's; the browser page's kind is what hands saved rules to the engine.
    Object.defineProperty(this, "kind", { value: "browser" });
  }
  saves = 0;
  async loadUserRules() {
    return this.userRules;
  }
  async saveUserRules(rules: UserRuleEntry[]) {
    this.saves++;
    this.userRules = rules;
  }
}

async function openRules(host: RulesHost) {
  const user = userEvent.setup({ delay: null });
  render(<Panel host={host} />);
  await user.click(screen.getByRole("tab", { name: "规则" }));
  return user;
}

async function addRule(user: ReturnType<typeof userEvent.setup>, id: string, text: string) {
  await user.click(screen.getByRole("button", { name: "添加规则" }));
  const form = screen.getByRole("form");
  await user.type(within(form).getByRole("textbox", { name: "编号" }), id);
  await user.click(within(form).getByRole("textbox", { name: "规则" }));
  await user.paste(text);
  await user.click(within(form).getByRole("button", { name: "保存" }));
}

describe("the 规则 view", () => {
  it("shows where a rule goes wrong as it is typed, and saves it only once it reads", async () => {
    const host = new RulesHost(workbook());
    const user = await openRules(host);
    await user.click(screen.getByRole("button", { name: "添加规则" }));
    const form = screen.getByRole("form");
    const save = within(form).getByRole("button", { name: "保存" });
    await user.click(within(form).getByRole("textbox", { name: "规则" }));
    await user.paste("{T_YBZC, 码=2010301, 合计} ≤ {T_YBZC, 码=20x, 合计}");
    expect(screen.getByTestId("parse-note")).toHaveTextContent(
      "第 36 个字符（“码=20x”）：码= 后应为科目编码，如 2010301",
    );
    expect(save).toBeDisabled();
    await user.clear(within(form).getByRole("textbox", { name: "规则" }));
    await user.paste("{T_YBZC, 码=2010301, 合计} ≤");
    expect(screen.getByTestId("parse-note")).toHaveTextContent("在规则末尾：这里应为一个单元格 {表, 行, 列}");
    await user.paste(" {T_YBZC, 码=2010302, 合计}");
    expect(screen.getByTestId("parse-note")).toHaveTextContent("语法正确");
    await user.type(within(form).getByRole("textbox", { name: "编号" }), "R1");
    await user.click(save);
    await waitFor(() => expect(host.userRules).toEqual([{ id: "R1", text: BREAKS }]));
    expect(screen.getByTestId("user-rule")).toHaveTextContent(`R1: ${BREAKS}`);
  });

  it("tests a rule alone on the open workbook: what breaks it, or that it holds", async () => {
    const host = new RulesHost(workbook(), [
      { id: "R1", text: BREAKS },
      { id: "R2", text: HOLDS },
    ]);
    const user = await openRules(host);
    const [r1, r2] = await screen.findAllByTestId("user-rule");
    await user.click(within(r1).getByRole("button", { name: "在当前工作簿上测试" }));
    expect(await within(r1).findByRole("listitem")).toHaveTextContent(
      "错误：审核公式 R1：一般公共预算财政拨款支出决算表 2010301 行政运行“合计” 60.00 大于 一般公共预算财政拨款支出决算表 2010302 一般行政管理事务“合计” 45.00（相差 15.00）",
    );
    await user.click(within(r2).getByRole("button", { name: "在当前工作簿上测试" }));
    expect(await within(r2).findByText("规则在当前工作簿上成立，未发现问题。")).toBeInTheDocument();
  });

  it("runs the saved rules with the check, and not a switched-off one", async () => {
    const host = new RulesHost(workbook());
    const user = await openRules(host);
    await addRule(user, "R1", BREAKS);
    await user.click(screen.getByText("检查", { selector: "button" }));
    await user.click(screen.getByRole("tab", { name: "检查结果" }));
    await waitFor(() =>
      expect(screen.queryAllByTestId("finding").map((e) => e.dataset.rule)).toContain("user.R1"),
    );
    await user.click(screen.getByRole("tab", { name: "规则" }));
    await user.click(within(screen.getByTestId("user-rule")).getByRole("switch", { name: "启用" }));
    await waitFor(() => expect(host.userRules).toEqual([{ id: "R1", text: BREAKS, disabled: true }]));
    await user.click(screen.getByRole("tab", { name: "检查结果" }));
    await waitFor(() =>
      expect(screen.queryAllByTestId("finding").map((e) => e.dataset.rule)).not.toContain("user.R1"),
    );
  });

  it("edits and deletes a rule; an id may not be used twice", async () => {
    const host = new RulesHost(workbook(), [
      { id: "R1", text: BREAKS },
      { id: "R2", text: HOLDS },
    ]);
    const user = await openRules(host);
    const [, r2] = await screen.findAllByTestId("user-rule");
    await user.click(within(r2).getByRole("button", { name: "编辑" }));
    const form = screen.getByRole("form");
    const id = within(form).getByRole("textbox", { name: "编号" });
    await user.clear(id);
    await user.type(id, "R1");
    expect(screen.getByTestId("parse-note")).toHaveTextContent("编号 R1 已被另一条规则使用。");
    expect(within(form).getByRole("button", { name: "保存" })).toBeDisabled();
    await user.type(id, "b");
    await user.click(within(form).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(host.userRules.map((r) => r.id)).toEqual(["R1", "R1b"]));
    await user.click(within(screen.getAllByTestId("user-rule")[0]).getByRole("button", { name: "删除" }));
    await waitFor(() => expect(host.userRules).toEqual([{ id: "R1b", text: HOLDS }]));
  });

  it("lists the built-in rules in the rule language, and switches one off with a 关闭 rule", async () => {
    const host = new RulesHost(workbook());
    const user = await openRules(host);
    expect(screen.queryAllByTestId("built-in-rule")).toEqual([]);
    await user.click(screen.getByRole("button", { name: /^内置规则（\d+ 条）$/ }));
    const builtIn = screen.getAllByTestId("built-in-rule");
    const children = builtIn.find((e) => e.textContent?.startsWith("YBZC.code.children"))!;
    expect(children).toHaveTextContent(
      "每个 编码行 属于 T_YBZC 有下级：{T_YBZC, 每行, 每列} = {T_YBZC, Σ下级, 每列} [空白=零]",
    );
    await user.click(within(children).getByRole("button", { name: "关闭" }));
    await waitFor(() => expect(host.userRules).toEqual([{ text: "关闭 YBZC.code.children" }]));
    expect(within(children).getByText("已关闭")).toBeInTheDocument();
  });
});
