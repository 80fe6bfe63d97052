import { totalmem } from "os";
import { Worker } from "worker_threads";
import { CheckOptions } from "../engine";
import { CheckTask } from "./inputs";
import { FileReport } from "./report";
import type { WorkerRequest } from "./worker";

/**
 * Runs `run` over the items with at most `concurrency` at once and hands the results to `emit` in input
 * order. Only a window of results ahead of the next one to emit is ever held, so a thousand-file batch
 * keeps a few reports in memory, not a thousand. `run` must not reject.
 */
export function forEachOrdered<T, R>(
  items: readonly T[],
  concurrency: number,
  run: (item: T) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const window = concurrency * 4;
  const done = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let running = 0;
  return new Promise((resolve, reject) => {
    const pump = () => {
      while (running < concurrency && next < items.length && next < emitted + window) {
        const index = next++;
        running++;
        run(items[index]).then((result) => {
          running--;
          done.set(index, result);
          try {
            while (done.has(emitted)) {
              const r = done.get(emitted) as R;
              done.delete(emitted);
              emit(r, emitted++);
            }
          } catch (e) {
            reject(e);
            return;
          }
          pump();
        }, reject);
      }
      if (emitted === items.length) resolve();
    };
    pump();
  });
}

interface Slot {
  worker: Worker;
  job?: { id: number; task: CheckTask; resolve: (r: FileReport) => void };
}

const MB = 1024 * 1024;

/**
 * Worker threads that check one file at a time each. A worker that dies (out of memory on a crafted
 * file, a crash in a library) costs only its file, reported unreadable with the reason; a fresh worker
 * takes its place and the batch goes on.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: CheckTask; resolve: (r: FileReport) => void }[] = [];
  private nextId = 0;
  private closed = false;
  /** Each worker's heap: the machine's memory shared out, so that several large files cannot exhaust it. */
  private readonly heapMb: number;

  constructor(
    private readonly script: string,
    size: number,
    private readonly options: CheckOptions,
    heapMb?: number,
  ) {
    this.heapMb = heapMb ?? Math.max(512, Math.min(4096, Math.floor(totalmem() / MB / (size + 1))));
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: CheckTask): Promise<FileReport> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { options: this.options },
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker };
    worker.on("message", (message: { id: number; report: FileReport }) => {
      if (slot.job?.id !== message.id) return;
      const { resolve } = slot.job;
      slot.job = undefined;
      resolve(message.report);
      this.dispatch();
    });
    const died = (why: string) => {
      const job = slot.job;
      slot.job = undefined;
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      if (this.closed) return;
      this.slots[index] = this.spawn();
      if (job) job.resolve(crashReport(job.task.file, why));
      this.dispatch();
    };
    worker.on("error", (e: Error & { code?: string }) =>
      died(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? `内存不足（超过 ${this.heapMb} MB）` : e.message),
    );
    worker.on("exit", (code) => died(`退出码 ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const { task, resolve } = this.queue.shift() as (typeof this.queue)[number];
      slot.job = { id: this.nextId++, task, resolve };
      slot.worker.postMessage({ id: slot.job.id, task } satisfies WorkerRequest);
    }
  }
}

function crashReport(file: string, why: string): FileReport {
  return {
    file,
    tables: [],
    findings: [],
    error: `检查该文件时程序中止（${why}），未能检查；其他文件不受影响`,
    reason: "internal",
  };
}
