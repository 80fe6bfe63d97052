import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Finding } from "../../src/engine/findings";
import { Workbook } from "../../src/engine/model";
import { CheckOptions, CheckResult } from "../../src/engine/result";
import { Panel, RECHECK_DELAY_MS } from "../../src/panel/components/Panel";
import { HostNotice } from "../../src/panel/host";
import { FRAME_WAIT_MS } from "../../src/panel/paint";
import { FakeHost } from "./fakeHost";

// Role queries walk Fluent's large DOM; text and label queries find the same controls far faster.
const button = (name: string) => screen.getByText(name, { selector: "button" });
const tab = (name: string) =>
  [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((e) => e.textContent?.includes(name))!;

jest.setTimeout(30000);

const workbook: Workbook = {
  name: "决算.xlsx",
  sheets: [
    {
      name: "支出决算表",
      origin: { row: 0, col: 0 },
      values: [
        ["2024年度支出决算表", null, null],
        ["科目名称", "本年支出合计", "基本支出"],
        ["合计", 2897.43, 1362.34],
        ["卫生健康支出", 137.97, 137.96],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    },
  ],
};

const F = (f: Partial<Finding> & Pick<Finding, "rule" | "severity" | "message">): Finding => ({
  cells: [],
  ...f,
});

const findings: Finding[] = [
  F({
    rule: "ZC.row.total",
    severity: "error",
    message: "支出决算表 卫生健康支出：本年支出合计 ≠ 基本支出 + 项目支出",
    cells: [
      { sheet: "支出决算表", address: "B4" },
      { sheet: "支出决算表", address: "C4" },
    ],
    expected: "137.96",
    actual: "137.97",
    difference: "0.01",
    table: "T_ZC",
  }),
  F({
    rule: "SZZB.ZC.class",
    severity: "rounding",
    message: "收入支出决算总表 住房保障支出 与支出决算表不一致（尾差）",
    cells: [{ sheet: "总表", address: "E20" }],
    expected: "146.44",
    actual: "146.43",
    difference: "-0.01",
    table: "T_SZZB",
  }),
  F({
    rule: "codes.name",
    severity: "warning",
    message: "支出决算表 2100101 的名称与科目表不同",
    cells: [{ sheet: "支出决算表", address: "A9" }],
    table: "T_ZC",
  }),
  F({
    rule: "perf.score",
    severity: "error",
    message: "绩效自评表 总分与各项得分之和不符",
    cells: [{ sheet: "自评表", address: "H30" }],
    expected: "100",
    actual: "98",
    difference: "-2",
    table: "PERF:政务中心运行经费",
  }),
];

const result: CheckResult = {
  tables: [
    { key: "T_SZZB", title: "2024年度收入支出决算总表", sheet: "总表", range: "A1:F40" },
    { key: "T_ZC", title: "2024年度支出决算表", sheet: "支出决算表", range: "A1:H30" },
  ],
  findings,
};

/** The engine's stand-in: records the options the panel passes and answers a fixed result. */
function recordingChecker(answer: CheckResult = result) {
  const calls: { wb: Workbook; options: CheckOptions }[] = [];
  const check = (wb: Workbook, options: CheckOptions) => {
    calls.push({ wb, options });
    return answer;
  };
  return { check, calls };
}

async function renderChecked(host = new FakeHost(workbook), checker = recordingChecker()) {
  const user = userEvent.setup({ delay: null });
  render(<Panel host={host} check={checker.check} />);
  await user.click(button("检查"));
  await screen.findByTestId("summary");
  return { host, checker, user };
}

describe("Panel", () => {
  it("checks the workbook the host reads, with the saved settings, and sums up the result", async () => {
    const host = new FakeHost(workbook);
    host.settings = { lang: "zh", disabledGroups: ["codes"], roundingSlack: 1, autoCheck: true };
    host.assignments = [{ key: "T_JJ", sheet: "基金", range: "A1:F20" }];
    const { checker } = await renderChecked(host);
    expect(host.reads).toBe(1);
    expect(checker.calls).toHaveLength(1);
    expect(checker.calls[0].wb).toBe(workbook);
    expect(checker.calls[0].options).toEqual({
      lang: "zh",
      disabledGroups: ["codes"],
      roundingSlack: 1,
      assignments: [{ key: "T_JJ", sheet: "基金", range: "A1:F20" }],
    });
    expect(screen.getByTestId("count-tables")).toHaveTextContent("2");
    expect(screen.getByTestId("count-error")).toHaveTextContent("2");
    expect(screen.getByTestId("count-rounding")).toHaveTextContent("1");
    expect(screen.getByTestId("count-warning")).toHaveTextContent("1");
    expect(screen.queryByTestId("count-info")).toBeNull();
    expect(screen.queryByTestId("filter-info")).toBeNull();
  });

  it("waits for the workbook's settings and assignments when checked at once after opening", async () => {
    const host = new FakeHost(workbook);
    host.settings = { ...host.settings, disabledGroups: ["perf"] };
    host.assignments = [{ key: "T_JJ", sheet: "基金", range: "A1:F20" }];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    const load = host.loadAssignments.bind(host);
    host.loadAssignments = async () => {
      await slow;
      return load();
    };
    const checker = recordingChecker();
    render(<Panel host={host} check={checker.check} />);
    await userEvent.click(button("检查"));
    expect(checker.calls).toHaveLength(0);
    release();
    await screen.findByTestId("summary");
    expect(checker.calls[0].options).toMatchObject({
      disabledGroups: ["perf"],
      assignments: [{ key: "T_JJ", sheet: "基金", range: "A1:F20" }],
    });
  });

  it("shows the progress bar and lets a frame paint it before the synchronous engine runs", async () => {
    // A frame paints what the DOM holds when it runs: record whether the progress bar was there.
    const painted: boolean[] = [];
    const raf = jest.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => {
      setTimeout(() => {
        painted.push(document.querySelector('[role="progressbar"]') !== null);
        cb(0);
      }, 0);
      return 1;
    });
    try {
      let seen: { bar: boolean; text: boolean; paintedBar: boolean } | undefined;
      const check = () => {
        seen = {
          bar: document.querySelector('[role="progressbar"]') !== null,
          text: screen.queryByText("正在检查…") !== null,
          paintedBar: painted.includes(true),
        };
        return result;
      };
      render(<Panel host={new FakeHost(workbook)} check={check} />);
      await userEvent.click(button("检查"));
      await screen.findByTestId("summary");
      expect(seen).toEqual({ bar: true, text: true, paintedBar: true });
      expect(document.querySelector('[role="progressbar"]')).toBeNull();
    } finally {
      raf.mockRestore();
    }
  });

  it("says so when a check finds nothing, and when reading fails", async () => {
    const host = new FakeHost(workbook);
    await renderChecked(host, recordingChecker({ tables: result.tables, findings: [] }));
    expect(screen.getByText("未发现问题。")).toBeInTheDocument();
    expect(screen.getByTestId("count-error")).toHaveTextContent("0");
    host.readWorkbook = async () => {
      throw new Error("工作表“总表”无法读取");
    };
    await userEvent.click(button("检查"));
    expect(await screen.findByTestId("status")).toHaveTextContent("操作失败：工作表“总表”无法读取");
  });

  it("lists errors first, then 尾差, warnings and notes, each by table in the set's order", async () => {
    await renderChecked();
    const sections = [...document.querySelectorAll("section[data-severity]")];
    expect(sections.map((s) => s.getAttribute("data-severity"))).toEqual(["error", "rounding", "warning"]);
    const tablesOf = (i: number) =>
      within(sections[i] as HTMLElement)
        .getAllByTestId("table-group")
        .map((g) => g.dataset.table);
    expect(tablesOf(0)).toEqual(["T_ZC", "PERF:政务中心运行经费"]);
    expect(tablesOf(1)).toEqual(["T_SZZB"]);
    expect(tablesOf(2)).toEqual(["T_ZC"]);
    expect(sections[1]).toHaveTextContent("2024年度收入支出决算总表");
    expect(sections[0]).toHaveTextContent("绩效自评表：政务中心运行经费");
    expect(screen.getAllByTestId("finding").map((e) => e.dataset.rule)).toEqual([
      "ZC.row.total",
      "perf.score",
      "SZZB.ZC.class",
      "codes.name",
    ]);
    const first = screen.getAllByTestId("finding")[0];
    expect(first).toHaveTextContent("应为 137.96 · 实为 137.97 · 差额 0.01");
    expect(first).toHaveTextContent("支出决算表!B4");
  });

  it("puts a blank total that other findings rest on before them, whatever its table", async () => {
    const basic = F({
      rule: "YBZC.JBZC.basic",
      severity: "error",
      message: "一般公共预算财政拨款支出决算表 合计行“基本支出” 1,362.34 ≠ 人员经费合计 + 公用经费合计 98.33",
      cells: [
        { sheet: "公开05表", address: "F7" },
        { sheet: "公开06表", address: "C34" },
        { sheet: "公开06表", address: "I34" },
      ],
      expected: "98.33",
      actual: "1362.34",
      difference: "1264.01",
      table: "T_YBZC",
    });
    const personnel = F({
      rule: "JBZC.personnel.total",
      severity: "error",
      message: "基本支出决算明细表 人员经费合计 （空白） ≠ 各类之和 1,264.00",
      cells: [
        { sheet: "公开06表", address: "C34" },
        { sheet: "公开06表", address: "C6" },
        { sheet: "公开06表", address: "C20" },
      ],
      expected: "1264.00",
      actual: "0.00",
      difference: "-1264.00",
      table: "T_JBZC",
    });
    // A zero total nobody else cites is not a cause of anything: it keeps its table's place.
    const lone = F({
      ...personnel,
      rule: "JJ.total",
      cells: [{ sheet: "公开08表", address: "C7" }],
      table: "T_JJ",
    });
    const zc = findings[0];
    await renderChecked(
      new FakeHost(workbook),
      recordingChecker({ tables: [], findings: [zc, basic, personnel, lone] }),
    );
    expect(screen.getAllByTestId("finding").map((e) => e.dataset.rule)).toEqual([
      "JBZC.personnel.total",
      "ZC.row.total",
      "YBZC.JBZC.basic",
      "JJ.total",
    ]);
  });

  it("prints amounts as the CLI does, thousands grouped", async () => {
    const big = F({ ...findings[0], expected: "1362.34", actual: "-12345.6", difference: "0.01" });
    await renderChecked(new FakeHost(workbook), recordingChecker({ tables: [], findings: [big] }));
    expect(screen.getByTestId("finding")).toHaveTextContent("应为 1,362.34 · 实为 -12,345.6 · 差额 0.01");
  });

  it("names each severity by a shape of its own and a word, and counts it once", async () => {
    await renderChecked();
    const icon = (s: string) => document.querySelector(`[data-testid="finding"][data-severity="${s}"] svg`)!;
    for (const [severity, word] of [
      ["error", "错误"],
      ["rounding", "尾差"],
      ["warning", "警告"],
    ]) {
      expect(icon(severity)).toHaveAttribute("data-icon", severity);
      expect(icon(severity)).toHaveAttribute("aria-label", word);
      const section = document.querySelector(`section[data-severity="${severity}"]`)!;
      expect(section.querySelector("h3")).toHaveTextContent(new RegExp(`^${word}$`));
      expect(section.querySelector("h3 svg")).toHaveAttribute("data-icon", severity);
    }
    // Error and 尾差 are told apart by shape, not by a shade of red.
    expect(icon("error").innerHTML).not.toBe(icon("rounding").innerHTML);
    expect(icon("warning").innerHTML).not.toBe(icon("rounding").innerHTML);
    // One count per severity, in the summary's filter buttons; none in the list's headings.
    expect(screen.getAllByTestId("count-error")).toHaveLength(1);
    expect(screen.getByTestId("filter-error")).toHaveTextContent("错误2");
    expect(screen.queryByText(/（\d+）/)).toBeNull();
  });

  it("keeps the buttons, counts, filters and search in one sticky toolbar above the list", async () => {
    await renderChecked();
    const toolbar = screen.getByTestId("toolbar");
    for (const el of [
      button("检查"),
      button("标记"),
      button("导出审核表"),
      screen.getByTestId("summary"),
      screen.getByTestId("filter-error"),
      screen.getByLabelText("搜索问题、单元格…"),
    ])
      expect(toolbar).toContainElement(el);
    expect(toolbar).not.toContainElement(screen.getAllByTestId("finding")[0]);
    expect(getComputedStyle(toolbar).position).toBe("sticky");
    expect(getComputedStyle(toolbar).top).toBe("0px");
  });

  it("filters by severity and by text", async () => {
    const { user } = await renderChecked();
    expect(screen.getAllByTestId("finding")).toHaveLength(4);
    await user.click(screen.getByTestId("filter-error"));
    expect(screen.getAllByTestId("finding").map((e) => e.dataset.rule)).toEqual([
      "SZZB.ZC.class",
      "codes.name",
    ]);
    await user.click(screen.getByTestId("filter-error"));
    await user.type(screen.getByLabelText("搜索问题、单元格…"), "自评表!H30");
    expect(screen.getAllByTestId("finding").map((e) => e.dataset.rule)).toEqual(["perf.score"]);
    await user.clear(screen.getByLabelText("搜索问题、单元格…"));
    await user.type(screen.getByLabelText("搜索问题、单元格…"), "没有这个词");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeInTheDocument();
  });

  it("shows 提示 in the summary and the filters only when there are notes", async () => {
    const note = F({ rule: "perf.note", severity: "info", message: "自评表未填写偏差原因" });
    await renderChecked(new FakeHost(workbook), recordingChecker({ tables: [], findings: [note] }));
    expect(screen.getByTestId("count-info")).toHaveTextContent("1");
    expect(screen.getByTestId("filter-info")).toHaveTextContent("提示1");
    expect(document.querySelector('section[data-severity="info"] h3')).toHaveTextContent("提示");
  });

  it("titles severity sections in English", async () => {
    const host = new FakeHost(workbook);
    host.settings = { ...host.settings, lang: "en" };
    render(<Panel host={host} check={recordingChecker().check} />);
    await userEvent.click(await screen.findByText("Check", { selector: "button" }));
    await screen.findByTestId("summary");
    const headings = [...document.querySelectorAll("section[data-severity] h3")].map((h) => h.textContent);
    expect(headings).toEqual(["Errors", "Rounding", "Warnings"]);
  });

  it("selects a finding's cells when it is clicked, one cell when its address is clicked", async () => {
    const { host, user } = await renderChecked();
    const item = screen.getAllByTestId("finding").find((e) => e.dataset.rule === "ZC.row.total")!;
    await user.click(within(item).getByText(/卫生健康支出/));
    expect(host.selects).toEqual([findings[0].cells]);
    await user.click(within(item).getByText("支出决算表!C4", { selector: "button" }));
    expect(host.selects[1]).toEqual([{ sheet: "支出决算表", address: "C4" }]);
    item.focus();
    await user.keyboard("{Enter}");
    expect(host.selects).toHaveLength(3);
  });

  it("lists the first cells of a long rollup, and a click still selects them all", async () => {
    const cells = Array.from({ length: 12 }, (_, i) => ({ sheet: "公开06表", address: `C${i + 6}` }));
    const rollup = F({
      rule: "JBZC.class",
      severity: "error",
      message: "301 ≠ 各款之和",
      cells,
      table: "T_JBZC",
    });
    const host = new FakeHost(workbook);
    await renderChecked(host, recordingChecker({ tables: [], findings: [rollup] }));
    const item = screen.getByTestId("finding");
    expect(within(item).getAllByRole("button")).toHaveLength(8);
    expect(item).toHaveTextContent("等另 4 个");
    await userEvent.click(within(item).getByText(/301/));
    expect(host.selects[0]).toHaveLength(12);
  });

  it("marks and exports the findings the filter shows, in the list's order, and clears marks", async () => {
    const { host, user } = await renderChecked();
    await user.click(button("导出审核表"));
    expect(host.exports[0].map((f) => f.rule)).toEqual([
      "ZC.row.total",
      "perf.score",
      "SZZB.ZC.class",
      "codes.name",
    ]);
    await user.click(screen.getByTestId("filter-warning"));
    await user.click(button("标记"));
    expect(host.marks[0].map((f) => f.rule)).toEqual(["ZC.row.total", "perf.score", "SZZB.ZC.class"]);
    expect(await screen.findByTestId("status")).toHaveTextContent("已标记 4 个单元格。");
    await user.click(button("导出审核表"));
    expect(host.exports[1].map((f) => f.rule)).toEqual(["ZC.row.total", "perf.score", "SZZB.ZC.class"]);
    await user.type(screen.getByLabelText("搜索问题、单元格…"), "住房保障");
    await user.click(button("导出审核表"));
    expect(host.exports[2].map((f) => f.rule)).toEqual(["SZZB.ZC.class"]);
    await user.click(button("清除标记"));
    expect(host.clears).toBe(1);
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("已清除 3 个单元格的标记。"));
  });

  it("explains what the host understood in the panel's language, a partial mark as information", async () => {
    const host = new FakeHost(workbook);
    host.mark = () => Promise.reject(new HostNotice("markedSomeProtected", { n: 2, sheets: "总表" }, "info"));
    host.clearMarks = () => Promise.reject(new HostNotice("errProtected"));
    const { user, checker } = await renderChecked(host);
    await user.click(button("标记"));
    const status = await screen.findByTestId("status");
    expect(status).toHaveTextContent("已标记 2 个单元格。工作表“总表”受保护，其中的单元格未标记");
    expect(status).not.toHaveTextContent("操作失败");
    await user.click(tab("设置"));
    await user.click(screen.getByLabelText("English"));
    // The re-check in English clears the status line; the clear comes after it.
    await waitFor(() => expect(checker.calls).toHaveLength(2));
    await waitFor(() => expect(button("Check")).toBeEnabled());
    await user.click(button("Clear marks"));
    await waitFor(() =>
      expect(screen.getByTestId("status")).toHaveTextContent(/^A sheet or the workbook is protected/),
    );
  });

  it("shows cell texts as text, never as markup", async () => {
    const hostile = F({
      rule: "x",
      severity: "warning",
      message: '<img src=x onerror="alert(1)">=HYPERLINK("a")',
    });
    const { container } = render(
      <Panel host={new FakeHost(workbook)} check={() => ({ tables: [], findings: [hostile] })} />,
    );
    await userEvent.click(button("检查"));
    expect(await screen.findByText(/<img src=x onerror/)).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("keeps settings in the host and re-checks in the chosen language", async () => {
    const { host, checker, user } = await renderChecked();
    await user.click(tab("设置"));
    await user.click(screen.getByLabelText("English"));
    expect(host.settings.lang).toBe("en");
    await waitFor(() => expect(checker.calls).toHaveLength(2));
    expect(checker.calls[1].options.lang).toBe("en");
    expect(button("Check")).toBeInTheDocument();
    await user.click(screen.getByLabelText("Classification codes"));
    expect(host.settings.disabledGroups).toEqual(["codes"]);
    await user.click(screen.getByLabelText("0.02 万元 more"));
    expect(host.settings.roundingSlack).toBe(2);
    await waitFor(() =>
      expect(checker.calls.at(-1)?.options).toMatchObject({ disabledGroups: ["codes"], roundingSlack: 2 }),
    );
  });

  it("starts from the settings saved in the workbook", async () => {
    const host = new FakeHost(workbook);
    host.settings = { lang: "en", disabledGroups: ["perf"], roundingSlack: 0, autoCheck: false };
    render(<Panel host={host} check={recordingChecker().check} />);
    expect(await screen.findByText("Check", { selector: "button" })).toBeInTheDocument();
    expect(screen.getByLabelText("Re-check after edits")).not.toBeChecked();
    await userEvent.click(tab("Settings"));
    expect(screen.getByLabelText("Performance self-evaluation")).not.toBeChecked();
    expect(screen.getByLabelText("Within-table identities")).toBeChecked();
  });
});

describe("Panel re-checks after edits", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function checked() {
    const host = new FakeHost(workbook);
    const checker = recordingChecker();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(<Panel host={host} check={checker.check} />);
    await user.click(button("检查"));
    await act(() => jest.runOnlyPendingTimersAsync());
    await screen.findByTestId("summary");
    return { host, checker, user };
  }

  it("once, a second after the last of a burst of edits", async () => {
    const { host, checker } = await checked();
    expect(checker.calls).toHaveLength(1);
    act(() => host.edit());
    await act(() => jest.advanceTimersByTimeAsync(500));
    act(() => host.edit());
    await act(() => jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS - 1));
    expect(checker.calls).toHaveLength(1);
    // The debounce ends, then the check waits for the progress bar's frame.
    await act(() => jest.advanceTimersByTimeAsync(1 + FRAME_WAIT_MS));
    expect(checker.calls).toHaveLength(2);
  });

  it("not at all when switched off, nor before the first check", async () => {
    const host = new FakeHost(workbook);
    const checker = recordingChecker();
    render(<Panel host={host} check={checker.check} />);
    await act(() => jest.advanceTimersByTimeAsync(0));
    act(() => host.edit());
    await act(() => jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS * 2));
    expect(checker.calls).toHaveLength(0);

    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(screen.getByLabelText("编辑后自动检查"));
    expect(host.settings.autoCheck).toBe(false);
    expect(host.subscribers).toBe(0);
    await user.click(button("检查"));
    await act(() => jest.advanceTimersByTimeAsync(FRAME_WAIT_MS));
    expect(checker.calls).toHaveLength(1);
    act(() => host.edit());
    await act(() => jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS * 2));
    expect(checker.calls).toHaveLength(1);
  });
});

