import * as React from "react";
import { createRoot } from "react-dom/client";
import { BrowserHost } from "./BrowserHost";
import { GridStore } from "./gridStore";
import { WebApp } from "./WebApp";

/** Hands a generated file to the browser as a download; nothing leaves the machine. */
function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const container = document.getElementById("root");
if (container) {
  const host = new BrowserHost(new GridStore(), window.localStorage, download);
  createRoot(container).render(<WebApp host={host} />);
}
