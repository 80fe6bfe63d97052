import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Finding } from "../../src/engine/findings";
import { Workbook } from "../../src/engine/model";
import { CheckOptions, CheckResult } from "../../src/engine/result";
import { Panel } from "../../src/panel/components/Panel";
import { TextDecoder, TextEncoder } from "util";
import { FakeHost } from "../ui/fakeHost";

// Browsers have both; jsdom has neither, and the reader decodes .txt files with TextDecoder.
Object.assign(globalThis, { TextDecoder, TextEncoder });

jest.setTimeout(30000);

/** A file as the input hands it over (jsdom's File has no arrayBuffer). */
const file = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, arrayBuffer: async () => bytes.buffer.slice(0) };
};

const tab = (name: string) =>
  [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((e) => e.textContent?.includes(name))!;

const P9 = "3. 卫生健康支出类支出 137.96 万元，占 4.77%。主要是用于医疗保险缴纳和公务员医疗补助缴费。";

/** A workbook whose 情况说明 sheet holds the paragraphs one per cell, column A. */
const workbook: Workbook = {
  name: "决算.xlsx",
  sheets: [
    {
      name: "公开03表",
      origin: { row: 0, col: 0 },
      values: [
        ["科目名称", "本年支出合计"],
        ["合计", 2897.43],
        ["卫生健康支出", 137.96],
      ],
      merges: [],
    },
    {
      name: "情况说明",
      origin: { row: 0, col: 0 },
      values: [["一、收入支出决算总体情况说明"], ["2024 年度收、支总计 2897.43 万元。"], [P9]],
      merges: [],
    },
  ],
};

const shareFinding = (source: string, paragraph: number, cells: Finding["cells"]): Finding => ({
  rule: "NARR.share",
  severity: "error",
  message: `说明第${paragraph}段“卫生健康支出类支出 137.96 万元，占 4.77%”：137.96 ÷ 2,897.43 = 4.76%`,
  cells,
  expected: "4.76",
  actual: "4.77",
  table: "T_YBZC",
  text: [{ source, paragraph, quote: "4.77%" }],
});

const tableFinding: Finding = {
  rule: "ZC.row.total",
  severity: "error",
  message: "支出决算表 合计 ≠ Σ类",
  cells: [{ sheet: "公开03表", address: "B2" }],
  table: "T_ZC",
};

const coverage = (source: string) => ({
  source,
  paragraphs: 3,
  figures: 6,
  checked: 4,
  matched: 3,
  wrong: 1,
  unchecked: 2,
});

/** The engine's stand-in: the narrative given, else the workbook's sheet, quoted as the engine does. */
function fakeCheck(calls: CheckOptions[]) {
  return (_wb: Workbook, options: CheckOptions): CheckResult => {
    calls.push(options);
    const given = options.narrative;
    const finding = given
      ? shareFinding(given.source, 3, [{ sheet: "公开03表", address: "B3" }])
      : shareFinding("情况说明", 3, [
          { sheet: "公开03表", address: "B3" },
          { sheet: "公开03表", address: "B2" },
          { sheet: "情况说明", address: "A3" },
        ]);
    return {
      tables: [{ key: "T_ZC", title: "支出决算表", sheet: "公开03表", range: "A1:B3" }],
      findings: [tableFinding, finding],
      narrative: coverage(given?.source ?? "情况说明"),
    };
  };
}

async function checked(host: FakeHost, calls: CheckOptions[]) {
  render(<Panel host={host} check={fakeCheck(calls)} />);
  await userEvent.click(screen.getByText("检查", { selector: "button" }));
  await waitFor(() => expect(calls).toHaveLength(1));
  await screen.findAllByTestId("finding");
}

describe("panel: narrative findings", () => {
  it("lists them under 情况说明 with the sentence, the figure highlighted as text", async () => {
    const host = new FakeHost(workbook);
    const calls: CheckOptions[] = [];
    await checked(host, calls);
    expect(calls[0].narrative).toBeUndefined();
    const group = document.querySelector('[data-table="NARRATIVE"]') as HTMLElement;
    expect(group).toHaveTextContent(/^情况说明/);
    const quote = within(group).getByTestId("narrative-quote");
    expect(quote).toHaveTextContent("说明第 3 段3. 卫生健康支出类支出 137.96 万元，占 4.77%。主要是用于");
    expect(quote.querySelector("mark")?.textContent).toBe("4.77%");
    // The table finding stays with its table, without a quote.
    const tableGroup = document.querySelector('[data-table="T_ZC"]') as HTMLElement;
    expect(within(tableGroup).queryByTestId("narrative-quote")).toBeNull();
  });

  it("selects the paragraph's cell of a narrative sheet when its sentence is clicked, the table cells on the finding", async () => {
    const host = new FakeHost(workbook);
    await checked(host, []);
    await userEvent.click(screen.getByTestId("narrative-quote"));
    expect(host.selects.at(-1)).toEqual([{ sheet: "情况说明", address: "A3" }]);
    const item = screen.getByTestId("narrative-quote").closest("li") as HTMLElement;
    fireEvent.click(item);
    expect(host.selects.at(-1)?.[0]).toEqual({ sheet: "公开03表", address: "B3" });
  });

  it("shows the coverage line under the summary", async () => {
    await checked(new FakeHost(workbook), []);
    expect(screen.getAllByTestId("narrative-coverage")[0]).toHaveTextContent(
      "情况说明已核对 6 个数字：一致 3，错误 1，未能核对 2",
    );
  });

  it("shows a paragraph's markup as text, never as HTML", async () => {
    const host = new FakeHost(workbook);
    host.narrative = {
      source: "部门A.txt",
      paragraphs: [{ text: "一" }, { text: "二" }, { text: '<img src=x onerror="alert(1)">占 4.77%' }],
    };
    await checked(host, []);
    const quote = screen.getByTestId("narrative-quote");
    expect(quote.querySelector("img")).toBeNull();
    expect(quote).toHaveTextContent('<img src=x onerror="alert(1)">占 4.77%');
  });
});

describe("panel: the 情况说明 view", () => {
  it("says the workbook's sheet was used, or that none was found", async () => {
    const host = new FakeHost(workbook);
    await checked(host, []);
    await userEvent.click(tab("情况说明"));
    expect(screen.getByTestId("narrative-used")).toHaveTextContent(
      "本次检查使用工作簿中的情况说明表“情况说明”（3 段）。",
    );
  });

  it("keeps pasted text with the workbook and checks again with it; removing it goes back to the sheet", async () => {
    const host = new FakeHost(workbook);
    const calls: CheckOptions[] = [];
    await checked(host, calls);
    await userEvent.click(tab("情况说明"));
    const area = screen.getByTestId("narrative-paste");
    fireEvent.change(area, { target: { value: `一、总体情况\n\n\u3000\u3000${P9}\n` } });
    await userEvent.click(screen.getByTestId("narrative-use-pasted"));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(host.narrative).toEqual({
      source: "粘贴的文本",
      paragraphs: [{ text: "一、总体情况" }, { text: P9 }],
    });
    expect(calls[1].narrative).toEqual(host.narrative);
    await waitFor(() =>
      expect(screen.getByTestId("narrative-used")).toHaveTextContent("本次检查使用 粘贴的文本（3 段）。"),
    );
    await userEvent.click(screen.getByTestId("narrative-remove"));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(host.narrative).toBeUndefined();
    expect(calls[2].narrative).toBeUndefined();
  });

  it("uses a narrative kept in the workbook from the first check on", async () => {
    const host = new FakeHost(workbook);
    host.narrative = { source: "部门A.docx", paragraphs: [{ text: "一" }, { text: "二" }, { text: P9 }] };
    const calls: CheckOptions[] = [];
    render(<Panel host={host} check={fakeCheck(calls)} />);
    await userEvent.click(tab("情况说明"));
    await waitFor(() =>
      expect(screen.getByTestId("narrative-used")).toHaveTextContent("检查时将使用 部门A.docx（3 段）。"),
    );
    await userEvent.click(screen.getByText("检查", { selector: "button" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].narrative?.source).toBe("部门A.docx");
  });

  it("reads a .txt opened from disk, and says why a bad file cannot be used", async () => {
    const host = new FakeHost(workbook);
    render(<Panel host={host} check={fakeCheck([])} />);
    await userEvent.click(tab("情况说明"));
    const input = screen.getByTestId("narrative-file") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [file("部门A.txt", `一、总体情况\r\n${P9}`)] } });
    });
    await waitFor(() => expect(host.narrative?.source).toBe("部门A.txt"));
    expect(host.narrative?.paragraphs.map((p) => p.text)).toEqual(["一、总体情况", P9]);
    expect(screen.getByTestId("status")).toHaveTextContent(
      "已保存情况说明 部门A.txt（2 段），检查时将使用它。",
    );
    await act(async () => {
      fireEvent.change(input, { target: { files: [file("说明.pdf", "x")] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId("status")).toHaveTextContent(
        "不支持的情况说明格式：说明.pdf（请用 .docx 或 .txt）",
      ),
    );
    expect(host.narrative?.source).toBe("部门A.txt");
  });
});
