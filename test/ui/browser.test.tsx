import { act, fireEvent, render, screen } from "@testing-library/react";
import { Finding } from "../../src/engine/findings";
import { Sheet, Workbook } from "../../src/engine/model";
import { DEFAULT_SETTINGS } from "../../src/taskpane/host";
import { BrowserHost, KeyValueStore } from "../../src/web/BrowserHost";
import { Grid, ROW_HEIGHT } from "../../src/web/Grid";
import { GridStore } from "../../src/web/gridStore";
import { reviewCsv } from "../../src/web/review";
import { WebApp } from "../../src/web/WebApp";

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

  it("downloads the 审核结果 named after the workbook", async () => {
    const { store, downloads, host } = setup();
    store.load(workbook);
    await host.exportReview([finding]);
    expect(downloads[0].name).toBe("决算-审核结果.csv");
    expect(downloads[0].content).toContain("支出决算表!B4 支出决算表!C4");
  });
});

describe("reviewCsv", () => {
  it("writes one row per finding with the table's title, quoted where needed", () => {
    const lines = reviewCsv([finding, { ...finding, message: '含"引号",和逗号', difference: "-0.01" }]).split(
      "\r\n",
    );
    expect(lines[0]).toBe("\uFEFF序号,表,严重程度,规则,说明,应为,实为,差额,单元格");
    expect(lines[1]).toBe(
      "1,支出决算表,错误,ZC.row.total,卫生健康支出：本年支出合计 ≠ 基本支出,137.96,137.97,0.01,支出决算表!B4 支出决算表!C4",
    );
    expect(lines[2]).toContain(',"含""引号"",和逗号",137.96,137.97,-0.01,');
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
