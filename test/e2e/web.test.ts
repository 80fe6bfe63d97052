import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { Browser, chromium, Page } from "playwright-core";
import { serveDirectory } from "./serve";

/**
 * The browser page in Debian's Chromium: open the bundled sample, check it, follow a finding to its cell,
 * mark and clear. The app is built once into a directory of its own and served on 127.0.0.1.
 */
const root = join(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let dist: string;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "juesuan-e2e-"));
  const webpack = join(root, "node_modules", "webpack", "bin", "webpack.js");
  const build = spawnSync(process.execPath, [webpack, "--mode", "development", "--output-path", dist], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`webpack build failed:\n${build.stdout}\n${build.stderr}`);
  ({ url: base, server } = await serveDirectory(dist));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(dist, { recursive: true, force: true });
});

const panel = () => page.locator("aside");

describe("browser page", () => {
  it("opens the sample, checks it and follows a finding to its highlighted cell", async () => {
    await page.goto(`${base}web.html`);
    await page.getByTestId("open-sample").click();
    await page.getByTestId("grid").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("published.xlsx");

    await panel()
      .locator("button", { hasText: /^检查$/ })
      .click();
    await page.getByTestId("summary").waitFor();
    expect(Number(await page.getByTestId("count-tables").textContent())).toBe(9);
    expect(Number(await page.getByTestId("count-error").textContent())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("count-rounding").textContent())).toBeGreaterThan(0);

    const finding = page.getByTestId("finding").filter({ hasText: "卫生健康支出" }).first();
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

    mkdirSync(join(root, "docs"), { recursive: true });
    await page.screenshot({ path: join(root, "docs", "web.png") });
    await panel().screenshot({ path: join(root, "docs", "panel.png") });
  }, 30_000);

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

  it("opens an .xlsx chosen with the file picker", async () => {
    await page.goto(`${base}web.html`);
    await page.getByTestId("file-input").setInputFiles(join(root, "samples", "published.xlsx"));
    await page.getByTestId("grid").waitFor();
    expect(await page.locator('[role="tab"][aria-selected="true"]').first().textContent()).toBeTruthy();
    expect(await page.getByTestId("file-name").textContent()).toBe("published.xlsx");
  }, 20_000);
});
