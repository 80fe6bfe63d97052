import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../hosts/excel";
import { Panel } from "../panel/components/Panel";

/* global Office */

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<Panel host={createExcelHost()} />);
});
