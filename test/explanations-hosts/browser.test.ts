import { EXPLANATIONS_NAMESPACE, explain } from "../../src/engine/explanations";
import { Workbook } from "../../src/engine/model";
import { BrowserHost, KeyValueStore } from "../../src/web/BrowserHost";
import { GridStore } from "../../src/web/gridStore";
import { reviewCsv } from "../../src/web/review";
import { findings } from "./fixtures";

/** The browser page keeps 说明 per workbook in local storage and downloads them in the CSV. */

const wb = (name: string, parts?: Workbook["parts"]): Workbook => ({
  name,
  sheets: [{ name: "支出决算表", origin: { row: 0, col: 0 }, values: [["2024年度支出决算表"]], merges: [] }],
  ...(parts ? { parts } : {}),
});

function setup() {
  const store = new GridStore();
  const data = new Map<string, string>();
  const storage: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
  const downloads: string[] = [];
  const host = new BrowserHost(store, storage, (_, content) => downloads.push(content));
  return { store, storage, host, downloads };
}

describe("说明 on the browser page", () => {
  it("keeps explanations per workbook, across a reload of the page", async () => {
    const { store, storage, host } = setup();
    store.load(wb("部门A.xlsx"));
    await host.saveExplanations([explain(findings[1], "追加任务")]);
    store.load(wb("部门B.xlsx"));
    expect(await host.loadExplanations()).toEqual([]);
    const again = new BrowserHost(store, storage, () => undefined);
    store.load(wb("部门A.xlsx"));
    expect((await again.loadExplanations()).map((e) => e.text)).toEqual(["追加任务"]);
  });

  it("starts from the explanations written in Excel and carried in the file, until the page saves its own", async () => {
    const { store, host } = setup();
    const fromExcel = [explain(findings[0], "Excel 中写的说明")];
    store.load(wb("部门A.xlsx", { [EXPLANATIONS_NAMESPACE]: fromExcel }));
    expect(await host.loadExplanations()).toEqual(fromExcel);
    await host.saveExplanations([]);
    expect(await host.loadExplanations()).toEqual([]);
  });

  it("downloads the review CSV with the 说明 column, escaped as other texts", async () => {
    const { store, host, downloads } = setup();
    store.load(wb("部门A.xlsx"));
    await host.exportReview([{ ...findings[1], explanation: "=追加任务, 已批准" }, findings[0]]);
    const lines = downloads[0].split("\r\n");
    expect(lines[0]).toBe("\uFEFF序号,规则,级别,表,问题,应为,实为,差额,单元格,说明,备注");
    expect(lines[1]).toMatch(/,"'=追加任务, 已批准",$/);
    expect(lines[2]).toMatch(/,"支出决算表!B4, C4, D4",,$/);
    expect(reviewCsv([findings[0]], "en").split("\r\n")[0]).toContain(",Cells,Explanation,Notes");
  });
});
