import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { printed, publishedDisclosure } from "../../scripts/samples/disclosure-seed";
import { CodedTable, Disclosure } from "../../scripts/samples/disclosure-types";
import { Workbook } from "../../src/engine/model";
import { TableInstance, TableKey, TableRow } from "../../src/engine/tables/types";
import { columnIds } from "../rules/seed-tables";

/**
 * Builders of real .xlsx workbooks in the layouts of domain §1 (other wording and spacing than the samples
 * in scripts/samples), with the seed report's figures as published, taken from the sample data
 * (武汉市硚口区行政审批局 2024 年度部门决算, 万元). A table is a Block: rows of cells plus merged areas,
 * positioned anywhere on any sheet.
 */

/** An amount as published ("2,897.43"); "" for a blank. Written as a number or as text per the options. */
export interface Amount {
  amount: string;
}
export type Cell = string | number | null | Amount;
export const a = (amount: string): Amount => ({ amount });
const isAmount = (c: Cell): c is Amount => typeof c === "object" && c !== null && "amount" in c;

export interface Block {
  rows: Cell[][];
  /** [top, left, bottom, right], 0-based, relative to the block. */
  merges: [number, number, number, number][];
}

export interface WriteOptions {
  /** "number": numbers with numFmt "#,##0.00" (default); "text": the published text; "yuan": ×10000 as numbers. */
  amounts?: "number" | "text" | "yuan";
  /** Written for a blank amount: nothing (default), "-" or "—". */
  blank?: "" | "-" | "—";
}

/** Writes a block at a 1-based row and column; returns the next free row. */
export function put(
  ws: ExcelJS.Worksheet,
  block: Block,
  row: number,
  col = 1,
  opts: WriteOptions = {},
): number {
  block.rows.forEach((cells, i) => {
    cells.forEach((c, j) => {
      const cell = ws.getCell(row + i, col + j);
      if (c === null || c === "") return;
      if (!isAmount(c)) {
        cell.value = c;
        return;
      }
      if (c.amount === "") {
        if (opts.blank) cell.value = opts.blank;
        return;
      }
      const n = Number(c.amount.replace(/,/g, ""));
      if (opts.amounts === "text") cell.value = c.amount;
      else {
        cell.value = opts.amounts === "yuan" ? Math.round(n * 1000000) / 100 : n;
        cell.numFmt = "#,##0.00";
      }
    });
  });
  for (const [t, l, b, r] of block.merges) ws.mergeCells(row + t, col + l, row + b, col + r);
  return row + block.rows.length;
}

export async function load(book: ExcelJS.Workbook): Promise<Workbook> {
  return readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), "test.xlsx");
}

export interface LayoutOptions {
  marker?: boolean;
  unit?: "万元" | "元";
  /**
   * Function codes in one column (default); split into 类 / 款 / 项 columns ("201" "03" "01"); or split with
   * only each row's own level filled ("" "03" "" under 类 201).
   */
  codes?: "single" | "split" | "sparse";
  /** Names numbered "一、…" in the two 总表 (default true, as published). */
  numbered?: boolean;
}

/** The seed report as published (scripts/samples/disclosure-seed.ts): the figures every builder writes. */
export const SEED = publishedDisclosure();

/** A seed amount as the PDF prints it ("2,897.43"; blank ""). */
const seedCell = (amount: string | null): Amount => a(printed(amount));

/** The first `n` amounts of a seed table's 合计 row or code row, as printed. */
export function seedAmounts(data: CodedTable, code: string, n: number): Amount[] {
  const amounts = code === "合计" ? data.total : data.rows.find((r) => r.code === code)?.amounts;
  if (!amounts) throw new Error(`no row ${code} in the seed`);
  return amounts.slice(0, n).map(seedCell);
}

/** A 基本支出明细表 row of the seed: code, name, 决算数. */
export function seedEconomic(code: string): Cell[] {
  const { personnel, goods, capital } = SEED.jbzc;
  const line = [...personnel, ...goods, ...capital].find((r) => r.code === code);
  if (!line) throw new Error(`no row ${code} in the seed`);
  return [line.code, line.name, seedCell(line.amount)];
}

/** A title as the PDF text gives it: "2024 年度收入决算表". */
const title = (name: string) => `${SEED.year} 年度${name}`;

