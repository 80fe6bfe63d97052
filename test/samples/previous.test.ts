import { readFileSync } from "fs";
import { join } from "path";
import { buildPreviousWorkbook } from "../../scripts/build-samples";
import { CLOSING } from "../../scripts/samples/previous";
import { readIdentity } from "../../src/engine/identity";
import { checkWorkbook } from "../../src/engine/check";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { JsonReport, runCli } from "../cli/run";

/** samples/previous.xlsx: the seed as last year's report, beside samples/published.xlsx. */

const SAMPLES = join(__dirname, "..", "..", "samples");
const read = (name: string) => readXlsx(readFileSync(join(SAMPLES, name)), name);

describe("samples/previous.xlsx", () => {
  it("is what `npm run samples` builds, byte for byte", async () => {
    const built = await buildPreviousWorkbook();
    expect(Buffer.from(built).equals(readFileSync(join(SAMPLES, "previous.xlsx")))).toBe(true);
  });

  it("is the same department's 2023 report, and its own 总表s balance with the amount carried", async () => {
    const last = await read("previous.xlsx");
    const result = checkWorkbook(last);
    expect(readIdentity(last.sheets, result.tables)).toEqual({
      department: "武汉市硚口区行政审批局本级",
      year: "2023",
    });
    // Only the seed's own inconsistencies (137.97 / 146.43, 人员经费): none from the 年初/年末/总计 lines.
    // (previous.xlsx has no 绩效自评表 or 情况说明, so theirs are left out of the seed's.)
    const seed = checkWorkbook(await read("published.xlsx"));
    const tableRules = (fs: { rule: string }[]) =>
      fs
        .map((f) => f.rule)
        .filter((r) => !/^(PERF|NARR)/.test(r))
        .sort();
    expect(tableRules(result.findings)).toEqual(tableRules(seed.findings));
    expect(result.findings.every((f) => !/^(PERF|NARR)/.test(f.rule))).toBe(true);
  });

  it("gives the cross-year finding on both cells: this year's 年初 and last year's 年末", async () => {
    const { status, stdout } = await runCli([
      "check",
      join(SAMPLES, "published.xlsx"),
      "--previous",
      join(SAMPLES, "previous.xlsx"),
      "--json",
    ]);
    const [file] = (JSON.parse(stdout) as JsonReport).files;
    expect(status).toBe(1);
    expect(file.previous).toBe(join(SAMPLES, "previous.xlsx"));
    const carry = file.findings.filter((f) => f.rule.startsWith("PREV."));
    expect(carry.map((f) => [f.rule, f.expected, f.actual, f.cells])).toEqual([
      [
        "PREV.SZZB.carry",
        CLOSING,
        "0.00",
        [
          { sheet: "公开01表", address: "C35" },
          { sheet: "公开01表", address: "F35", file: join(SAMPLES, "previous.xlsx") },
        ],
      ],
      [
        "PREV.CZZB.carry",
        CLOSING,
        "0.00",
        [
          { sheet: "公开04表", address: "C35" },
          { sheet: "公开04表", address: "F35", file: join(SAMPLES, "previous.xlsx") },
        ],
      ],
    ]);
  });

  it("a year that carried nothing over gives no cross-year finding", async () => {
    const published = await read("published.xlsx");
    const result = checkWorkbook(published, { previous: { file: "published.xlsx", workbook: published } });
    expect(result.findings.filter((f) => f.rule.startsWith("PREV."))).toEqual([]);
  });
});
