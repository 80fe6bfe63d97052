import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { Page } from "playwright-core";
import { App, foreignRequests, startApp, stopApp } from "./app";

/**
 * The browser page in Debian's Chromium: open the bundled sample, check it, follow a finding to its cell,
 * mark and clear. The app is built once into a directory of its own and served on 127.0.0.1.
 */
const root = join(__dirname, "..", "..");
/** Screenshots go to docs/ only when asked (npm run docs:screenshots); a test run leaves the tree as it was. */
const shots = process.env.UPDATE_SCREENSHOTS
  ? join(root, "docs")
  : mkdtempSync(join(tmpdir(), "juesuan-shots-"));

let app: App;
let dist: string;
let base: string;
let page: Page;

beforeAll(async () => {
  app = await startApp("juesuan-e2e-");
  ({ dist, base, page } = app);
}, 240_000);

afterAll(() => stopApp(app));

const panel = () => page.locator("aside");

describe("browser page", () => {
  it("opens the sample, checks it and follows a finding to its highlighted cell", async () => {
    await page.goto(`${base}web.html`);
    await page.getByTestId("open-sample").click();
    await page.getByTestId("grid").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("published.xlsx");

    // A frame runs while the progress bar is in the page: the synchronous check did not hide it.
    await page.evaluate(() => {
      const w = window as unknown as { barPainted: boolean };
      w.barPainted = false;
      const bar = () => document.querySelector('[role="progressbar"]') !== null;
      new MutationObserver(() => {
        if (bar()) requestAnimationFrame(() => (w.barPainted ||= bar()));
      }).observe(document.body, { subtree: true, childList: true });
    });
    await panel()
      .locator("button", { hasText: /^检查$/ })
      .click();
    await page.getByTestId("summary").waitFor();
    expect(await page.evaluate(() => (window as unknown as { barPainted: boolean }).barPainted)).toBe(true);
    expect(await page.locator('[role="progressbar"]').count()).toBe(0);
    // The nine standard tables and the 绩效自评表.
    expect(Number(await page.getByTestId("count-tables").textContent())).toBeGreaterThanOrEqual(9);
    expect(Number(await page.getByTestId("count-error").textContent())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("count-rounding").textContent())).toBeGreaterThan(0);

    // The 尾差 between 总表 and 支出决算表 (the narrative's findings quote the same words).
    const finding = page
      .locator('[data-testid="finding"][data-rule="SZZB.ZC.class"]')
      .filter({ hasText: "卫生健康支出" })
      .first();
    await finding.waitFor();
    const firstCell = (await finding.locator("button").first().textContent()) ?? "";
    const [sheet, address] = firstCell.split("!");
    await finding.click();

    await page.locator(`[data-testid="grid"][data-sheet="${sheet}"]`).waitFor();
    const cell = page.locator(`[data-cell="${address}"]`);
    expect(await cell.getAttribute("class")).toContain("sel");
    expect(await cell.textContent()).toMatch(/^137\.9[67]$/);
    // Scrolled into view: the cell lies within the grid's visible box.
    const [box, view] = await Promise.all([cell.boundingBox(), page.getByTestId("grid").boundingBox()]);
    expect(box && view && box.y >= view.y && box.y + box.height <= view.y + view.height).toBe(true);

    // Off the findings, so that no hover state makes the screenshots differ from run to run.
    await page.mouse.move(700, 20);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, "web.png") });
    await panel().screenshot({ path: join(shots, "panel.png") });
  }, 60_000);

  it("fits a 350 px task pane: no tab of the panel scrolls sideways", async () => {
    await page.addStyleTag({ content: "aside { width: 350px !important; }" });
    const overflowing = () =>
      page.evaluate(() => {
        const aside = document.querySelector("aside")!;
        const right = aside.getBoundingClientRect().right;
        const wide = [...aside.querySelectorAll("*")].filter(
          (e) => e.getBoundingClientRect().right > right + 1,
        );
        return { scrolls: aside.scrollWidth > aside.clientWidth, wide: wide.length };
      });
    expect(await overflowing()).toEqual({ scrolls: false, wide: 0 });
    for (const name of ["表格", "设置", "检查结果"]) {
      await panel().locator('[role="tab"]', { hasText: name }).click();
      expect([name, await overflowing()]).toEqual([name, { scrolls: false, wide: 0 }]);
    }
  }, 20_000);

  it("keeps the toolbar in view while the long list scrolls under it, in that 350 px pane", async () => {
    const aside = panel();
    const scroll = (top: number) =>
      aside.evaluate((el, y) => {
        el.scrollTop = y;
        return { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, top: el.scrollTop };
      }, top);
    const { scrollHeight, clientHeight } = await scroll(0);
    // The sample's findings make a list several panes tall.
    expect(scrollHeight).toBeGreaterThan(3 * clientHeight);
    const before = await page.getByTestId("toolbar").boundingBox();
    const moved = await scroll(scrollHeight);
    expect(moved.top).toBeGreaterThan(0);
    const [bar, pane, check] = await Promise.all([
      page.getByTestId("toolbar").boundingBox(),
      aside.boundingBox(),
      aside.locator("button", { hasText: /^检查$/ }).boundingBox(),
    ]);
    expect(bar && pane && check).toBeTruthy();
    expect(Math.abs(bar!.y - pane!.y)).toBeLessThanOrEqual(1);
    expect(check!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(check!.y + check!.height).toBeLessThanOrEqual(pane!.y + pane!.height);
    // The filters and the search stay reachable too, and the list is not hidden behind them at the top.
    expect(await page.getByTestId("filter-error").isVisible()).toBe(true);
    expect(before!.height).toBe(bar!.height);
    await scroll(0);
    await page.addStyleTag({ content: "aside { width: 420px !important; }" });
  }, 20_000);

  it("marks the findings' cells in the grid and clears them", async () => {
    await panel()
      .locator("button", { hasText: /^标记$/ })
      .click();
    await page
      .getByTestId("status")
      .filter({ hasText: /已标记 \d+ 个单元格/ })
      .waitFor();
    expect(await page.locator("td.marked").count()).toBeGreaterThan(0);
    await panel()
      .locator("button", { hasText: /^清除标记$/ })
      .click();
    await page
      .getByTestId("status")
      .filter({ hasText: /已清除 \d+ 个单元格的标记/ })
      .waitFor();
    expect(await page.locator("td.marked").count()).toBe(0);
  }, 20_000);

  it("downloads the 审核结果 as CSV", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel()
        .locator("button", { hasText: /^导出审核表$/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe("published-审核结果.csv");
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.startsWith("\uFEFF序号,规则,级别,表,问题,应为,实为,差额,单元格,说明,备注")).toBe(true);
    expect(csv).toContain("卫生健康支出");
  }, 20_000);

  it("opens an .xlsx chosen with the file picker", async () => {
    await page.goto(`${base}web.html`);
    await page.getByTestId("file-input").setInputFiles(join(root, "samples", "published.xlsx"));
    await page.getByTestId("grid").waitFor();
    expect(await page.locator('[role="tab"][aria-selected="true"]').first().textContent()).toBeTruthy();
    expect(await page.getByTestId("file-name").textContent()).toBe("published.xlsx");
  }, 20_000);

  it("opens an .xlsx dropped on the page, and says why a file that is not one cannot be opened", async () => {
    await page.goto(`${base}web.html`);
    const drop = async (name: string, bytes: number[]) => {
      const dataTransfer = await page.evaluateHandle(
        ([n, b]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(b as number[])], n as string));
          return dt;
        },
        [name, bytes],
      );
      await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
    };
    await drop("notes.xlsx", [...Buffer.from("not a workbook")]);
    await page.getByText(/无法打开 notes\.xlsx：.*工作簿/).waitFor();
    await drop("published.xlsx", [...readFileSync(join(root, "samples", "published.xlsx"))]);
    await page.getByTestId("grid").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("published.xlsx");
  }, 20_000);

  it("assigns a range to a table recognition missed, and keeps the assignment for the workbook", async () => {
    // 公开05表 under a title of its own making: no title pattern finds it.
    const book = new ExcelJS.Workbook();
    book
      .addWorksheet("表五")
      .addRows([
        ["表五 一般公共预算拨款支出情况"],
        ["单位：万元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [null, "合计", 100, 60, 40],
        ["201", "一般公共服务支出", 100, 60, 40],
        ["20103", "政府办公厅（室）及相关机构事务", 100, 60, 40],
        ["2010301", "行政运行", 60, 60, null],
        ["2010302", "一般行政管理事务", 45, null, 45],
      ]);
    const file = join(dist, "自编表.xlsx");
    await book.xlsx.writeFile(file);

    await page.goto(`${base}web.html`);
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("grid").waitFor();
    await panel()
      .locator("button", { hasText: /^检查$/ })
      .click();
    await page.getByTestId("summary").waitFor();
    await panel().locator('[role="tab"]', { hasText: "表格" }).click();
    const row = page.locator('[data-testid="table-row"][data-key="T_YBZC"]');
    expect(await row.textContent()).toContain("未识别到");

    await page.locator('[data-cell="A3"]').hover();
    await page.mouse.down();
    await page.locator('[data-cell="E8"]').hover();
    await page.mouse.up();
    await row.locator("button", { hasText: "指定为所选区域" }).click();
    await page.getByTestId("status").filter({ hasText: "表五!A3:E8" }).waitFor();
    await row.filter({ hasText: "手动指定" }).waitFor();
    expect(await row.textContent()).toContain("A3:E8");
    await panel().locator('[role="tab"]', { hasText: "检查结果" }).click();
    expect(await page.locator('[data-testid="finding"][data-rule="YBZC.code.children"]').count()).toBe(2);

    // Reopened later, the same workbook is checked with its assignment.
    await page.reload();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("grid").waitFor();
    await panel()
      .locator("button", { hasText: /^检查$/ })
      .click();
    await page.getByTestId("summary").waitFor();
    expect(await page.locator('[data-testid="finding"][data-rule="YBZC.code.children"]').count()).toBe(2);
  }, 30_000);

  it("asks no address but its own server's", () => {
    expect(app.requested.length).toBeGreaterThan(0);
    expect(foreignRequests(app)).toEqual([]);
  });
});