function preamble(name: string, n: number, width: number, opts: LayoutOptions): Block {
  const rows: Cell[][] = [[title(name)], [], []];
  if (opts.marker !== false) rows[1][width - 1] = `公开${String(n).padStart(2, "0")}表`;
  rows[2][0] = `单位：${SEED.unit}`;
  rows[2][width - 1] = `单位：${opts.unit ?? "万元"}`;
  return { rows, merges: [[0, 0, 0, width - 1]] };
}

function stack(...blocks: Block[]): Block {
  const out: Block = { rows: [], merges: [] };
  for (const b of blocks) {
    const off = out.rows.length;
    out.rows.push(...b.rows);
    out.merges.push(
      ...b.merges.map(([t, l, bo, r]) => [t + off, l, bo + off, r] as [number, number, number, number]),
    );
  }
  return out;
}

function notes(...texts: (string | undefined)[]): Block {
  return { rows: [[], ...texts.filter((t) => t !== undefined).map((t) => [t])], merges: [] };
}

/** Code cells for the label columns A..C (类/款/项) and the name in D. */
function codeCells(code: string, name: string, opts: LayoutOptions): Cell[] {
  if (opts.codes === "split")
    return [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null, name];
  if (opts.codes === "sparse") {
    const level = code.length === 3 ? 0 : code.length === 5 ? 1 : 2;
    const cells: Cell[] = [null, null, null, name];
    cells[level] = level === 0 ? code : code.slice(-2);
    return cells;
  }
  return [code, null, null, name];
}

/** A header column: a leaf, or a group over its sub-columns. */
type Column = string | [string, string[]];

/** Header of the function-coded tables: 项目 | columns; 功能分类科目编码 | 科目名称; 类 款 项 栏次 1..n. */
function codedHeader(columns: Column[]): Block {
  const flat = columns.flatMap((c) => (typeof c === "string" ? [c] : c[1]));
  const width = 4 + flat.length;
  const r0: Cell[] = ["项目", null, null, null];
  const r1: Cell[] = ["功能分类科目编码", null, null, "科目名称"];
  const r2: Cell[] = ["类", "款", "项", "栏次", ...flat.map((_, i) => i + 1)];
  const merges: Block["merges"] = [
    [0, 0, 0, 3],
    [1, 0, 1, 2],
  ];
  let col = 4;
  for (const c of columns) {
    if (typeof c === "string") {
      r0[col] = c;
      merges.push([0, col, 1, col]);
      col++;
    } else {
      r0[col] = c[0];
      merges.push([0, col, 0, col + c[1].length - 1]);
      c[1].forEach((sub, i) => (r1[col + i] = sub));
      col += c[1].length;
    }
  }
  r0.length = width;
  return { rows: [r0, r1, r2], merges };
}

/** A function-coded table: preamble, header, 合计 row, the code rows, the 注 line and any 本部门…无… note. */
function codedTable(
  name: string,
  n: number,
  columns: Column[],
  data: CodedTable,
  note: string,
  opts: LayoutOptions,
): Block {
  const header = codedHeader(columns);
  const width = header.rows[2].length;
  return stack(
    preamble(name, n, width, opts),
    header,
    { rows: [["合计", null, null, null, ...data.total.map(seedCell)]], merges: [[0, 0, 0, 3]] },
    {
      rows: data.rows.map((r) => [...codeCells(r.code, r.name, opts), ...r.amounts.map(seedCell)]),
      merges: [],
    },
    notes(note, data.emptyNote),
  );
}

// The published headers of 收入决算表 and 支出决算表 are the schema's column ids.
const SPENT: Column = ["本年支出", ["小计", "基本支出", "项目支出"]];

export const tSR = (opts: LayoutOptions = {}): Block =>
  codedTable("收入决算表", 2, columnIds("T_SR"), SEED.sr, "注：本表反映部门本年度取得的各项收入情况。", opts);

export const tZC = (opts: LayoutOptions = {}): Block =>
  codedTable("支出决算表", 3, columnIds("T_ZC"), SEED.zc, "注：本表反映部门本年度各项支出情况。", opts);

export const tYBZC = (opts: LayoutOptions = {}): Block =>
  codedTable(
    "一般公共预算财政拨款支出决算表",
    5,
    [SPENT],
    SEED.ybzc,
    "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
    opts,
  );

