/**
 * Reading timings for `npm run bench` (issue 10 §6, issue 11 §5), in CPU ms, each goal printed with OK or
 * MISSED:
 * - the read path against an exceljs-only load of the same bytes (the old path's largest part, so the
 *   ratio understates the gain over the old path as a whole): ≥ 3× on the 2,000-row department;
 * - merges at growing counts: 4× the merges in ≤ 6× the time (linear, not quadratic);
 * - zip verification (the directory, and the parts not parsed inflated with their caps): < 1 ms per sample;
 * - oversized files refused in < 2 s: a merge over the whole sheet, a sheet past the cell limit, and a
 *   10 MB file whose sheet inflates to 1.5 GB while its headers claim 4 KB.
 */
import ExcelJS from "exceljs";
import { performance } from "perf_hooks";
import { deflateRawSync } from "zlib";
import { readXlsx } from "../src/hosts/xlsx/read";
import { DEFAULT_LIMITS, inflateEntry, inspectZip } from "../src/hosts/xlsx/zip";
import { buildZip, zipBomb } from "../test/xlsx/zip-fixtures";

export interface ReadingInput {
  name: string;
  bytes: Uint8Array;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** CPU milliseconds of this process (all its threads, GC included): steadier than wall time on a shared machine. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function ms(runs: number, f: () => unknown): Promise<number> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpu();
    await f();
    times.push(cpu() - t);
  }
  return median(times);
}

const PARSED =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;
const enc = new TextEncoder();
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A one-sheet package around the given <worksheet> content. */
function onePackage(inside: string): Uint8Array {
  const part = (name: string, xml: string) => {
    const bytes = enc.encode(xml);
    return {
      name,
      data: new Uint8Array(deflateRawSync(bytes)),
      method: 8 as const,
      declaredSize: bytes.length,
    };
  };
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return buildZip([
    part(
      "xl/workbook.xml",
      `<workbook ${MAIN} xmlns:r="${rel}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    part("xl/worksheets/sheet1.xml", `<worksheet ${MAIN}>${inside}</worksheet>`),
  ]);
}

const title = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>决算</t></is></c></row></sheetData>';
const merges = (n: number) =>
  onePackage(
    `${title}<mergeCells>${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`).join("")}</mergeCells>`,
  );
/** 10,500 rows of 100 cells: just past the one-million-cell limit. */
const manyCells = () =>
  onePackage(`<sheetData>${`<row>${"<c><v>1</v></c>".repeat(100)}</row>`.repeat(10_500)}</sheetData>`);

/** One refusal, cold: wall time (what a user waits for) and CPU time (steady when others share the machine). */
async function refusal(bytes: Uint8Array): Promise<{ wall: number; cpu: number }> {
  const wall = performance.now();
  const start = cpu();
  await readXlsx(bytes).then(
    () => {
      throw new Error("read, not refused");
    },
    () => undefined,
  );
  return { wall: performance.now() - wall, cpu: cpu() - start };
}

export async function benchReading(inputs: ReadingInput[], runs: number) {
  const goals: { goal: string; measured: string; ok: boolean }[] = [];
  const table = [];
  for (const { name, bytes } of inputs) {
    const read = await ms(runs, () => readXlsx(bytes, name));
    const exceljs = await ms(runs, () =>
      new ExcelJS.Workbook().xlsx.load(bytes.slice().buffer as ArrayBuffer),
    );
    // Parsed parts are verified as they inflate for reading; what verification adds is the directory and
    // the parts nobody parses (content types, theme, document properties …).
    const verify = await ms(runs * 3, () => {
      for (const e of inspectZip(bytes, DEFAULT_LIMITS))
        if (!PARSED.test(e.name)) inflateEntry(bytes, e, () => undefined);
    });
    table.push({
      workbook: name,
      "read CPU ms": Number(read.toFixed(1)),
      "exceljs load CPU ms": Number(exceljs.toFixed(1)),
      "× faster": Number((exceljs / read).toFixed(1)),
      "zip verify CPU ms": Number(verify.toFixed(2)),
    });
  }
  const big = table.find((r) => r.workbook.includes("2000"));
  if (big)
    goals.push({
      goal: "2,000-row read ≥ 3× an exceljs load",
      measured: `${big["× faster"]}×`,
      ok: big["× faster"] >= 3,
    });
  const samples = table.filter((r) => r.workbook.startsWith("samples/"));
  const worstVerify = Math.max(...samples.map((r) => r["zip verify CPU ms"]));
  goals.push({
    goal: "zip verification < 1 ms per sample file",
    measured: `${worstVerify} ms`,
    ok: worstVerify < 1,
  });

  const mergeTimes: Record<number, number> = {};
  for (const n of [10_000, 40_000]) {
    const bytes = merges(n);
    mergeTimes[n] = await ms(Math.min(runs, 5), () => readXlsx(bytes));
    table.push({ workbook: `${n} two-cell merges`, "read CPU ms": Number(mergeTimes[n].toFixed(1)) });
  }
  const growth = mergeTimes[40_000] / mergeTimes[10_000];
  goals.push({ goal: "4× the merges in ≤ 6× the time", measured: `${growth.toFixed(1)}×`, ok: growth <= 6 });

  const refusals: [string, Uint8Array][] = [
    [
      "merge over the whole sheet",
      onePackage(`${title}<mergeCells><mergeCell ref='A1:XFD1048576'/></mergeCells>`),
    ],
    ["1.05 million cells", manyCells()],
    ["1.5 GB stream declared as 4 KB", zipBomb(1.5, 4096)],
  ];
  for (const [what, bytes] of refusals) {
    const t = await refusal(bytes);
    goals.push({
      goal: `refuse ${what} (${(bytes.length / 1024 / 1024).toFixed(1)} MB) in < 2 s of CPU`,
      measured: `${t.cpu.toFixed(0)} ms CPU, ${t.wall.toFixed(0)} ms wall`,
      ok: t.cpu < 2000,
    });
  }
  return { table, goals };
}
