import { spawnSync } from "child_process";
import { join } from "path";

/**
 * Smoke test of the Office tool chain `npm start`, `npm run stop` and `npm run validate` use: each loads
 * @microsoft/app-manifest, which requires fs-extra without declaring it; with fs-extra missing every one
 * of these crashed with "Cannot find module 'fs-extra'" while the rest of the suite passed. Offline: help
 * and reading our manifest only (validation asks a Microsoft service).
 */
const root = join(__dirname, "..");

function tool(name: string, ...args: string[]) {
  const bin = join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
  return spawnSync(bin, args, { cwd: root, encoding: "utf8", timeout: 60_000 });
}

describe("the Office tool chain", () => {
  it.each([
    ["office-addin-debugging", ["start", "stop"]],
    ["office-addin-manifest", ["info", "validate"]],
    ["office-addin-dev-certs", ["install", "verify"]],
  ])("%s loads and lists its commands", (name, commands) => {
    const run = tool(name, "--help");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    for (const command of commands) expect(run.stdout).toContain(command);
  });

  it("office-addin-manifest reads our manifest from the command line", () => {
    const run = tool("office-addin-manifest", "info", "manifest.xml");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("Id: a1acf478-0fb7-4f48-97e2-9e49f3cabc49");
    expect(run.stdout).toContain("Hosts: Workbook");
  });

  it("and through its API, as office-addin-debugging does when it sideloads", () => {
    // In node itself: the API's dependencies are ES modules jest's CommonJS runtime cannot load.
    const read = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile("manifest.xml")
      .then((info) => console.log(JSON.stringify(info)))`;
    const run = spawnSync(process.execPath, ["-e", read], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: "a1acf478-0fb7-4f48-97e2-9e49f3cabc49",
      hosts: ["Workbook"],
      officeAppType: "TaskPaneApp",
      defaultLocale: "en-US",
      defaultSettings: { sourceLocation: "https://localhost:3000/taskpane.html" },
    });
  });
});
