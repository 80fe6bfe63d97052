/**
 * The engine and reader as `juesuan check` runs them: compiled by `npm run build:cli` into lib/. Timings of
 * the TypeScript sources through tsx would include tsx's own wrapping (every import read through a getter,
 * a keep-names helper), which no host runs.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..");

export function buildCli(): void {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
  });
}

export interface Compiled {
  checkWorkbook: typeof import("../src/engine/check").checkWorkbook;
  readXlsx: typeof import("../src/hosts/xlsx/read").readXlsx;
}

/** Builds lib/ and loads the compiled check and reader from it. */
export function compiled(): Compiled {
  buildCli();
  const { checkWorkbook } = require(join(ROOT, "lib/engine/check")) as typeof import("../src/engine/check");
  const { readXlsx } = require(join(ROOT, "lib/hosts/xlsx/read")) as typeof import("../src/hosts/xlsx/read");
  return { checkWorkbook, readXlsx };
}
