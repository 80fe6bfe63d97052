import { join } from "path";
import ExcelJS from "exceljs";
import { Page } from "playwright-core";
import { App, foreignRequests, startApp, stopApp } from "./app";

/**
 * The browser page on workbooks a reviewer receives but did not expect: sheet names with quotes and
 * spaces, markup in cells, a title merged across a whole row, a second file after a first, two files
 * dropped at once. None may run cell text, hang the page or leave the last file's highlights behind.
 */
const root = join(__dirname, "..", "..");

let app: App;
let dist: string;
let base: string;
let page: Page;
const dialogs: string[] = [];

/** The sample with every sheet renamed to a name with quotes and spaces, and markup in a spare cell. */
async function oddSample(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(root, "samples", "published.xlsx"));
  book.worksheets.forEach((ws, i) => {
    ws.name = `It's 表 "${i + 1}"`;
  });
  book.worksheets[0].getCell("Z1").value = "<img src=x onerror=alert(1)>";
  await book.xlsx.writeFile(file);
}

async function wholeRowTitle(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("宽标题");
  ws.getCell("A1").value = "2024年度收入支出决算总表";
  ws.mergeCells("A1:XFD1");
  for (let r = 2; r <= 60; r++) ws.getCell(r, 2).value = r;
  await book.xlsx.writeFile(file);
}

beforeAll(async () => {
  app = await startApp("juesuan-odd-", (d) =>
    Promise.all([oddSample(join(d, "odd.xlsx")), wholeRowTitle(join(d, "wide.xlsx"))]),
  );
  ({ dist, base, page } = app);
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${base}web.html`);
}, 240_000);

afterAll(() => stopApp(app));

const panel = () => page.locator("aside");

describe("browser page on odd workbooks", () => {
  it("follows a finding to a sheet whose name has quotes and spaces, and shows markup as text", async () => {
    await page.getByTestId("file-input").setInputFiles(join(dist, "odd.xlsx"));
    await page.getByTestId("grid").waitFor();
    expect(await page.locator('[data-cell="Z1"]').textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await page.locator("td img").count()).toBe(0);
    await panel()
      .locator("button", { hasText: /^检查$/ })
      .click();
    await page.getByTestId("summary").waitFor();
    const finding = page.getByTestId("finding").first();
    const [sheet, address] = ((await finding.locator("button").first().textContent()) ?? "").split("!");
    expect(sheet).toMatch(/^It's 表 "\d+"$/);
    await finding.click();
    await page.locator(`[data-testid="grid"][data-sheet='${sheet.replace(/'/g, "\\'")}']`).waitFor();
    expect(await page.locator(`[data-cell="${address}"]`).getAttribute("class")).toContain("sel");
    await panel()
      .locator("button", { hasText: /^标记$/ })
      .click();
    await page.locator("td.marked").first().waitFor();
  }, 30_000);

  it("replaces everything when a second file is opened: no highlight or finding of the first is left", async () => {
    await page.getByTestId("file-input").setInputFiles(join(dist, "wide.xlsx"));
    await page.locator('[data-testid="grid"][data-sheet="宽标题"]').waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("wide.xlsx");
    expect(await page.locator("td.sel, td.marked, td.range").count()).toBe(0);
    expect(await page.getByTestId("finding").count()).toBe(0);
    // A title merged over all 16,384 columns: the grid shows the columns that hold something.
    expect(await page.locator("td").count()).toBeLessThan(5000);
    expect(await page.locator('[data-cell="B30"]').textContent()).toBe("30");
  }, 30_000);

  it("opens none of several files dropped at once, and says so naming them", async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["a"], "甲.xlsx"));
      dt.items.add(new File(["b"], "乙.xlsx"));
      return dt;
    });
    await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
    await page.getByText("一次只能打开一个文件（拖入了 2 个：甲.xlsx、乙.xlsx），请只拖入一个。").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("wide.xlsx");
  }, 20_000);

  it("ran no cell text and asked no address but its own server's", () => {
    expect(dialogs).toEqual([]);
    expect(foreignRequests(app)).toEqual([]);
  });
});
