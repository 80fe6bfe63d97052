import { generateDepartment, generateWorkbook } from "../../bench/generate";
import { checkWorkbook } from "../../src/engine/check";
import { readXlsx } from "../../src/hosts/xlsx/read";

/** The benchmark's generated department: the asked-for number of rows, and every identity holding. */
describe("bench/generate", () => {
  it.each([60, 250])("%i code rows per coded table, consistent everywhere", async (rows) => {
    const dept = generateDepartment(rows);
    for (const t of [dept.disclosure.sr, dept.disclosure.zc, dept.disclosure.ybzc])
      expect(t.rows).toHaveLength(rows);
    const wb = await readXlsx(await generateWorkbook(dept.disclosure));
    const result = checkWorkbook(wb, { codes: dept.codes });
    expect(result.tables.map((t) => t.key)).toContain("T_JBZC");
    expect(result.findings).toEqual([]);
  });

  it("is the same department on every run", () => {
    expect(generateDepartment(120)).toEqual(generateDepartment(120));
  });

  it("a broken total in the generated data is found (the check is not vacuous)", async () => {
    const dept = generateDepartment(60);
    dept.disclosure.zc.rows[0].amounts[0] = "0.01";
    const wb = await readXlsx(await generateWorkbook(dept.disclosure));
    const errors = checkWorkbook(wb, { codes: dept.codes }).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
  });
});
