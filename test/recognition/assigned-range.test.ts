import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/engine/check";
import { TableKey } from "../../src/engine/tables/types";
import { readXlsx } from "../../src/hosts/xlsx/read";

const sample = join(__dirname, "..", "..", "samples", "published.xlsx");

describe("a table assigned exactly the range recognition reported", () => {
  it("adds no finding, not even 为空表 for the empty tables whose note stands below that range", async () => {
    const wb = await readXlsx(new Uint8Array(readFileSync(sample)), "published.xlsx");
    const base = checkWorkbook(wb);
    const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
    const known = new Set(base.findings.map(key));
    // 政府性基金、国有资本经营、“三公”经费: empty in the seed, each with its 本部门…无… line below.
    const empty = ["T_JJ", "T_GZ", "T_SG"];
    for (const t of base.tables.filter((l) => l.key.startsWith("T_"))) {
      const assigned = checkWorkbook(wb, {
        assignments: [{ key: t.key as TableKey, sheet: t.sheet, range: t.range }],
      });
      expect([t.key, assigned.findings.filter((f) => !known.has(key(f))).map(key)]).toEqual([t.key, []]);
    }
    expect(base.tables.filter((t) => empty.includes(t.key))).toHaveLength(3);
  });

  it("still says 为空表 when no such line follows the assigned range", async () => {
    const wb = await readXlsx(new Uint8Array(readFileSync(sample)), "published.xlsx");
    const jj = checkWorkbook(wb).tables.find((t) => t.key === "T_JJ")!;
    const sheet = wb.sheets.find((s) => s.name === jj.sheet)!;
    // The note removed: the empty table has nothing saying why.
    sheet.values = sheet.values.map((row) =>
      row.map((v) => (typeof v === "string" && /本部门/.test(v) ? null : v)),
    );
    const r = checkWorkbook(wb, { assignments: [{ key: "T_JJ", sheet: jj.sheet, range: jj.range }] });
    expect(r.findings.some((f) => f.rule === "completeness.empty-note" && f.table === "T_JJ")).toBe(true);
  });
});
