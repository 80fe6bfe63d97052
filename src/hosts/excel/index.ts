export { createExcelHost } from "./host";
export type { ExcelRun } from "./run";
