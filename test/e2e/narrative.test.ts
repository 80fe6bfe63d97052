import { join } from "path";
import { Page } from "playwright-core";
import { App, foreignRequests, startApp, stopApp } from "./app";

/**
 * The browser page with a 情况说明 beside the workbook: the sample workbook and its .docx opened together
 * (mammoth's browser build reads the .docx in the page), the pairing said, narrative findings checked,
 * and a clicked finding's paragraph shown beside the grid.
 */
const samples = join(__dirname, "..", "..", "samples");

let app: App;
let page: Page;

beforeAll(async () => {
  app = await startApp("juesuan-e2e-narrative-");
  ({ page } = app);
}, 240_000);

afterAll(() => stopApp(app));

describe("browser page: a 情况说明 .docx beside the workbook", () => {
  it("pairs it, checks it and shows a finding's paragraph beside the grid", async () => {
    await page.goto(`${app.base}web.html`);
    await page
      .getByTestId("file-input")
      .setInputFiles([join(samples, "published.xlsx"), join(samples, "published-情况说明.docx")]);
    await page.getByTestId("grid").waitFor();
    await page
      .getByTestId("narrative-pairing")
      .filter({ hasText: "情况说明：published-情况说明.docx" })
      .waitFor();

    await page.locator("aside button", { hasText: /^检查$/ }).click();
    await page.getByTestId("summary").waitFor();
    expect(await page.getByTestId("narrative-coverage").first().textContent()).toMatch(
      /^情况说明已核对 \d+ 个数字：一致 \d+，错误 [1-9]\d*，未能核对 \d+$/,
    );

    const group = page.locator('[data-testid="table-group"][data-table="NARRATIVE"]').first();
    const finding = group.getByTestId("finding").filter({ hasText: "完成全年预算的 0.00%" }).first();
    await finding.waitFor();
    expect(await finding.getByTestId("narrative-quote").locator("mark").first().textContent()).toBe("0.00%");
    await finding.click();
    const shown = page.getByTestId("shown-paragraph");
    await shown.waitFor();
    expect(await shown.textContent()).toMatch(/^published-情况说明\.docx 第 \d+ 段.*完成全年预算的 0\.00%/);
    expect(await shown.locator("mark").textContent()).toBe("0.00%");
    expect(foreignRequests(app)).toEqual([]);
  }, 60_000);
});
