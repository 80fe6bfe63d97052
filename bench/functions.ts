/**
 * Custom-function timings for `npm run bench`: ROLLUP over a 10,000-row coded table (goal: 2 ms a call,
 * since Excel recalculates it for every cell that uses it), ROLLUPGAP over the same table and SHARES over
 * 1,000 amounts, each the median of repeated calls through the same wrappers Excel calls. Each line says
 * its goal and whether it was met.
 */
import { Money, sum } from "../src/engine/decimal";
import { FUNCTIONS } from "../src/functions/functions";

/** Park–Miller: the same table on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647);
}

/**
 * `rows` rows of 类 / 款 / 项 codes in table order (a 类, then each 款 followed by its 项), leaves with
 * amounts in 万元 and parents holding the sum of their children, as a real table does.
 */
function codedTable(rows: number): { codes: string[][]; amounts: number[][] } {
  const next = random(20240101);
  const codes: string[] = [];
  const amounts: Money[] = [];
  for (let cls = 200; codes.length < rows; cls++) {
    const classRow = codes.push(String(cls)) - 1;
    amounts.push(new Money(0));
    const sections: Money[] = [];
    for (let sec = 1; sec <= 20 && codes.length < rows; sec++) {
      const code = `${cls}${String(sec).padStart(2, "0")}`;
      const sectionRow = codes.push(code) - 1;
      amounts.push(new Money(0));
      const items: Money[] = [];
      for (let item = 1; item <= 9 && codes.length < rows; item++) {
        const amount = new Money(1 + (next() % 999_999)).dividedBy(100);
        codes.push(`${code}${String(item).padStart(2, "0")}`);
        amounts.push(amount);
        items.push(amount);
      }
      amounts[sectionRow] = sum(items);
      sections.push(amounts[sectionRow]);
    }
    amounts[classRow] = sum(sections);
  }
  return { codes: codes.map((c) => [c]), amounts: amounts.map((a) => [a.toNumber()]) };
}

function median(run: () => unknown, times: number): number {
  // Warm-up: Excel calls a function once per cell that uses it, so what counts is the optimised code
  // (V8 optimises after some dozens of calls), and the code lists loaded once.
  for (let i = 0; i < 50; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

export interface FunctionTiming {
  name: string;
  ms: number;
  goalMs: number;
}

export async function benchFunctions(): Promise<FunctionTiming[]> {
  const table = codedTable(10_000);
  const next = random(7);
  const amounts = Array.from({ length: 1000 }, () => [(1 + (next() % 99_999_999)) / 100]);
  return [
    {
      name: "JUESUAN.ROLLUP, 10,000 rows",
      ms: median(() => FUNCTIONS.ROLLUP(table.codes, table.amounts, "2"), 50),
      goalMs: 2,
    },
    {
      name: "JUESUAN.ROLLUPGAP, 10,000 rows",
      ms: median(() => FUNCTIONS.ROLLUPGAP(table.codes, table.amounts), 20),
      goalMs: 10,
    },
    { name: "JUESUAN.SHARES, 1,000 amounts", ms: median(() => FUNCTIONS.SHARES(amounts), 50), goalMs: 10 },
  ];
}

if (require.main === module) {
  void benchFunctions().then((results) => {
    for (const r of results) {
      const verdict = r.ms <= r.goalMs ? "met" : `MISSED by ${(r.ms - r.goalMs).toFixed(2)} ms`;
      console.log(`${r.name}: ${r.ms.toFixed(2)} ms (goal ≤ ${r.goalMs} ms: ${verdict})`);
    }
  });
}
