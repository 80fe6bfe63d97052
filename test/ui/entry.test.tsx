import { act, screen } from "@testing-library/react";
import { FakeHost } from "./fakeHost";

// The task pane's entry must wait for Office, then run the panel on the Office.js host.
jest.mock("../../src/hosts/excel", () => ({
  createExcelHost: jest.fn(() => {
    const { FakeHost: Host } = require("./fakeHost") as { FakeHost: typeof FakeHost };
    return new Host({ name: "x.xlsx", sheets: [] });
  }),
}));

// Rendering the whole panel under jsdom takes seconds on a busy machine.
jest.setTimeout(30000);

describe("task pane entry", () => {
  it("renders the panel on the Excel host once Office is ready, not before", async () => {
    document.body.innerHTML = '<div id="root"></div>';
    let ready: (() => void) | undefined;
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: (callback: () => void) => {
        ready = callback;
        return Promise.resolve();
      },
    };
    const { createExcelHost } = jest.requireMock("../../src/hosts/excel") as {
      createExcelHost: jest.Mock;
    };
    await act(async () => {
      await import("../../src/taskpane/index");
    });
    expect(ready).toBeDefined();
    expect(createExcelHost).not.toHaveBeenCalled();
    expect(document.getElementById("root")).toBeEmptyDOMElement();

    await act(async () => ready?.());
    expect(createExcelHost).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("检查", { selector: "button" })).toBeInTheDocument();
  });
});
