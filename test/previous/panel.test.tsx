import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder, TextEncoder } from "util";
import { Finding } from "../../src/engine/findings";
import { Sheet, Workbook } from "../../src/engine/model";
import { CheckOptions, CheckResult } from "../../src/engine/result";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { Panel } from "../../src/panel/components/Panel";
import { BrowserHost, KeyValueStore } from "../../src/web/BrowserHost";
import { GridStore } from "../../src/web/gridStore";
import { splitLastYear } from "../../src/web/previousPairing";
import { WebApp } from "../../src/web/WebApp";
import { FakeHost } from "../ui/fakeHost";

/** 上年报表 in the panel (Excel and the browser page): last year's .xlsx opened beside the workbook. */

// exceljs's node build does not load under jsdom; reading real files is the CLI and sample tests' part.
jest.mock("../../src/hosts/xlsx/read", () => ({ readXlsx: jest.fn() }));
Object.assign(globalThis, { TextDecoder, TextEncoder });
jest.setTimeout(30000);

const read = readXlsx as jest.MockedFunction<typeof readXlsx>;
const sheet = (name: string, title: string): Sheet => ({
  name,
  origin: { row: 0, col: 0 },
  values: [[title]],
  merges: [],
});
const thisYear: Workbook = { name: "部门A.xlsx", sheets: [sheet("公开01表", "2024年度收入支出决算总表")] };
const lastYear: Workbook = { name: "2023.xlsx", sheets: [sheet("公开01表", "2023年度收入支出决算总表")] };

/** The engine's finding across the two years: this year's 年初 (C35) and last year's 年末 (F35). */
const carry: Finding = {
  rule: "PREV.SZZB.carry",
  severity: "error",
  message: "收入支出决算总表年初结转和结余 0.00 ≠ 上年（2023.xlsx）年末结转和结余 12.58",
  cells: [
    { sheet: "公开01表", address: "C35" },
    { sheet: "公开01表", address: "F35", file: "2023.xlsx" },
  ],
  expected: "12.58",
  actual: "0.00",
  difference: "-12.58",
  table: "T_SZZB",
};

/** Stands in for the engine: answers the cross-year finding only when given last year's workbook. */
function checker() {
  const calls: CheckOptions[] = [];
  const check = (_wb: Workbook, options: CheckOptions): CheckResult => {
    calls.push(options);
    return { tables: [], findings: options.previous ? [carry] : [] };
  };
  return { check, calls };
}

/** A file as the input hands it over (jsdom's File has no arrayBuffer). */
const file = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(8) });
const choosePrevious = (name: string) =>
  fireEvent.change(screen.getByTestId("previous-input"), { target: { files: [file(name)] } });
const button = (name: string) => screen.getByText(name, { selector: "button" });

beforeEach(() => read.mockReset());

function memoryStorage(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe("panel: 上年报表", () => {
  it("checks with last year's workbook, names its cells with the file and selects and marks only this workbook's", async () => {
    read.mockResolvedValueOnce(lastYear);
    const host = new FakeHost(thisYear);
    const { check, calls } = checker();
    const user = userEvent.setup({ delay: null });
    render(<Panel host={host} check={check} />);
    await user.click(button("检查"));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].previous).toBeUndefined();

    choosePrevious("2023.xlsx");
    // Opened after a check: checked again, now with last year's.
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].previous).toEqual({ file: "2023.xlsx", workbook: lastYear });
    expect(screen.getByTestId("previous-file")).toHaveTextContent("上年报表：2023.xlsx");
    expect(read).toHaveBeenCalledWith(expect.any(Uint8Array), "2023.xlsx");

    const item = await screen.findByText(/年初结转和结余 0\.00/);
    const other = screen.getByText("[2023.xlsx]公开01表!F35", { selector: "button" });
    expect(other).toBeDisabled();
    expect(screen.getByText("公开01表!C35", { selector: "button" })).toBeEnabled();
    await user.click(item);
    expect(host.selects.at(-1)).toEqual([{ sheet: "公开01表", address: "C35" }]);
    await user.click(button("标记"));
    await waitFor(() => expect(host.marks).toHaveLength(1));
    expect(host.marks[0][0].cells).toEqual([{ sheet: "公开01表", address: "C35" }]);

    await user.click(screen.getByLabelText("移除上年报表"));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2].previous).toBeUndefined();
    expect(screen.queryByTestId("previous-file")).toBeNull();
  });

  it("says when last year's workbook cannot be opened, and checks without it", async () => {
    read.mockRejectedValueOnce(new Error("工作簿已加密，无法读取"));
    const { check, calls } = checker();
    const user = userEvent.setup({ delay: null });
    render(<Panel host={new FakeHost(thisYear)} check={check} />);
    choosePrevious("加密.xlsx");
    expect(await screen.findByTestId("status")).toHaveTextContent(
      "上年报表 加密.xlsx 无法打开：工作簿已加密，无法读取",
    );
    expect(screen.queryByTestId("previous-file")).toBeNull();
    await user.click(button("检查"));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].previous).toBeUndefined();
  });
});