export const tJJ = (opts: LayoutOptions = {}): Block =>
  codedTable(
    "政府性基金预算财政拨款收入支出决算表",
    7,
    ["年初结转和结余", "本年收入", SPENT, "年末结转和结余"],
    SEED.jj,
    "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
    opts,
  );

export const tGZ = (opts: LayoutOptions = {}): Block =>
  codedTable(
    "国有资本经营预算财政拨款支出决算表",
    8,
    [["本年支出", ["合计", "基本支出", "项目支出"]]],
    SEED.gz,
    "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
    opts,
  );

const NUMBERING = /^[一二三四五六七八九十]+、/;

/** A 总表's lines: 收入 name, 行次, amount | 支出 name, 行次, amounts; numbering kept unless opts say not. */
function panelLines(lines: Disclosure["szzb"], opts: LayoutOptions): Block {
  const name = (n: string) => (!n ? null : opts.numbered === false ? n.replace(NUMBERING, "") : n);
  const rows = lines.map(({ income, expense }): Cell[] => [
    name(income.name),
    income.line,
    ...income.amounts.map(seedCell),
    name(expense.name),
    expense.line,
    ...expense.amounts.map(seedCell),
  ]);
  return { rows, merges: [] };
}

/** A 总表: preamble, its header rows, the 收入 | 支出 lines and its 注 lines. */
function panelTable(
  name: string,
  n: number,
  header: Block,
  lines: Disclosure["szzb"],
  note: string[],
  opts: LayoutOptions,
): Block {
  const width = header.rows[0].length;
  return stack(preamble(name, n, width, opts), header, panelLines(lines, opts), notes(...note));
}

export const tSZZB = (opts: LayoutOptions = {}): Block =>
  panelTable(
    "收入支出决算总表",
    1,
    {
      rows: [
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
      ],
      merges: [
        [0, 0, 0, 2],
        [0, 3, 0, 5],
      ],
    },
    SEED.szzb,
    ["注：1. 本表反映部门本年度的总收入和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"],
    opts,
  );

export const tCZZB = (opts: LayoutOptions = {}): Block =>
  panelTable(
    "财政拨款收入支出决算总表",
    4,
    {
      rows: [
        ["收 入", null, null, "支 出", null, null, null, null, null],
        ["项目", "行 次", "决算数", "项目", "行 次", "决算数", null, null, null],
        [
          null,
          null,
          null,
          null,
          null,
          "小计",
          "一般公共预算 财政拨款",
          "政府性基金预算财政拨款",
          "国有资本经营预算财政拨款",
        ],
        ["栏次", null, 1, "栏次", null, 2, 3, 4, 5],
      ],
      merges: [
        [0, 0, 0, 2],
        [0, 3, 0, 8],
        [1, 0, 2, 0],
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 2, 3],
        [1, 4, 2, 4],
        [1, 5, 1, 8],
      ],
    },
    SEED.czzb,
    [
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    ],
    opts,
  );

/** The seed's 基本支出明细表: three panels (301/303 | 302 | 310) of code, name, 决算数, side by side. */
export function tJBZC(opts: LayoutOptions = {}): Block {
  const { personnel, goods, capital, personnelTotal, publicTotal } = SEED.jbzc;
  const panels = [personnel, goods, capital];
  const height = Math.max(...panels.map((p) => p.length));
  const rows: Cell[][] = [];
  for (let i = 0; i < height; i++) {
    rows.push(
      panels.flatMap((p): Cell[] => {
        const line = p[i];
        return line ? [line.code, line.name, seedCell(line.amount)] : [null, null, a("")];
      }),
    );
  }
  // As published: 人员经费合计 left empty; 公用经费合计 across two panels with its amount in the last column.
  rows.push([
    "人员经费合计",
    null,
    seedCell(personnelTotal),
    "公用经费合计",
    null,
    null,
    null,
    null,
    seedCell(publicTotal),
  ]);
  const last = rows.length - 1;
  const head = "经济分类科目编码";
  return stack(
    preamble("一般公共预算财政拨款基本支出决算明细表", 6, 9, opts),
    {
      rows: [
        ["人员经费", null, null, "公用经费", null, null, null, null, null],
        [head, "科目名称", "决算数", head, "科目名称", "决算数", head, "科目名称", "决算数"],
      ],
      merges: [
        [0, 0, 0, 2],
        [0, 3, 0, 8],
      ],
    },
    {
      rows,
      merges: [
        [last, 0, last, 1],
        [last, 3, last, 7],
      ],
    },
    notes("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"),
  );
}

