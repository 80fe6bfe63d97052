import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { forEachOrdered, WorkerPool } from "../../src/cli/pool";

/** The batch's pool: input order whatever the finishing order, a bounded window, a dying worker's file reported. */

describe("forEachOrdered", () => {
  it("emits in input order although later items finish first, never running more than asked", async () => {
    const finish: Record<number, () => void> = {};
    let running = 0;
    let most = 0;
    const emitted: number[] = [];
    const done = forEachOrdered(
      [0, 1, 2, 3, 4, 5],
      2,
      (i) =>
        new Promise<number>((resolve) => {
          running++;
          most = Math.max(most, running);
          finish[i] = () => {
            running--;
            resolve(i);
          };
        }),
      (r) => emitted.push(r),
    );
    const settle = () => new Promise((r) => setImmediate(r));
    await settle();
    finish[1]();
    await settle();
    expect(emitted).toEqual([]);
    finish[0]();
    await settle();
    expect(emitted).toEqual([0, 1]);
    for (const i of [3, 2, 5, 4]) {
      finish[i]();
      await settle();
    }
    await done;
    expect(emitted).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it("holds at most a window of results while the first item is slow", async () => {
    let release: () => void = () => undefined;
    let started = 0;
    const done = forEachOrdered(
      Array.from({ length: 100 }, (_, i) => i),
      2,
      (i) => {
        started++;
        return i === 0 ? new Promise<number>((r) => (release = () => r(0))) : Promise.resolve(i);
      },
      () => undefined,
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toBe(8);
    release();
    await done;
    expect(started).toBe(100);
  });
});

describe("WorkerPool", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "juesuan-pool-"));
    // A stand-in for lib/cli/worker.js: answers with the file's name; dies or runs out of memory on request.
    writeFileSync(
      join(dir, "worker.js"),
      `const { parentPort } = require("worker_threads");
parentPort.on("message", ({ id, task }) => {
  if (task.file === "exit.xlsx") process.exit(3);
  if (task.file === "oom.xlsx") { const hog = []; for (;;) hog.push(new Array(1e6).fill(hog.length)); }
  if (task.file === "throw.xlsx") throw new Error("boom");
  parentPort.postMessage({ id, report: { file: task.file, tables: [], findings: [] } });
});`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a file whose worker died (exit, exception, out of memory) and checks the others", async () => {
    const pool = new WorkerPool(join(dir, "worker.js"), 2, {}, 32);
    const files = ["a.xlsx", "exit.xlsx", "b.xlsx", "oom.xlsx", "throw.xlsx", "c.xlsx"];
    const reports: { file: string; error?: string; reason?: string }[] = [];
    try {
      await forEachOrdered(
        files.map((file) => ({ file })),
        2,
        (task) => pool.run(task),
        (r) => reports.push(r),
      );
    } finally {
      await pool.close();
    }
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.filter((r) => r.error === undefined).map((r) => r.file)).toEqual([
      "a.xlsx",
      "b.xlsx",
      "c.xlsx",
    ]);
    for (const r of reports.filter((x) => x.error !== undefined)) expect(r.reason).toBe("internal");
    expect(reports[1].error).toMatch(/程序中止（退出码 3）/);
    expect(reports[3].error).toMatch(/内存不足（超过 32 MB）/);
    expect(reports[4].error).toMatch(/boom/);
  }, 60_000);
});
