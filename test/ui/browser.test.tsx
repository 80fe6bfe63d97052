import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Finding } from "../../src/engine/findings";
import { Sheet, Workbook } from "../../src/engine/model";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { Panel } from "../../src/panel/components/Panel";
import { DEFAULT_SETTINGS } from "../../src/panel/host";
import { BrowserHost, KeyValueStore } from "../../src/web/BrowserHost";
import { Grid, ROW_HEIGHT } from "../../src/web/Grid";
import { GridStore } from "../../src/web/gridStore";
import { reviewCsv } from "../../src/web/review";
import { WebApp } from "../../src/web/WebApp";

// Rendering the whole panel under jsdom takes seconds on a busy machine.
jest.setTimeout(30000);

// exceljs's node build does not load under jsdom; opening files is the end-to-end tests' part.
jest.mock("../../src/hosts/xlsx/read", () => ({ readXlsx: jest.fn() }));

const sheet = (name: string, values: Sheet["values"], merges: Sheet["merges"] = []): Sheet => ({
  name,
  origin: { row: 0, col: 0 },
  values,
  merges,
});

const workbook: Workbook = {
  name: "决算.xlsx",
  sheets: [
    sheet("封面", [["武汉市硚口区行政审批局2024年度部门决算"]]),
    sheet(
      "支出决算表",
      [
        ["2024年度支出决算表", null, null],
        ["科目名称", "本年支出合计", "基本支出"],
        ["合计", 2897.43, 1362.34],
        ["卫生健康支出", 137.97, 137.96],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 2 }],
    ),
  ],
};

const finding: Finding = {
  rule: "ZC.row.total",
  severity: "error",
  message: "卫生健康支出：本年支出合计 ≠ 基本支出",
  cells: [
    { sheet: "支出决算表", address: "B4" },
    { sheet: "支出决算表", address: "C4" },
  ],
  expected: "137.96",
  actual: "137.97",
  difference: "0.01",
  table: "T_ZC",
};

function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function setup() {
  const store = new GridStore();
  const storage = memoryStorage();
  const downloads: { name: string; content: string }[] = [];
  const host = new BrowserHost(store, storage, (name, content) => downloads.push({ name, content }));
  return { store, storage, downloads, host };
}