describe("panel: 上年报表 of another year or department", () => {
  it.each([
    [[["2022年度收入支出决算总表"]], "2022.xlsx 是 2022 年度的报表，当前工作簿为 2024 年度，未做跨年对照"],
    [
      [["2023年度收入支出决算总表"], ["单位：武汉市某某局"]],
      "2022.xlsx 的单位为“武汉市某某局”，当前工作簿为“部门A”，未做跨年对照",
    ],
  ])("is not compared with, and the line says why: %j", async (values, why) => {
    read.mockResolvedValueOnce({ name: "2022.xlsx", sheets: [{ ...sheet("公开01表", ""), values }] });
    const current: Workbook = {
      name: "部门A.xlsx",
      sheets: [{ ...sheet("公开01表", ""), values: [["2024年度收入支出决算总表"], ["单位：部门A"]] }],
    };
    const { check, calls } = checker();
    const user = userEvent.setup({ delay: null });
    render(<Panel host={new FakeHost(current)} check={check} />);
    choosePrevious("2022.xlsx");
    await screen.findByTestId("previous-file");
    await user.click(button("检查"));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].previous).toBeUndefined();
    expect(screen.getByTestId("previous-refused")).toHaveTextContent(why);
  });
});

describe("browser page: 上年报表 beside the open workbook", () => {
  it("opens last year's workbook and says which one is compared with", async () => {
    const host = new BrowserHost(new GridStore(), memoryStorage(), () => undefined);
    render(<WebApp host={host} />);
    read.mockResolvedValueOnce(thisYear);
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [file("部门A.xlsx")] } });
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("部门A.xlsx"));
    read.mockResolvedValueOnce(lastYear);
    choosePrevious("2023.xlsx");
    expect(await screen.findByTestId("previous-file")).toHaveTextContent("上年报表：2023.xlsx");
    // The page's workbook stays the one opened: last year's is not shown in the grid.
    expect(screen.getByTestId("file-name")).toHaveTextContent("部门A.xlsx");
  });

  it("takes two workbooks dropped together as this year's and last year's when their names say so", async () => {
    render(<WebApp host={new BrowserHost(new GridStore(), memoryStorage(), () => undefined)} />);
    read.mockImplementation(async (_bytes, name) => (name === "部门A-2023.xlsx" ? lastYear : thisYear));
    fireEvent.drop(screen.getByTestId("drop-zone"), {
      dataTransfer: { files: [file("部门A-2023.xlsx"), file("部门A-2024.xlsx")] },
    });
    expect(await screen.findByTestId("previous-file")).toHaveTextContent("上年报表：部门A-2023.xlsx");
    expect(screen.getByTestId("file-name")).toHaveTextContent("部门A-2024.xlsx");
  });

  it("still refuses two workbooks whose names do not say which year is which", async () => {
    render(<WebApp host={new BrowserHost(new GridStore(), memoryStorage(), () => undefined)} />);
    fireEvent.drop(screen.getByTestId("drop-zone"), {
      dataTransfer: { files: [file("部门A.xlsx"), file("部门B.xlsx")] },
    });
    expect(await screen.findByText(/一次只能打开一个文件/)).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByTestId("previous-file")).toBeNull();
  });
});

describe("splitLastYear: which of two names is last year's", () => {
  it.each([
    [["部门A-2024.xlsx", "部门A-2023.xlsx"], "部门A-2023.xlsx"],
    [["2023年决算.xlsx", "2024年决算.xlsx"], "2023年决算.xlsx"],
    [["部门A.xlsx", "部门A上年.xlsx"], "部门A上年.xlsx"],
    [["部门A.xlsx", "部门B.xlsx"], undefined],
    [["部门A-2024.xlsx", "部门B-2024.xlsx"], undefined],
  ])("%j → %s", (names, last) =>
    expect(splitLastYear(names.map((name) => ({ name })))?.last.name).toBe(last),
  );
});
