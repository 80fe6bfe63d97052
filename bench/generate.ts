/**
 * A generated department for the benchmark: `rows` function-code rows in each coded table (收入, 支出,
 * 一般公共预算支出), every identity holding, written in the same export layout as the samples.
 * Run alone: `npx tsx bench/generate.ts 2000 out.xlsx`.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { addDisclosureSheets } from "../scripts/samples/disclosure-sheets";
import {
  czzbLines,
  EXPENSE_CLASSES,
  JBZC_TEMPLATE,
  publishedDisclosure,
  szzbLines,
} from "../scripts/samples/disclosure-seed";
import { CodedRow, Disclosure, EconomicRow } from "../scripts/samples/disclosure-types";
import { CodeEntry, FUNCTION_CODES } from "../src/engine/codes";
import { Money, sum, ZERO } from "../src/engine/decimal";

/** Park–Miller: the same department on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647);
}

/** A positive amount in 万元 with cents, below 10,000. */
const cents = (next: () => number) => new Money(1 + (next() % 999_999)).dividedBy(100);

interface Node {
  code: string;
  name: string;
  basic: Money;
  project: Money;
  children: Node[];
}

const total = (n: Node) => n.basic.plus(n.project);

/** Sums children into parents, bottom up (a leaf keeps its own amounts). */
function roll(n: Node): Node {
  if (!n.children.length) return n;
  n.children.forEach(roll);
  n.basic = sum(n.children.map((c) => c.basic));
  n.project = sum(n.children.map((c) => c.project));
  return n;
}

/** The coded rows: the 26 template classes share `rows` out; each holds 款 of up to nine 项. */
function tree(rows: number, next: () => number): Node[] {
  const classCodes = [...FUNCTION_CODES.byCode.values()].filter(
    (e) => e.level === "类" && EXPENSE_CLASSES.includes(e.name),
  );
  const classes = classCodes.slice(0, Math.max(1, Math.min(classCodes.length, Math.floor(rows / 10))));
  const leaf = (code: string, name: string): Node => {
    const amount = cents(next);
    const basic =
      next() % 3 === 0
        ? ZERO
        : amount
            .times(next() % 101)
            .dividedBy(100)
            .toDecimalPlaces(2);
    return { code, name, basic, project: amount.minus(basic), children: [] };
  };
  return classes.map((cls, i) => {
    let budget = Math.floor(rows / classes.length) + (i < rows % classes.length ? 1 : 0) - 1;
    const node: Node = { code: cls.code, name: cls.name, basic: ZERO, project: ZERO, children: [] };
    for (let k = 1; budget > 0 && k <= 99; k++) {
      const kuan = `${cls.code}${String(k).padStart(2, "0")}`;
      budget--;
      const items = Math.min(9, budget);
      budget -= items;
      const parent = leaf(kuan, `${cls.name}第${k}款`);
      for (let x = 1; x <= items; x++)
        parent.children.push(leaf(`${kuan}${String(x).padStart(2, "0")}`, `第${k}款第${x}项`));
      node.children.push(parent);
    }
    return roll(node);
  });
}

function flatten(nodes: Node[], out: Node[] = []): Node[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

/** The template's economic rows with `basic` spread over them, class rows and 合计 lines summed. */
function jbzc(basic: Money, next: () => number): Disclosure["jbzc"] {
  const panels = [JBZC_TEMPLATE.personnel, JBZC_TEMPLATE.goods, JBZC_TEMPLATE.capital];
  const leaves = panels.flat().filter(([code]) => code.length === 5);
  const weights = leaves.map(() => new Money(1 + (next() % 100)));
  const weightSum = sum(weights);
  const shares = new Map<string, Money>();
  let left = basic;
  leaves.forEach(([code], i) => {
    const share =
      i === leaves.length - 1 ? left : basic.times(weights[i]).dividedBy(weightSum).toDecimalPlaces(2);
    shares.set(code, share);
    left = left.minus(share);
  });
  const classTotal = (cls: string) => sum([...shares].filter(([c]) => c.startsWith(cls)).map(([, v]) => v));
  const rows = (panel: (typeof panels)[number]): EconomicRow[] =>
    panel.map(([code, name]) => ({
      code,
      name,
      amount: (code.length === 3 ? classTotal(code) : (shares.get(code) ?? ZERO)).toFixed(2),
    }));
  return {
    personnel: rows(JBZC_TEMPLATE.personnel),
    goods: rows(JBZC_TEMPLATE.goods),
    capital: rows(JBZC_TEMPLATE.capital),
    personnelTotal: classTotal("301").plus(classTotal("303")).toFixed(2),
    publicTotal: classTotal("302").plus(classTotal("310")).toFixed(2),
  };
}

const blank = (d: Money) => (d.isZero() ? null : d.toFixed(2));

export interface GeneratedDepartment {
  disclosure: Disclosure;
  /** The generated codes and names, to pass as the user's code list (they are not real codes). */
  codes: { function: CodeEntry[] };
}

export function generateDepartment(rows: number, seed = 20240101): GeneratedDepartment {
  const next = random(seed);
  const classes = tree(rows, next);
  const all = flatten(classes);
  const grand = sum(classes.map(total));
  const basic = sum(classes.map((c) => c.basic));
  const project = sum(classes.map((c) => c.project));
  const coded = (amounts: (n: Node) => (string | null)[]): CodedRow[] =>
    all.map((n) => ({ code: n.code, name: n.name, amounts: amounts(n) }));
  const byName = Object.fromEntries(classes.map((c) => [c.name, total(c).toFixed(2)]));
  const seedDisclosure = publishedDisclosure();
  const disclosure: Disclosure = {
    ...seedDisclosure,
    unit: "基准测试部门本级",
    szzb: szzbLines(byName, grand.toFixed(2)),
    czzb: czzbLines(byName, grand.toFixed(2)),
    sr: {
      total: [grand.toFixed(2), grand.toFixed(2), null, null, null, null, null],
      rows: coded((n) => [total(n).toFixed(2), total(n).toFixed(2), null, null, null, null, null]),
    },
    zc: {
      total: [grand.toFixed(2), blank(basic), blank(project), null, null, null],
      rows: coded((n) => [total(n).toFixed(2), blank(n.basic), blank(n.project), null, null, null]),
    },
    ybzc: {
      total: [grand.toFixed(2), blank(basic), blank(project)],
      rows: coded((n) => [total(n).toFixed(2), blank(n.basic), blank(n.project)]),
    },
    jbzc: jbzc(basic, next),
  };
  const codes: CodeEntry[] = all.map((n) => ({
    code: n.code,
    name: n.name,
    level: n.code.length === 3 ? "类" : n.code.length === 5 ? "款" : "项",
    status: "user",
  }));
  return { disclosure, codes: { function: codes } };
}

export async function generateWorkbook(d: Disclosure): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addDisclosureSheets(wb, d);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  const [rows = "2000", out = `bench-${rows}.xlsx`] = process.argv.slice(2);
  generateWorkbook(generateDepartment(Number(rows)).disclosure).then((bytes) => {
    writeFileSync(out, bytes);
    console.log(`wrote ${out} (${rows} code rows per table)`);
  });
}