describe("BrowserHost", () => {
  it("refuses to check before a workbook is open, in Chinese", async () => {
    await expect(setup().host.readWorkbook()).rejects.toThrow("尚未打开工作簿");
  });

  it("selects: shows the finding's sheet and highlights its cells in the grid", async () => {
    const { store, host } = setup();
    store.load(workbook);
    render(<Grid store={store} />);
    expect(screen.getByTestId("grid").dataset.sheet).toBe("封面");
    await act(() => host.select(finding.cells));
    expect(screen.getByTestId("grid").dataset.sheet).toBe("支出决算表");
    const b4 = document.querySelector('[data-cell="B4"]')!;
    expect(b4).toHaveClass("sel");
    expect(b4).toHaveTextContent("137.97");
    expect(document.querySelector('[data-cell="C4"]')).toHaveClass("sel");
    expect(document.querySelector('[data-cell="B3"]')).not.toHaveClass("sel");
    expect(store.getState().scrollTo).toMatchObject({ sheet: "支出决算表", row: 3, col: 1 });
  });

  it("marks and clears marks in the grid, counting cells", async () => {
    const { store, host } = setup();
    store.load(workbook);
    render(<Grid store={store} />);
    await act(() => host.select(finding.cells));
    expect(await act(() => host.mark([finding]))).toBe(2);
    expect(document.querySelector('[data-cell="B4"]')).toHaveClass("marked");
    expect(await act(() => host.clearMarks())).toBe(2);
    expect(document.querySelector('[data-cell="B4"]')).not.toHaveClass("marked");
    expect(await act(() => host.clearMarks())).toBe(0);
  });

  it("hands over the range the user dragged over, for assigning a table", async () => {
    const { store, host } = setup();
    store.load(workbook);
    render(<Grid store={store} />);
    expect(await host.selectedRange()).toBeUndefined();
    fireEvent.click(screen.getByRole("tab", { name: "支出决算表" }));
    fireEvent.mouseDown(document.querySelector('[data-cell="C4"]')!);
    fireEvent.mouseEnter(document.querySelector('[data-cell="A2"]')!);
    fireEvent.mouseUp(document.querySelector('[data-cell="A2"]')!);
    expect(await host.selectedRange()).toEqual({ sheet: "支出决算表", range: "A2:C4" });
    expect(document.querySelector('[data-cell="B3"]')).toHaveClass("range");
  });

  it("keeps settings, and assignments per workbook, in the page's storage", async () => {
    const { store, storage, host } = setup();
    expect(await host.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await host.saveSettings({ ...DEFAULT_SETTINGS, lang: "en", roundingSlack: 2 });
    store.load(workbook);
    await host.saveAssignments([{ key: "T_JJ", sheet: "基金", range: "A1:F9" }]);
    const again = new BrowserHost(store, storage, () => undefined);
    expect(await again.loadSettings()).toMatchObject({ lang: "en", roundingSlack: 2 });
    expect(await again.loadAssignments()).toEqual([{ key: "T_JJ", sheet: "基金", range: "A1:F9" }]);
    store.load({ ...workbook, name: "另一个.xlsx" });
    expect(await again.loadAssignments()).toEqual([]);
    storage.data.set("juesuan.settings", "{not json");
    expect(await new BrowserHost(store, storage, () => undefined).loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("speaks the panel's language in the page around it, Chinese by default", async () => {
    const { host } = setup();
    render(<WebApp host={host} />);
    expect(await screen.findByText("打开文件", { selector: "button" })).toBeInTheDocument();
    expect(screen.getByText(/拖放到这里/)).toBeInTheDocument();
    // A read-only grid has no edits to re-check after.
    expect(screen.getByText("检查", { selector: "button" })).toBeInTheDocument();
    expect(screen.queryByLabelText("编辑后自动检查")).toBeNull();
    await act(() => host.saveSettings({ ...DEFAULT_SETTINGS, lang: "en" }));
    expect(screen.getByText("Open file", { selector: "button" })).toBeInTheDocument();
    expect(screen.getByText("Open sample", { selector: "button" })).toBeInTheDocument();
    expect(screen.getByText(/Drop a departmental final-account \.xlsx here/)).toBeInTheDocument();
    await expect(host.readWorkbook()).rejects.toThrow("No workbook is open");
  });

  it("does not check one department's ranges in another's workbook of the same file name", async () => {
    const { store, host } = setup();
    store.load(workbook);
    await host.saveAssignments([{ key: "T_ZC", sheet: "支出决算表", range: "A2:C4" }]);
    store.load({ ...workbook, sheets: [sheet("Sheet1", [["另一个单位的决算"], [1], [2]])] });
    expect(await host.loadAssignments()).toEqual([]);
    store.load({ ...workbook });
    expect(await host.loadAssignments()).toEqual([{ key: "T_ZC", sheet: "支出决算表", range: "A2:C4" }]);
  });

  it("downloads the 审核结果 named after the workbook", async () => {
    const { store, downloads, host } = setup();
    store.load(workbook);
    await host.exportReview([finding]);
    expect(downloads[0].name).toBe("决算-审核结果.csv");
    expect(downloads[0].content).toContain("支出决算表!B4, C4");
  });

  it("tells how to select a table's range in the grid, Shift+click included", async () => {
    const { store, host } = setup();
    store.load(workbook);
    const user = userEvent.setup({ delay: null });
    render(<Panel host={host} check={() => ({ tables: [], findings: [] })} />);
    await user.click(screen.getByText("检查", { selector: "button" }));
    await screen.findByTestId("summary");
    await user.click(
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((e) =>
        e.textContent?.includes("表格"),
      )!,
    );
    const row = (await screen.findAllByTestId("table-row")).find((r) => r.dataset.key === "T_JJ")!;
    await user.click(row.querySelector("button")!);
    expect(await screen.findByTestId("status")).toHaveTextContent(
      /拖动鼠标选中.*按住 Shift 点击最后一个单元格/,
    );
  });

  it("downloads only the findings the panel's filter shows, as 标记 marks them", async () => {
    const { store, downloads, host } = setup();
    store.load(workbook);
    const warning: Finding = {
      ...finding,
      rule: "codes.name",
      severity: "warning",
      message: "名称与科目表不同",
    };
    const rounding: Finding = {
      ...finding,
      rule: "SZZB.ZC.class",
      severity: "rounding",
      message: "住房保障支出 尾差",
    };
    const user = userEvent.setup({ delay: null });
    render(<Panel host={host} check={() => ({ tables: [], findings: [finding, rounding, warning] })} />);
    await user.click(screen.getByText("检查", { selector: "button" }));
    await screen.findByTestId("summary");
    const exported = async () => {
      await user.click(screen.getByText("导出审核表", { selector: "button" }));
      const rows = downloads.at(-1)!.content.trim().split("\r\n").slice(1);
      return rows.map((r) => r.split(",")[1]);
    };
    expect(await exported()).toEqual(["ZC.row.total", "SZZB.ZC.class", "codes.name"]);
    await user.click(screen.getByTestId("filter-warning"));
    expect(await exported()).toEqual(["ZC.row.total", "SZZB.ZC.class"]);
    await user.type(screen.getByLabelText("搜索问题、单元格…"), "住房");
    expect(await exported()).toEqual(["SZZB.ZC.class"]);
    await user.click(screen.getByText("标记", { selector: "button" }));
    await waitFor(() => expect(store.getState().marked).toEqual(new Set(["支出决算表!B4", "支出决算表!C4"])));
  });
});

describe("reviewCsv", () => {
  it("writes one row per finding in the Excel export's columns, with the table's title, quoted where needed", () => {
    const lines = reviewCsv([finding, { ...finding, message: '含"引号",和逗号', difference: "-0.01" }]).split(
      "\r\n",
    );
    expect(lines[0]).toBe("\uFEFF序号,规则,级别,表,问题,应为,实为,差额,单元格,说明,备注");
    expect(lines[1]).toBe(
      '1,ZC.row.total,错误,支出决算表,卫生健康支出：本年支出合计 ≠ 基本支出,137.96,137.97,0.01,"支出决算表!B4, C4",,',
    );
    expect(lines[2]).toContain(',"含""引号"",和逗号",137.96,137.97,-0.01,');
    expect(reviewCsv([], "en")).toBe(
      "\uFEFFNo.,Rule,Severity,Table,Message,Expected,Actual,Difference,Cells,Explanation,Notes\r\n",
    );
  });

  it("lists the cells by sheet, as the Excel export does, escaping a list that would run as a formula", () => {
    const cells = [
      { sheet: `It's 表 1`, address: "B4" },
      { sheet: `It's 表 1`, address: "B5" },
      { sheet: "支出决算表", address: "C4" },
    ];
    const row = reviewCsv([{ ...finding, cells }]).split("\r\n")[1];
    expect(row.endsWith(`,"It's 表 1!B4, B5; 支出决算表!C4",,`)).toBe(true);
    const formula = reviewCsv([{ ...finding, cells: [{ sheet: "=cmd", address: "A1" }] }]).split("\r\n")[1];
    expect(formula.endsWith(`,'=cmd!A1,,`)).toBe(true);
  });

  it("escapes texts a spreadsheet would run as formulas", () => {
    const csv = reviewCsv([
      { ...finding, message: '=HYPERLINK("http://x","点我")', rule: "@SUM(A1)", actual: "-1+2" },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toContain(",'-1+2,");
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });
});

describe("Grid", () => {
  it("scrolls toward an off-screen column while a drag selection goes past the edge, and stops on release", () => {
    const { store } = setup();
    const row = (r: number) => Array.from({ length: 30 }, (_, c) => (r === 0 ? `列${c + 1}` : r * 100 + c));
    store.load({
      name: "wide.xlsx",
      sheets: [
        sheet(
          "宽表",
          Array.from({ length: 10 }, (_, r) => row(r)),
        ),
      ],
    });
    render(<Grid store={store} />);
    const scroller = screen.getByTestId("grid");
    // jsdom lays nothing out: the grid is a 300 × 200 px box at the page's top-left.
    scroller.getBoundingClientRect = () =>
      ({ left: 0, top: 0, right: 300, bottom: 200, width: 300, height: 200 }) as DOMRect;
    fireEvent.mouseDown(document.querySelector('[data-cell="B2"]')!);
    // The pointer leaves the grid to its right: the cells' own events stop, the grid still follows.
    fireEvent.mouseMove(document, { clientX: 350, clientY: 60 });
    expect(scroller.scrollLeft).toBeGreaterThan(0);
    const focus = store.getState().range!.focus;
    expect(focus.row).toBe(1);
    expect(focus.col).toBeGreaterThan(4);
    fireEvent.mouseMove(document, { clientX: 400, clientY: 60 });
    expect(store.getState().range!.focus.col).toBeGreaterThan(focus.col);
    const scrolled = scroller.scrollLeft;
    fireEvent.mouseUp(document);
    fireEvent.mouseMove(document, { clientX: 500, clientY: 60 });
    expect(scroller.scrollLeft).toBe(scrolled);
    expect(store.getState().range!.anchor).toEqual({ row: 1, col: 1 });
  });

  it("renders only the rows on screen of a long sheet, and scrolls to a selected cell", async () => {
    const values = Array.from({ length: 5000 }, (_, i) => [`行${i + 1}`, i * 1.5]);
    const { store, host } = setup();
    store.load({ name: "big.xlsx", sheets: [sheet("大表", values)] });
    render(<Grid store={store} />);
    const rendered = () => document.querySelectorAll("tbody td[data-cell^='A']").length;
    expect(rendered()).toBeGreaterThan(0);
    expect(rendered()).toBeLessThan(100);
    expect(document.querySelector('[data-cell="A4000"]')).toBeNull();
    await act(() => host.select([{ sheet: "大表", address: "B4000" }]));
    const scroller = screen.getByTestId("grid");
    expect(scroller.scrollTop).toBeGreaterThan(3990 * ROW_HEIGHT - 1000);
    expect(document.querySelector('[data-cell="B4000"]')).toHaveClass("sel");
    expect(document.querySelector('[data-cell="A4000"]')).toHaveTextContent("行4000");
  });

  it("spans merged titles across their columns and shows texts as text", () => {
    const { store } = setup();
    store.load({
      sheets: [
        sheet(
          "表",
          [
            ["<b>标题</b>", null, null],
            ["a", "b", "c"],
          ],
          [{ top: 0, left: 0, bottom: 0, right: 2 }],
        ),
      ],
    });
    render(<Grid store={store} />);
    const title = document.querySelector('[data-cell="A1"]') as HTMLTableCellElement;
    expect(title.colSpan).toBe(3);
    expect(title).toHaveTextContent("<b>标题</b>");
    expect(title.querySelector("b")).toBeNull();
    expect(document.querySelector('[data-cell="B1"]')).toBeNull();
  });
});

describe("Grid on odd sheets", () => {
  it("does not render thousands of empty columns for a title merged across a whole row", () => {
    const width = 16384;
    const values = Array.from({ length: 30 }, (_, r) =>
      Array.from({ length: width }, (_, c) => (r === 0 && c === 0 ? "标题" : c === 1 && r > 0 ? r : null)),
    );
    const { store } = setup();
    store.load({ sheets: [sheet("宽表", values, [{ top: 0, left: 0, bottom: 0, right: width - 1 }])] });
    render(<Grid store={store} />);
    expect(document.querySelectorAll("td").length).toBeLessThan(30 * 70);
    expect((document.querySelector('[data-cell="A1"]') as HTMLTableCellElement).colSpan).toBeGreaterThan(1);
    expect(document.querySelector('[data-cell="B30"]')).toHaveTextContent("29");
  });

  it("says so when a sheet is empty", () => {
    const { store } = setup();
    store.load({ sheets: [sheet("空表", [])] });
    render(<Grid store={store} />);
    expect(screen.getByTestId("grid-empty")).toHaveTextContent("工作表“空表”是空的");
  });

  it("says so when a workbook has no sheet at all", () => {
    const { store } = setup();
    store.load({ name: "空.xlsx", sheets: [] });
    render(<Grid store={store} />);
    expect(screen.getByTestId("grid-empty")).toHaveTextContent("空.xlsx 中没有工作表");
  });

  it("shows a newly opened workbook from its top, not where the last one was scrolled to", () => {
    const values = Array.from({ length: 500 }, (_, i) => [`行${i + 1}`]);
    const { store } = setup();
    store.load({ name: "a.xlsx", sheets: [sheet("甲", values)] });
    render(<Grid store={store} />);
    const scroller = screen.getByTestId("grid");
    scroller.scrollTop = 400 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    act(() => store.load({ name: "b.xlsx", sheets: [sheet("乙", values)] }));
    expect(scroller.scrollTop).toBe(0);
    expect(document.querySelector('[data-cell="A1"]')).toHaveTextContent("行1");
  });
});

describe("WebApp opening files", () => {
  const read = readXlsx as jest.MockedFunction<typeof readXlsx>;
  const file = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(8) });
  const book = (name: string): Workbook => ({ name, sheets: [sheet(name, [[name]])] });

  beforeEach(() => read.mockReset());

  it("keeps the file asked for last, even when an earlier one finishes reading after it", async () => {
    let finishSlow: (wb: Workbook) => void = () => undefined;
    read.mockImplementationOnce(() => new Promise((resolve) => (finishSlow = resolve)));
    read.mockImplementationOnce(async () => book("快.xlsx"));
    const { host } = setup();
    render(<WebApp host={host} />);
    const input = screen.getByTestId("file-input");
    fireEvent.change(input, { target: { files: [file("慢.xlsx")] } });
    fireEvent.change(input, { target: { files: [file("快.xlsx")] } });
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("快.xlsx"));
    await act(async () => finishSlow(book("慢.xlsx")));
    expect(screen.getByTestId("file-name")).toHaveTextContent("快.xlsx");
    expect(host.store.getState().workbook?.name).toBe("快.xlsx");
  });

  it("says in Chinese when the browser cannot read a dropped item (a folder)", async () => {
    const { host } = setup();
    render(<WebApp host={host} />);
    const folder = {
      name: "2024决算",
      arrayBuffer: () =>
        Promise.reject(new DOMException("A requested file could not be found.", "NotFoundError")),
    };
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [folder] } });
    expect(
      await screen.findByText(
        "无法打开 2024决算：浏览器读不到这个文件（可能是文件夹，或文件已被移动、删除）",
      ),
    ).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
  });

  it("opens a file dropped on the panel too, so that the browser does not leave the page for it", async () => {
    read.mockResolvedValueOnce(book("决算.xlsx"));
    const { host } = setup();
    render(<WebApp host={host} />);
    const dragOver = fireEvent.dragOver(document.querySelector("aside")!, { dataTransfer: { files: [] } });
    expect(dragOver).toBe(false); // default prevented: the browser will not open the file itself
    fireEvent.drop(document.querySelector("aside")!, { dataTransfer: { files: [file("决算.xlsx")] } });
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("决算.xlsx"));
  });

  it("refuses several files dropped at once, naming them", async () => {
    const { host } = setup();
    render(<WebApp host={host} />);
    fireEvent.drop(screen.getByTestId("drop-zone"), {
      dataTransfer: { files: [file("一.xlsx"), file("二.xlsx")] },
    });
    expect(
      await screen.findByText(/一次只能打开一个文件（拖入了 2 个：一\.xlsx、二\.xlsx）/),
    ).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
  });

  it("opens the same file again when it is chosen again (say, after fixing it)", async () => {
    read.mockRejectedValueOnce(new Error("工作簿已损坏"));
    read.mockResolvedValueOnce(book("决算.xlsx"));
    const { host } = setup();
    render(<WebApp host={host} />);
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    // A browser fires no change for the file already chosen: the picker must let go of it.
    const cleared = jest.fn();
    Object.defineProperty(input, "value", {
      configurable: true,
      get: () => "C:\\fakepath\\决算.xlsx",
      set: cleared,
    });
    fireEvent.change(input, { target: { files: [file("决算.xlsx")] } });
    expect(await screen.findByText("无法打开 决算.xlsx：工作簿已损坏")).toBeInTheDocument();
    expect(cleared).toHaveBeenCalledWith("");
    fireEvent.change(input, { target: { files: [file("决算.xlsx")] } });
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("决算.xlsx"));
    expect(screen.queryByText(/无法打开/)).toBeNull();
  });
});
