import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const root = join(__dirname, "..", "..");

/** Builds the add-in and the browser page (development mode) into a fresh temporary folder; returns it. */
export function buildApp(prefix: string): string {
  const dist = mkdtempSync(join(tmpdir(), prefix));
  const webpack = join(root, "node_modules", "webpack", "bin", "webpack.js");
  const build = spawnSync(process.execPath, [webpack, "--mode", "development", "--output-path", dist], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`webpack build failed:\n${build.stdout}\n${build.stderr}`);
  return dist;
}
