import { readFileSync } from "fs";
import { join } from "path";
import { buildWorkbook } from "../../scripts/build-samples";
import { correctedDisclosure, publishedDisclosure } from "../../scripts/samples/disclosure-seed";
import { Amount, Disclosure } from "../../scripts/samples/disclosure-types";
import { Money, sum } from "../../src/engine/decimal";
import { readXlsx } from "../../src/hosts/xlsx/read";

/** The sample data and the committed sample files. */

const amount = (a: Amount) => new Money(a ?? 0);
const total = (rows: { amount: Amount }[]) => sum(rows.map((r) => amount(r.amount))).toFixed(2);
const kuan = (rows: Disclosure["jbzc"]["personnel"], cls: string) =>
  rows.filter((r) => r.code.length === 5 && r.code.startsWith(cls));
const classRow = (d: Disclosure, cls: string) =>
  [...d.jbzc.personnel, ...d.jbzc.goods, ...d.jbzc.capital].find((r) => r.code === cls);
const szzbLine = (d: Disclosure, name: string) => d.szzb.find((l) => l.expense.name.endsWith(name))?.expense;

describe("sample data", () => {
  it("the published report keeps its real inconsistencies", () => {
    const d = publishedDisclosure();
    expect(szzbLine(d, "卫生健康支出")?.amounts).toEqual(["137.97"]);
    expect(szzbLine(d, "住房保障支出")?.amounts).toEqual(["146.43"]);
    expect(d.ybzc.rows.find((r) => r.code === "210")?.amounts[0]).toBe("137.96");
    const classes = ["301", "302", "303", "310"].map((c) => amount(classRow(d, c)?.amount ?? null));
    expect(sum(classes).toFixed(2)).toBe("1362.33");
    expect(d.ybzc.total[1]).toBe("1362.34");
    expect(d.jbzc.personnelTotal).toBeNull();
    expect(d.jbzc.publicTotal).toBe("98.33");
  });

  it("the corrected report adds up everywhere in the 基本支出明细表", () => {
    const d = correctedDisclosure();
    for (const cls of ["301", "303"])
      expect(total(kuan(d.jbzc.personnel, cls))).toBe(classRow(d, cls)?.amount);
    expect(total(kuan(d.jbzc.goods, "302"))).toBe(classRow(d, "302")?.amount);
    const personnel = amount(classRow(d, "301")!.amount).plus(amount(classRow(d, "303")!.amount));
    expect(personnel.toFixed(2)).toBe(d.jbzc.personnelTotal);
    expect(personnel.plus(amount(d.jbzc.publicTotal)).toFixed(2)).toBe(d.ybzc.total[1]);
    expect(szzbLine(d, "卫生健康支出")?.amounts).toEqual(["137.96"]);
    expect(szzbLine(d, "住房保障支出")?.amounts).toEqual(["146.44"]);
  });

  it("the two 总表s' 类 lines add up to 本年支出合计 in both versions", () => {
    for (const d of [publishedDisclosure(), correctedDisclosure()]) {
      const classes = d.szzb.filter((l) => l.expense.line <= 56).map((l) => amount(l.expense.amounts[0]));
      expect(sum(classes).toFixed(2)).toBe(szzbLine(d, "本年支出合计")?.amounts[0]);
    }
  });
});

describe("committed sample files", () => {
  it.each([
    ["published", publishedDisclosure],
    ["corrected", correctedDisclosure],
  ] as const)("samples/%s.xlsx is what `npm run samples` builds, byte for byte", async (variant, data) => {
    const committed = readFileSync(join(__dirname, "..", "..", "samples", `${variant}.xlsx`));
    const built = await buildWorkbook(data(), variant);
    expect(Buffer.from(built).equals(committed)).toBe(true);
  });

  it("lays the tables out as the reporting system exports them", async () => {
    const wb = await readXlsx(readFileSync(join(__dirname, "..", "..", "samples", "published.xlsx")));
    const names = wb.sheets.map((s) => s.name);
    expect(names.slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `公开0${i + 1}表`));
    const s = wb.sheets[0];
    expect(s.values[0][0]).toBe("2024年度收入支出决算总表");
    expect(s.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(s.values[1][5]).toBe("公开01表");
    expect(s.values[2][0]).toBe("单位：武汉市硚口区行政审批局本级");
    expect(s.values[2][5]).toBe("单位：万元");
    expect(s.texts?.[6][2]).toBe("2,897.43");
    const jbzc = wb.sheets[5];
    expect(jbzc.values[33][0]).toBe("人员经费合计");
    expect(jbzc.values[33][2]).toBeNull();
    expect(jbzc.values[5][0]).toBe("301");
  });
});
