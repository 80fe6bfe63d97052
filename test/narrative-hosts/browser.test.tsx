import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { Sheet, Workbook } from "../../src/engine/model";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { BrowserHost, KeyValueStore } from "../../src/web/BrowserHost";
import { GridStore } from "../../src/web/gridStore";
import { WebApp } from "../../src/web/WebApp";

// exceljs's node build does not load under jsdom; opening workbooks is the end-to-end tests' part.
jest.mock("../../src/hosts/xlsx/read", () => ({ readXlsx: jest.fn() }));
// Browsers have both; jsdom has neither, and the reader decodes .txt files with TextDecoder.
Object.assign(globalThis, { TextDecoder, TextEncoder });

jest.setTimeout(30000);

const read = readXlsx as jest.MockedFunction<typeof readXlsx>;
const sheet = (name: string, values: Sheet["values"]): Sheet => ({
  name,
  origin: { row: 0, col: 0 },
  values,
  merges: [],
});
const book = (name: string): Workbook => ({ name, sheets: [sheet("支出决算表", [["2024年度支出决算表"]])] });

const P9 = "3. 卫生健康支出类支出 137.96 万元，占 4.77%。主要是用于医疗保险缴纳和公务员医疗补助缴费。";

/** A file as the input or a drop hands it over (jsdom's File has no arrayBuffer). */
const file = (name: string, content: string | Uint8Array = "") => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
};

function setup() {
  const data = new Map<string, string>();
  const storage: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
  const host = new BrowserHost(new GridStore(), storage, () => undefined);
  render(<WebApp host={host} />);
  return { host, data };
}

/** Drops files on the page and lets the reads and the pairing settle. */
const drop = (...files: ReturnType<typeof file>[]) =>
  act(async () => {
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files } });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

const pairing = () => screen.getByTestId("narrative-pairing");

beforeEach(() => read.mockReset());

describe("browser page: pairing a 情况说明 with the workbook", () => {
  it("pairs a .txt dropped together with the workbook, and says so", async () => {
    read.mockResolvedValueOnce(book("部门A.xlsx"));
    const { host } = setup();
    await drop(file("部门A.xlsx"), file("部门A.txt", `一、总体情况\n${P9}`));
    await waitFor(() => expect(pairing()).toHaveTextContent("情况说明：部门A.txt"));
    expect(screen.getByTestId("file-name")).toHaveTextContent("部门A.xlsx");
    const n = await act(() => host.loadNarrative());
    expect(n?.paragraphs.map((p) => p.text)).toEqual(["一、总体情况", P9]);
  });

  it("pairs a narrative opened before the workbook with the next workbook opened", async () => {
    read.mockResolvedValueOnce(book("部门A.xlsx"));
    const { host } = setup();
    await drop(file("部门A.txt", P9));
    await waitFor(() =>
      expect(pairing()).toHaveTextContent("情况说明：部门A.txt（将与下一个打开的工作簿配对）"),
    );
    await drop(file("部门A.xlsx"));
    await waitFor(() => expect(pairing()).toHaveTextContent(/^情况说明：部门A\.txt$/));
    expect((await act(() => host.loadNarrative()))?.source).toBe("部门A.txt");
  });

  it("pairs a narrative opened after the workbook, telling the panel", async () => {
    read.mockResolvedValueOnce(book("部门A.xlsx"));
    const { host } = setup();
    await drop(file("部门A.xlsx"));
    await waitFor(() => expect(pairing()).toHaveTextContent("未配对情况说明文件"));
    const told = jest.fn();
    host.onNarrativeChange(told);
    await drop(file("说明.txt", P9));
    await waitFor(() => expect(pairing()).toHaveTextContent("情况说明：说明.txt"));
    expect(told).toHaveBeenCalled();
  });

  it("keeps the pairing per workbook: the same workbook again has it, another has none", async () => {
    read.mockResolvedValueOnce(book("部门A.xlsx"));
    read.mockResolvedValueOnce({ name: "部门B.xlsx", sheets: [sheet("另一表", [["x"]])] });
    read.mockResolvedValueOnce(book("部门A.xlsx"));
    const { host, data } = setup();
    await drop(file("部门A.xlsx"), file("部门A.txt", P9));
    await waitFor(() => expect(pairing()).toHaveTextContent("情况说明：部门A.txt"));
    expect([...data.keys()].some((k) => k.startsWith("juesuan.narrative:部门A.xlsx|"))).toBe(true);
    await drop(file("部门B.xlsx"));
    await waitFor(() => expect(pairing()).toHaveTextContent("未配对情况说明文件"));
    expect(await act(() => host.loadNarrative())).toBeUndefined();
    await drop(file("部门A.xlsx"));
    await waitFor(() => expect(pairing()).toHaveTextContent("情况说明：部门A.txt"));
  });

  it("refuses two narratives at once, and opens the workbook when its narrative cannot be read", async () => {
    read.mockResolvedValueOnce(book("部门A.xlsx"));
    const { host } = setup();
    await drop(file("甲.txt", P9), file("乙.docx", P9));
    expect(
      await screen.findByText(
        "一个工作簿只能配对一个情况说明文件（拖入了 2 个：甲.txt、乙.docx），请只拖入一个。",
      ),
    ).toBeInTheDocument();
    await drop(file("部门A.xlsx"), file("部门A.docx", "不是 Word 文档"));
    expect(
      await screen.findByText("无法打开 部门A.docx：部门A.docx 不是 Word 文档（.docx），请检查文件"),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("部门A.xlsx"));
    expect(await act(() => host.loadNarrative())).toBeUndefined();
  });

  it("shows a narrative finding's paragraph beside the grid, the figure highlighted, as text", async () => {
    const { host } = setup();
    act(() =>
      host.showParagraph({ source: "部门A.docx", paragraph: 24, text: `<b>粗</b>${P9}`, quote: "4.77%" }),
    );
    const shown = screen.getByTestId("shown-paragraph");
    expect(shown).toHaveTextContent(`部门A.docx 第 24 段<b>粗</b>${P9}`);
    expect(shown.querySelector("b")).toBeNull();
    expect(shown.querySelector("mark")?.textContent).toBe("4.77%");
    act(() => host.showParagraph(undefined));
    expect(screen.queryByTestId("shown-paragraph")).toBeNull();
  });
});