/** 三公 header: 预算数 | 决算数, each 合计, 因公出国(境)费, 公务用车 (小计, 购置费, 运行维护费), 公务接待费. */
export function tSG(opts: LayoutOptions & { data?: [string[], string[]]; numbers?: boolean } = {}): Block {
  const half = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费"];
  const sub = [null, null, "小计", "公务用车购置费", "公务用车运行维护费", null];
  const merges: Block["merges"] = [
    [0, 0, 0, 5],
    [0, 6, 0, 11],
  ];
  for (const off of [0, 6]) {
    merges.push(
      [1, off, 2, off],
      [1, off + 1, 2, off + 1],
      [1, off + 2, 1, off + 4],
      [1, off + 5, 2, off + 5],
    );
  }
  const data: Block = opts.data
    ? { rows: [[...opts.data[0].map(a), ...opts.data[1].map(a)]], merges: [] }
    : { rows: [], merges: [] };
  return stack(
    preamble("财政拨款“三公”经费支出决算表", 9, 12, opts),
    {
      rows: [
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        [...half, ...half],
        [...sub, ...sub],
        ...(opts.numbers === false ? [] : [Array.from({ length: 12 }, (_, i) => i + 1)]),
      ],
      merges,
    },
    data,
    notes("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。", SEED.sg.emptyNote),
  );
}

export const SEED_BUILDERS: [TableKey, (o?: LayoutOptions) => Block][] = [
  ["T_SZZB", tSZZB],
  ["T_SR", tSR],
  ["T_ZC", tZC],
  ["T_CZZB", tCZZB],
  ["T_YBZC", tYBZC],
  ["T_JBZC", tJBZC],
  ["T_JJ", tJJ],
  ["T_GZ", tGZ],
  ["T_SG", tSG],
];

/** The seed's nine tables, one per sheet (sheet names arbitrary) or stacked on one sheet. */
export function seedBook(
  layout: "sheets" | "stacked",
  opts: LayoutOptions = {},
  write: WriteOptions = {},
  at = { row: 1, col: 1 },
): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  if (layout === "sheets") {
    SEED_BUILDERS.forEach(([, build], i) =>
      put(book.addWorksheet(`Sheet${i + 1}`), build(opts), at.row, at.col, write),
    );
  } else {
    const ws = book.addWorksheet("决算公开表");
    let row = at.row;
    for (const [, build] of SEED_BUILDERS) row = put(ws, build(opts), row, at.col, write) + 2;
  }
  return book;
}

export function table(tables: TableInstance[], key: TableKey): TableInstance {
  const t = tables.find((x) => x.key === key);
  if (!t) throw new Error(`${key} not recognised`);
  return t;
}

export function row(t: TableInstance, name: string, panel?: string): TableRow {
  const r = t.rows.find((x) => (x.name === name || x.code === name) && (!panel || x.panel === panel));
  if (!r) throw new Error(`${t.key}: no row ${name}${panel ? ` in ${panel}` : ""}`);
  return r;
}

/** "amount@address" of a cell, or "blank@address": one string says both the value and where it is. */
export function cell(r: TableRow, id: string): string {
  const c = r.cells[id];
  if (!c) return `missing ${id}`;
  return `${c.value === null ? "blank" : c.value.toFixed(2)}@${c.address}`;
}

/** A copy of a block with the first cell reading `from` changed to `to`. */
export function edit(block: Block, from: string, to: string): Block {
  let done = false;
  const rows = block.rows.map((r) =>
    r.map((c) => {
      if (done || c !== from) return c;
      done = true;
      return to;
    }),
  );
  if (!done) throw new Error(`no cell ${from}`);
  return { rows, merges: block.merges };
}

/** A copy of a block with `row` inserted below the first row holding the text `after`. */
export function insertAfter(block: Block, after: string, row: Cell[]): Block {
  const at = block.rows.findIndex((r) => r.includes(after)) + 1;
  if (at === 0) throw new Error(`no row ${after}`);
  return {
    rows: [...block.rows.slice(0, at), row, ...block.rows.slice(at)],
    merges: block.merges.map(([t, l, b, r]) => (t >= at ? [t + 1, l, b + 1, r] : [t, l, b, r])),
  };
}
