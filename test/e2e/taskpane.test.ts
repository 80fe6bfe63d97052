import { App, startApp, stopApp } from "./app";

/**
 * The built taskpane.html in Chromium, outside Excel and with Office's CDN unreachable (as on a closed
 * intranet): the page says why it cannot start, in Chinese and English, and links to the browser page.
 */
let app: App | undefined;

beforeAll(async () => {
  app = await startApp("juesuan-taskpane-");
}, 240_000);

afterAll(() => stopApp(app));

it("shows its message instead of a blank page when Office.js cannot be loaded", async () => {
  const { page, base } = app as App;
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(`${base}taskpane.html`);
  const message = page.locator("#fallback");
  await message.waitFor({ state: "visible", timeout: 10_000 });
  expect(await page.locator("#fallback-reason").textContent()).toContain("无法加载 Office.js");
  expect(await page.locator("#fallback-reason-en").textContent()).toContain("could not be loaded");
  await page.locator('#fallback a[href="web.html"]').first().click();
  await page.waitForURL(`${base}web.html`);
}, 60_000);