describe("Panel table map", () => {
  it("shows where each table is and assigns the selected range to a missing one", async () => {
    const { host, checker, user } = await renderChecked();
    await user.click(tab("表格"));
    const rows = screen.getAllByTestId("table-row");
    const zc = rows.find((r) => r.dataset.key === "T_ZC")!;
    expect(zc).toHaveTextContent("2024年度支出决算表");
    expect(zc).toHaveTextContent("支出决算表");
    expect(zc).toHaveTextContent("A1:H30");
    const jj = rows.find((r) => r.dataset.key === "T_JJ")!;
    expect(jj).toHaveTextContent("未识别到");

    await user.click(within(jj).getByText("指定为所选区域", { selector: "button" }));
    expect(await screen.findByTestId("status")).toHaveTextContent(
      "请先在工作表中选中“政府性基金预算财政拨款收入支出决算表”的区域",
    );
    expect(host.assignments).toEqual([]);

    // Excel always reports a selection: the active cell alone is not a table.
    host.range = { sheet: "基金", range: "B7" };
    await user.click(within(jj).getByText("指定为所选区域", { selector: "button" }));
    expect(host.assignments).toEqual([]);
    expect(screen.getByTestId("status")).toHaveTextContent("请先在工作表中选中");

    host.range = { sheet: "基金", range: "A3:H18" };
    await user.click(within(jj).getByText("指定为所选区域", { selector: "button" }));
    await waitFor(() => expect(host.assignments).toEqual([{ key: "T_JJ", sheet: "基金", range: "A3:H18" }]));
    await waitFor(() => expect(checker.calls).toHaveLength(2));
    expect(checker.calls[1].options.assignments).toEqual([{ key: "T_JJ", sheet: "基金", range: "A3:H18" }]);
    const assigned = screen.getAllByTestId("table-row").find((r) => r.dataset.key === "T_JJ")!;
    expect(assigned).toHaveTextContent("手动指定");
    expect(assigned).toHaveTextContent("A3:H18");

    await user.click(within(assigned).getByText("取消指定", { selector: "button" }));
    await waitFor(() => expect(host.assignments).toEqual([]));
    await waitFor(() => expect(checker.calls).toHaveLength(3));
    expect(checker.calls[2].options.assignments).toEqual([]);
  });
});
