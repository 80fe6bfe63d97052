import Decimal from "decimal.js";
import { AmountCell } from "../amount";
import { CodeList, parentOf } from "../codes";
import { sum } from "../decimal";
import { Lang } from "../findings";
import { CellRef, toA1 } from "../model";
import { describeCell } from "../rules/format";
import { findLine, indexTable, IndexedTable } from "../rules/table-index";
import { PerfTable } from "../selfeval";
import { schemaOf } from "../tables/schemas";
import { TableKey, TableInstance, TableRow } from "../tables/types";
import { ClassNames, normName, Role } from "./concepts";

/**
 * Where a narrative quantity stands in the tables. A quantity has one primary cell and, where the same
 * figure is shown elsewhere or can be derived, further sources: a figure that misses the primary but
 * equals another source is named as such (a 基本支出 that is 支出决算表's all-funds figure).
 */

/** The section of the 情况说明 a paragraph is in: which table its unqualified words refer to. */
export type Section = "SZ" | "SR" | "ZC" | "CZ" | "YB" | "JJ" | "GZ" | "SG" | "other";

export interface Source {
  /** A table key, or a 自评表's id (PERF:政务中心运行经费). */
  table: string;
  value: Decimal | null;
  decimals: number;
  cells: CellRef[];
  /** How a message names it: 一般公共预算财政拨款支出决算表 合计行“基本支出”. */
  label: string;
}

export interface Quantity {
  /** Stable id of the quantity (concept, table and role), for "the same quantity stated twice". */
  key: string;
  sources: Source[];
}

/** Column of a 类/款/项 row per function table. */
const ROW_COLUMN: Partial<Record<TableKey, string>> = {
  T_YBZC: "合计",
  T_ZC: "本年支出合计",
  T_SR: "本年收入合计",
  T_SZZB: "金额",
  T_CZZB: "合计",
  T_JJ: "本年支出合计",
  T_GZ: "本年支出合计",
};

/** Which table a section's 类 and unqualified 基本支出/项目支出 come from; else the two 支出 tables. */
const SECTION_TABLE: Partial<Record<Section, TableKey>> = {
  YB: "T_YBZC",
  ZC: "T_ZC",
  SR: "T_SR",
  SZ: "T_SZZB",
  CZ: "T_CZZB",
  JJ: "T_JJ",
  GZ: "T_GZ",
};

export class TableQuantities {
  readonly classNames: ClassNames;
  private readonly ix = new Map<TableKey, IndexedTable>();
  /** The 自评表 projects' names, as given and as compared (normName). */
  private readonly projectNames: [name: string, norm: string][];
  /**
   * Figures ask for the same few quantities: each is looked up once (null: not in the tables). By
   * concept first: a concept is the same string each time, so its key is not built anew.
   */
  private readonly resolved = new Map<string, Map<string, Quantity | null>>();

  constructor(
    tables: readonly TableInstance[],
    private readonly codes: CodeList,
    private readonly lang: Lang,
    /** The 项目支出绩效自评表s: 绩效 paragraphs give each project's 预算数 and 执行数. */
    private readonly projects: readonly PerfTable[] = [],
  ) {
    for (const t of tables) if (!this.ix.has(t.key)) this.ix.set(t.key, indexTable(t, codes));
    const pairs: [string, string][] = [];
    for (const ix of this.ix.values())
      for (const [row, code] of ix.codes)
        if (code.length === 3 && ix.schema.rows === "function") pairs.push([row.name, code]);
    pairs.push(...listIndex(codes).classes);
    this.classNames = new ClassNames(pairs);
    this.projectNames = projects.filter((t) => t.kind === "project").map((t) => [t.name, normName(t.name)]);
  }

