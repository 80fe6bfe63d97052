import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../hosts/excel";
import { excelApiSupported } from "../hosts/excel/run";
import { Panel } from "../panel/components/Panel";

/* global Office */

/** Office.js answers within seconds inside Excel; past this the page says why it is empty. */
export const READY_TIMEOUT_MS = 15_000;

/**
 * The panel reads with ExcelApi 1.7 (getRangeByIndexes): Excel 2019 and later. Excel 2016 has only 1.1,
 * so there the page says so and points to the browser version instead of failing on the first check.
 */
const READ_API = "1.7";

type Reason = "noOffice" | "timeout" | "outsideOffice" | "oldExcel";

const REASONS: Record<Reason, [string, string]> = {
  noOffice: [
    "无法加载 Office.js（appsforoffice.microsoft.com），面板无法启动。",
    "Office.js (appsforoffice.microsoft.com) could not be loaded, so the panel cannot start.",
  ],
  timeout: [
    "等待 Office 响应超时，面板未能启动。",
    "Office did not answer in time, so the panel did not start.",
  ],
  outsideOffice: [
    "此页面是 Excel 加载项的面板，需要在 Excel 中打开。",
    "This page is an Excel add-in's panel and opens inside Excel.",
  ],
  oldExcel: [
    `此版本的 Excel 不支持面板读取工作簿所需的接口（ExcelApi ${READ_API}，Excel 2019 及以后版本提供）。`,
    `This Excel lacks the API the panel reads workbooks with (ExcelApi ${READ_API}, Excel 2019 and later).`,
  ],
};

/** Shows taskpane.html's own message (it appears by itself after a while should this script not run). */
function showFallback(reason: Reason): void {
  const [zh, en] = REASONS[reason];
  const zhLine = document.getElementById("fallback-reason");
  const enLine = document.getElementById("fallback-reason-en");
  if (zhLine) zhLine.textContent = zh;
  if (enLine) enLine.textContent = en;
  document.getElementById("fallback")?.classList.add("shown");
}

function start(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return showFallback("noOffice");
  let settled = false;
  const timer = setTimeout(() => !settled && showFallback("timeout"), READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    settled = true;
    clearTimeout(timer);
    // Outside Office, onReady answers with host null.
    if (info && info.host === null) return showFallback("outsideOffice");
    if (!excelApiSupported(READ_API)) return showFallback("oldExcel");
    const container = document.getElementById("root");
    if (!container) return;
    document.getElementById("fallback")?.remove();
    createRoot(container).render(<Panel host={createExcelHost()} />);
  });
}

start();
