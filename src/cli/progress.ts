import { Lang } from "../engine";

/**
 * The progress line on stderr while a batch runs: files done of the total, files with errors or
 * unreadable so far, and the time left at the pace so far. Drawn only on a terminal, redrawn in place.
 */
export class Progress {
  private done = 0;
  private problems = 0;
  private shown = false;
  private readonly start: number;

  constructor(
    private readonly stream: { write(text: string): unknown },
    private readonly total: number,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  /** A file is done; `problem` when it has errors or could not be read. */
  step(problem: boolean): void {
    this.done++;
    if (problem) this.problems++;
  }

  /** Removes the line, so that the report printed next starts on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }

  draw(): void {
    if (this.done >= this.total) return;
    const elapsed = this.now() - this.start;
    const left = this.done
      ? Math.round(((elapsed / this.done) * (this.total - this.done)) / 1000)
      : undefined;
    this.stream.write(`\r\x1b[K${this.line(left)}`);
    this.shown = true;
  }

  line(secondsLeft: number | undefined): string {
    const { done, total, problems } = this;
    const m = secondsLeft === undefined ? 0 : Math.floor(secondsLeft / 60);
    const s = secondsLeft === undefined ? 0 : secondsLeft % 60;
    if (this.lang === "en") {
      const eta = secondsLeft === undefined ? "" : `, about ${m ? `${m} min ` : ""}${s} s left`;
      return `Checked ${done}/${total} files, ${problems} with errors or unreadable${eta}`;
    }
    const eta = secondsLeft === undefined ? "" : `，约剩 ${m ? `${m} 分 ` : ""}${s} 秒`;
    return `已检查 ${done}/${total} 个文件，${problems} 个有错误或无法读取${eta}`;
  }
}
