import { readFileSync } from "fs";
import { join } from "path";
import { act, waitFor } from "@testing-library/react";

/**
 * taskpane.html opened outside Excel, or with Office.js unreachable, says so in Chinese and English
 * instead of staying blank; and an Excel too old for the panel's reads is told, not left to fail.
 */
jest.mock("../../src/hosts/excel", () => ({ createExcelHost: jest.fn(() => ({})) }));
jest.mock("../../src/panel/components/Panel", () => ({ Panel: () => "面板" }));

const page = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const body = /<body>([\s\S]*)<\/body>/.exec(page)?.[1] ?? "";
const holder = globalThis as unknown as { Office?: unknown };

type Info = { host: string | null } | undefined;

function office(answer: "never" | Info, supported = true): void {
  holder.Office = {
    onReady: (callback: (info: Info) => void) => {
      if (answer !== "never") callback(answer);
      return new Promise(() => undefined);
    },
    context: { requirements: { isSetSupported: () => supported } },
  };
}

async function load(): Promise<void> {
  await act(async () => {
    jest.isolateModules(() => {
      require("../../src/taskpane/index");
    });
  });
}

const fallback = () => document.getElementById("fallback");
const reason = () => document.getElementById("fallback-reason")?.textContent;
const reasonEn = () => document.getElementById("fallback-reason-en")?.textContent;

beforeEach(() => {
  document.body.innerHTML = body;
  delete holder.Office;
  jest.clearAllMocks();
});
afterEach(() => jest.useRealTimers());

describe("taskpane.html without a working Excel", () => {
  it("has its message in the page itself, hidden until a script or 20 s shows it", () => {
    expect(fallback()?.classList.contains("shown")).toBe(false);
    expect(fallback()?.textContent).toContain("须在 Excel 中打开");
    expect(fallback()?.textContent).toContain("open it in Excel");
    expect(fallback()?.querySelector('a[href="web.html"]')).not.toBeNull();
    expect(page).toMatch(/animation: juesuan-fallback 0s 20s forwards/);
  });

  it("says Office.js could not be loaded when there is no Office", async () => {
    await load();
    expect(fallback()?.classList.contains("shown")).toBe(true);
    expect(reason()).toContain("无法加载 Office.js");
    expect(reasonEn()).toContain("could not be loaded");
  });

  it("says the page belongs in Excel when opened in a browser", async () => {
    office({ host: null });
    await load();
    expect(fallback()?.classList.contains("shown")).toBe(true);
    expect(reason()).toContain("需要在 Excel 中打开");
  });

  it("says Office did not answer after the timeout, not before", async () => {
    jest.useFakeTimers();
    office("never");
    await load();
    expect(fallback()?.classList.contains("shown")).toBe(false);
    act(() => jest.advanceTimersByTime(15_000));
    expect(fallback()?.classList.contains("shown")).toBe(true);
    expect(reason()).toContain("超时");
  });

  it("tells Excel 2016 (ExcelApi 1.1 only) to use the browser version instead of running the panel", async () => {
    office({ host: "Excel" }, false);
    await load();
    const { createExcelHost } = jest.requireMock("../../src/hosts/excel") as { createExcelHost: jest.Mock };
    expect(createExcelHost).not.toHaveBeenCalled();
    expect(reason()).toContain("ExcelApi 1.7");
    expect(document.getElementById("root")).toBeEmptyDOMElement();
  });

  it("runs the panel in Excel and removes the message", async () => {
    office({ host: "Excel" });
    await load();
    const { createExcelHost } = jest.requireMock("../../src/hosts/excel") as { createExcelHost: jest.Mock };
    expect(createExcelHost).toHaveBeenCalledTimes(1);
    expect(fallback()).toBeNull();
    // The entry's own copy of React renders outside this test's act(): wait for it.
    await waitFor(() => expect(document.getElementById("root")?.textContent).toBe("面板"));
  });
});
