import { ChildProcess, spawn } from "child_process";
import { join } from "path";

/**
 * `npm start` where Excel is not installed (as on this machine): serves the browser page with the sample
 * and prints its address. The port is a free one of the test's choosing.
 */
const root = join(__dirname, "..", "..");
const PORT = String(30000 + (process.pid % 20000));

let child: ChildProcess | undefined;

afterAll(async () => {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child?.once("exit", resolve));
  // Its own process group: the dev server it started goes too.
  process.kill(-child.pid, "SIGTERM");
  await exited;
});

it("serves the browser page with the sample and prints its address", async () => {
  child = spawn(process.execPath, [join(root, "scripts", "start.js"), "--web"], {
    cwd: root,
    env: { ...process.env, npm_package_config_dev_server_port: PORT },
    stdio: ["ignore", "pipe", "ignore"],
    detached: true,
  });
  const address = await new Promise<string>((resolve, reject) => {
    let out = "";
    child?.stdout?.on("data", (data: Buffer) => {
      out += String(data);
      const m = /Juesuan in the browser: (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child?.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
  expect(address).toBe(`http://localhost:${PORT}/web.html?sample`);
  const page = await fetch(address);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("决算助手");
  // The root opens the page itself, not a listing of the build; no source maps are served.
  const home = await fetch(new URL("/", address));
  expect(home.status).toBe(200);
  const rootText = await home.text();
  expect(rootText).toMatch(/<script[^>]*\ssrc="?web\.js/);
  expect(rootText).not.toMatch(/Index of|\.map\b|taskpane\.js/);
  for (const map of ["web.js.map", "taskpane.js.map", "functions.js.map"])
    expect([map, (await fetch(new URL(map, address))).status]).toEqual([map, 404]);
  const sample = await fetch(new URL("samples/published.xlsx", address));
  expect(sample.status).toBe(200);
  expect((await sample.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
}, 120_000);
