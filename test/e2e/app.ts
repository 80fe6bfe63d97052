import { rmSync } from "fs";
import { Server } from "http";
import { Browser, chromium, Page } from "playwright-core";
import { buildApp } from "../helpers/build";
import { serveDirectory } from "./serve";

/** Debian's Chromium: npm cannot download browsers here, and .ci/run installs the package when missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The built page served on 127.0.0.1, and a Chromium page that records every address it asks for. */
export interface App {
  dist: string;
  base: string;
  server: Server;
  browser: Browser;
  page: Page;
  requested: string[];
}

/** Builds the app into a directory of its own (`prepare` may add files to it), serves it, opens a page. */
export async function startApp(prefix: string, prepare?: (dist: string) => Promise<unknown>): Promise<App> {
  const dist = buildApp(prefix);
  await prepare?.(dist);
  const { url: base, server } = await serveDirectory(dist);
  // Headless, as root in CI, with none of the background connections a closed network would refuse.
  const browser = await chromium.launch({
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
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  return { dist, base, server, browser, page, requested };
}

export async function stopApp(app: App | undefined): Promise<void> {
  if (!app) return;
  await app.browser.close();
  await new Promise((resolve) => app.server.close(resolve));
  rmSync(app.dist, { recursive: true, force: true });
}

/** Addresses other than the test server's own (and the page's own blobs): there must be none. */
export const foreignRequests = (app: App) =>
  app.requested.filter((url) => !url.startsWith(app.base) && !url.startsWith("blob:"));
