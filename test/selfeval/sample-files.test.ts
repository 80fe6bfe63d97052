import { readFileSync } from "fs";
import { join } from "path";
import { checkPerformance } from "../../src/engine/selfeval";
import { recognizeTables } from "../../src/engine/tables/recognize";
import { readXlsx } from "../../src/hosts/xlsx/read";

/** The sample workbooks as built by `npm run samples`: disclosure tables recognised, then the 自评表 checked. */
async function check(variant: "published" | "corrected") {
  const wb = await readXlsx(readFileSync(join(__dirname, "..", "..", "samples", `${variant}.xlsx`)));
  const { tables } = recognizeTables(wb, {});
  return checkPerformance(wb, tables, { lang: "zh" });
}

describe("samples/*.xlsx", () => {
  it("published: the issue's findings, against the recognised disclosure tables", async () => {
    const r = await check("published");
    const got = r.findings.map((f) => [f.rule, f.table, f.expected, f.actual]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["PERF.weights.group", "PERF:政务大厅“三免”服务", "46", "45"],
        ["PERF.weights.total", "PERF:政务大厅“三免”服务", "100", "101"],
        ["PERF.weights.group", "PERF:编外用工", "45", "40"],
        ["PERF.indicator.duplicate", "PERF:编外用工", undefined, undefined],
        ["PERF.overall.vs.disclosure", "PERF:整体", "1535.09", "1535.10"],
      ]),
    );
  });

  it("corrected: no finding", async () => {
    const r = await check("corrected");
    expect(r.tables.map((t) => t.key)).toHaveLength(5);
    expect(r.findings).toEqual([]);
  });
});