  /** The report year as the tables' titles give it (the most frequent). */
  year(): number | undefined {
    const counts = new Map<number, number>();
    for (const ix of this.ix.values()) {
      const m = /(\d{4})\s*年/.exec(ix.table.title);
      if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
    return best;
  }

  /** The 自评表 project a label names ("政务中心运行经费项目绩效自评综述：项目"), the longest name. */
  projectIn(label: string): string | undefined {
    const text = normName(label);
    let best: string | undefined;
    for (const [name, norm] of this.projectNames)
      if (text.includes(norm) && name.length > (best?.length ?? 0)) best = name;
    return best;
  }

  private project(name: string, budget: boolean): Source | undefined {
    const t = this.projects.find((p) => p.kind === "project" && p.name === name);
    const n = budget ? t?.budget.budget : t?.budget.executed;
    if (!t || !n) return undefined;
    const col = budget ? "预算数" : "执行数";
    return {
      table: t.id,
      value: n.value,
      decimals: n.decimals,
      cells: [{ sheet: n.sheet, address: n.address }],
      label: this.lang === "zh" ? `${t.name}项目支出绩效自评表“${col}”` : `the 自评表 of ${t.name}, ${col}`,
    };
  }

  /** A 类's name as the tables give it. */
  className(code: string): string | undefined {
    for (const key of ["T_YBZC", "T_ZC", "T_SR"] as TableKey[]) {
      const row = this.ix.get(key)?.byCode.get(code);
      if (row) return row.name;
    }
    return undefined;
  }

  private cell(key: TableKey, row: TableRow | undefined, col: string, showColumn = true): Source | undefined {
    const c: AmountCell | undefined = row?.cells[col];
    if (!row || !c || c.invalid) return undefined;
    return {
      table: key,
      value: c.value,
      decimals: c.decimals,
      cells: [{ sheet: c.sheet, address: c.address }],
      label: describeCell(key, row, row.code, col, showColumn, this.lang),
    };
  }

  private line(key: TableKey, name: string, col: string, panel?: string): Source | undefined {
    const ix = this.ix.get(key);
    return ix && this.cell(key, findLine(ix, name, panel), col, ix.table.columns.length > 1);
  }

  private total(key: TableKey, col: string): Source | undefined {
    return this.line(key, "合计", col);
  }

  /** A row by code in a function table (class rows of the two 总表 are coded by name). */
  private coded(key: TableKey, code: string): Source | undefined {
    const ix = this.ix.get(key);
    const col = ROW_COLUMN[key];
    return ix && col ? this.cell(key, ix.byCode.get(code), col, ix.table.columns.length > 1) : undefined;
  }

  /** Σ of economic 类 rows of the 基本支出明细表 (301 + 303 = 人员经费). */
  private economicSum(classes: string[] | "all", zh: string, en: string): Source | undefined {
    const ix = this.ix.get("T_JBZC");
    if (!ix) return undefined;
    const cells: AmountCell[] = [];
    for (const [r, code] of ix.codes) {
      if (code.length !== 3 || (classes !== "all" && !classes.includes(code))) continue;
      const c = r.cells["决算数"];
      if (c && !c.invalid) cells.push(c);
    }
    if (!cells.length) return undefined;
    return {
      table: "T_JBZC",
      value: sum(cells.map((c) => c.value ?? new Decimal(0))),
      decimals: Math.max(...cells.map((c) => c.decimals)),
      cells: cells.map((c) => ({ sheet: c.sheet, address: c.address })),
      label: this.lang === "zh" ? zh : en,
    };
  }

  /** 三公 columns: the table's one data row; a table with no row and its 本部门无… note reads as blank. */
  private sg(col: string): Source | undefined {
    const ix = this.ix.get("T_SG");
    if (!ix) return undefined;
    const row = ix.table.rows.find((r) => Object.keys(r.cells).includes(col));
    if (row) return this.cell("T_SG", row, col);
    if (ix.table.rows.length || !ix.table.notes.some((n) => schemaOf("T_SG").emptyNote.test(n)))
      return undefined;
    const t = ix.table;
    return {
      table: "T_SG",
      value: null,
      decimals: 2,
      cells: [{ sheet: t.sheet, address: toA1(t.range.top, t.range.left) }],
      label:
        this.lang === "zh"
          ? `${schemaOf("T_SG").title}（本部门无此项支出）`
          : `${schemaOf("T_SG").title} (none)`,
    };
  }

  /**
   * The table sources of a concept in a role, primary first; undefined when the tables do not hold it
   * (年初预算, a 同比 change, 政府采购) or its table is missing.
   */
  resolve(concept: string, role: Role, section: Section): Quantity | undefined {
    let byRole = this.resolved.get(concept);
    if (!byRole) this.resolved.set(concept, (byRole = new Map()));
    const key = `${role.kind === "budget" ? role.budget : role.kind}|${section}`;
    let q = byRole.get(key);
    if (q === undefined) byRole.set(key, (q = this.resolveOnce(concept, role, section) ?? null));
    return q ?? undefined;
  }

  private resolveOnce(concept: string, role: Role, section: Section): Quantity | undefined {
    if (role.kind === "delta") return undefined;
    if (concept.startsWith("project:")) {
      const budget = role.kind === "budget";
      if (budget && !/全年|预算|调整/.test(role.budget)) return undefined;
      const src = this.project(concept.slice(8), budget);
      return src ? { key: `${concept}:${budget ? "预算" : "执行"}`, sources: [src] } : undefined;
    }
    if (role.kind === "budget") {
      const col = concept.startsWith("SG.") && /全年|预算/.test(role.budget) ? concept.slice(3) : undefined;
      const src = col && this.sg(`预算数.${col}`);
      return src ? { key: `${concept}:预算`, sources: [src] } : undefined;
    }
    // The primary cell must exist: a 类 the section's table lacks is not compared with another table.
    const [primary, ...others] = this.sources(concept, section);
    if (!primary) return undefined;
    return {
      key: `${concept}@${primary.table}`,
      sources: [primary, ...others.filter((s): s is Source => !!s)],
    };
  }

  private sources(concept: string, section: Section): (Source | undefined)[] {
    const sectionTable = SECTION_TABLE[section];
    // "SR.total" → SR, total; "class:210" → class, 210 (the first . or : splits).
    const cut = firstSeparator(concept);
    const head = cut < 0 ? concept : concept.slice(0, cut);
    const rest = cut < 0 ? "" : concept.slice(cut + 1);
    switch (head) {
      case "SZ":
        return [this.line("T_SZZB", "总计", "金额", "收入"), this.line("T_SZZB", "总计", "金额", "支出")];
      case "CZ":
        if (rest === "total")
          return [this.line("T_CZZB", "总计", "决算数", "收入"), this.line("T_CZZB", "总计", "合计", "支出")];
        if (rest === "income") return [this.line("T_CZZB", "本年收入合计", "决算数", "收入")];
        if (rest === "expense") return [this.line("T_CZZB", "本年支出合计", "合计", "支出")];
        return [
          this.line("T_CZZB", `${rest.slice(3)}财政拨款`, "决算数", "收入"),
          this.line("T_SZZB", `${rest.slice(3)}财政拨款收入`, "金额", "收入"),
        ];
      case "SR":
        if (rest === "total")
          return [this.total("T_SR", "本年收入合计"), this.line("T_SZZB", "本年收入合计", "金额", "收入")];
        return [this.total("T_SR", rest)];
      case "ZC":
        if (rest === "total")
          return [this.total("T_ZC", "本年支出合计"), this.line("T_SZZB", "本年支出合计", "金额", "支出")];
        return [this.total("T_ZC", rest)];
      case "YB":
        if (rest === "total")
          return [this.total("T_YBZC", "合计"), this.line("T_CZZB", "本年支出合计", "一般公共预算", "支出")];
        return this.spendingKind(rest === "basic" ? "基本支出" : "项目支出", "T_YBZC");
      case "basic":
      case "project":
        return this.spendingKind(head === "basic" ? "基本支出" : "项目支出", sectionTable);
      case "JB":
        return rest === "personnel"
          ? [
              this.line("T_JBZC", "人员经费合计", "决算数", "人员经费"),
              this.economicSum(
                ["301", "303"],
                "基本支出明细表 301 + 303 之和",
                "301 + 303 of the basic spending table",
              ),
            ]
          : [
              this.line("T_JBZC", "公用经费合计", "决算数", "公用经费"),
              this.economicSum(
                ["302", "310"],
                "基本支出明细表 302 + 310 之和",
                "302 + 310 of the basic spending table",
              ),
            ];
      case "JJ":
      case "GZ": {
        const key = head === "JJ" ? "T_JJ" : "T_GZ";
        const fund = head === "JJ" ? "政府性基金预算" : "国有资本经营预算";
        return [this.total(key, "本年支出合计"), this.line("T_CZZB", "本年支出合计", fund, "支出")];
      }
      case "SG":
        return [this.sg(`决算数.${rest}`)];
      case "class":
      case "row":
        return this.codedRow(rest, sectionTable);
      default:
        return [];
    }
  }

  /** 基本支出 / 项目支出: the section's table first (一般公共预算 or all funds), then the other. */
  private spendingKind(col: string, table: TableKey | undefined): (Source | undefined)[] {
    const yb = this.total("T_YBZC", col);
    const zc = this.total("T_ZC", col);
    const jb =
      col === "基本支出"
        ? this.economicSum("all", "基本支出明细表 各类之和", "sum of the basic spending table's classes")
        : undefined;
    if (table === "T_YBZC") return [yb, zc, jb];
    if (table === "T_ZC") return [zc, yb];
    return agree(zc, yb) ? [zc, yb] : [];
  }

  /** A 类/款/项 row: in the section's table; else in the 支出 tables when they agree. */
  private codedRow(code: string, table: TableKey | undefined): (Source | undefined)[] {
    const others = (["T_YBZC", "T_ZC", "T_SZZB", "T_CZZB"] as TableKey[]).filter((k) => k !== table);
    if (table && ROW_COLUMN[table])
      return [this.coded(table, code), ...others.map((k) => this.coded(k, code))];
    const yb = this.coded("T_YBZC", code);
    const zc = this.coded("T_ZC", code);
    return agree(yb, zc) ? [yb, zc] : [];
  }

  /**
   * A 类（类）款（款）项（项） path to its code: names looked up under their parent in the tables, then
   * in the code lists. Undefined when any level is not found.
   */
  codeOfPath(names: string[]): string | undefined {
    let code = this.classNames.match(names[0]);
    for (const name of names.slice(1)) {
      if (!code) return undefined;
      code = this.childNamed(code, name);
    }
    return code;
  }

  private childNamed(parent: string, name: string): string | undefined {
    const n = normName(name);
    for (const ix of this.ix.values()) {
      if (ix.schema.rows !== "function") continue;
      for (const row of ix.children.get(parent) ?? [])
        if (row.code && normName(row.name) === n) return row.code;
    }
    for (const e of this.codes.byCode.values())
      if (parentOf(e.code) === parent && normName(e.name) === n) return e.code;
    return undefined;
  }
}

/** What the narrative asks of a code list, built once per list: 类 names, children by name. */
interface ListIndex {
  classes: [string, string][];
  children: Map<string, Map<string, string>>;
}

const LIST_INDEX = new WeakMap<CodeList, ListIndex>();

function listIndex(codes: CodeList): ListIndex {
  let index = LIST_INDEX.get(codes);
  if (index) return index;
  index = { classes: [], children: new Map() };
  for (const e of codes.byCode.values()) {
    if (e.level === "类") index.classes.push([e.name, e.code]);
    const parent = parentOf(e.code);
    if (!parent) continue;
    const byName = index.children.get(parent) ?? new Map<string, string>();
    byName.set(normName(e.name), e.code);
    index.children.set(parent, byName);
  }
  LIST_INDEX.set(codes, index);
  return index;
}

function firstSeparator(concept: string): number {
  for (let i = 0; i < concept.length; i++) if (concept[i] === "." || concept[i] === ":") return i;
  return -1;
}

/** Two sources of an unqualified word agree when both say the same (or only one exists). */
function agree(a: Source | undefined, b: Source | undefined): boolean {
  if (!a || !b) return true;
  return (a.value ?? new Decimal(0)).eq(b.value ?? new Decimal(0));
}
