import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { Workbook } from "../../src/engine/model";
import { TableInstance, TableKey, TableRow } from "../../src/engine/tables/types";

/**
 * Builders of real .xlsx workbooks in the layouts of domain §1, with the seed report's figures
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

const CN = "一二三四五六七八九十";
function numeral(n: number): string {
  if (n <= 10) return CN[n - 1];
  if (n < 20) return "十" + CN[n - 11];
  return CN[Math.floor(n / 10) - 1] + "十" + (n % 10 ? CN[(n % 10) - 1] : "");
}

function preamble(title: string, n: number, width: number, opts: LayoutOptions): Block {
  const rows: Cell[][] = [[title], [], []];
  if (opts.marker !== false) rows[1][width - 1] = `公开${String(n).padStart(2, "0")}表`;
  rows[2][0] = "单位：武汉市硚口区行政审批局本级";
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

/** The seed's function-coded rows: code, name, [本年合计, 基本支出, 项目支出]. */
export const FUNCTION_ROWS: [string, string, string, string, string][] = [
  ["201", "一般公共服务支出", "2,507.57", "972.48", "1,535.09"],
  ["20103", "政府办公厅（室）及相关机构事务", "2,507.57", "972.48", "1,535.09"],
  ["2010301", "行政运行", "972.48", "972.48", ""],
  ["2010302", "一般行政管理事务", "1,535.09", "", "1,535.09"],
  ["208", "社会保障和就业支出", "105.46", "105.46", ""],
  ["20805", "行政事业单位养老支出", "105.46", "105.46", ""],
  ["2080501", "行政单位离退休", "1.65", "1.65", ""],
  ["2080505", "机关事业单位基本养老保险缴费支出", "103.81", "103.81", ""],
  ["210", "卫生健康支出", "137.96", "137.96", ""],
  ["21011", "行政事业单位医疗", "137.96", "137.96", ""],
  ["2101101", "行政单位医疗", "29.15", "29.15", ""],
  ["2101102", "事业单位医疗", "18.82", "18.82", ""],
  ["2101103", "公务员医疗补助", "84.02", "84.02", ""],
  ["2101199", "其他行政事业单位医疗支出", "5.97", "5.97", ""],
  ["221", "住房保障支出", "146.44", "146.44", ""],
  ["22102", "住房改革支出", "146.44", "146.44", ""],
  ["2210201", "住房公积金", "123.30", "123.30", ""],
  ["2210202", "提租补贴", "23.14", "23.14", ""],
];
export const TOTAL: [string, string, string] = ["2,897.43", "1,362.34", "1,535.09"];

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

/** Header of the function-coded tables: 项目 | columns; 功能分类科目编码 | 科目名称; 类 款 项 栏次 1..n. */
function codedHeader(columns: (string | [string, string[]])[]): Block {
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

function totalRow(amounts: string[], width: number): Block {
  const row: Cell[] = ["合计", null, null, null, ...amounts.map(a)];
  while (row.length < width) row.push(a(""));
  return { rows: [row], merges: [[0, 0, 0, 3]] };
}

function notes(...texts: string[]): Block {
  return { rows: [[], ...texts.map((t) => [t])], merges: [] };
}

export function tSR(opts: LayoutOptions = {}): Block {
  const cols = [
    "本年收入合计",
    "财政拨款收入",
    "上级补助收入",
    "事业收入",
    "经营收入",
    "附属单位上缴收入",
    "其他收入",
  ];
  const width = 4 + cols.length;
  return stack(
    preamble("2024 年度收入决算表", 2, width, opts),
    codedHeader(cols),
    totalRow([TOTAL[0], TOTAL[0], "", "", "", "", ""], width),
    {
      rows: FUNCTION_ROWS.map(([code, name, total]) => [
        ...codeCells(code, name, opts),
        a(total),
        a(total),
        ...Array.from({ length: 5 }, () => a("")),
      ]),
      merges: [],
    },
    notes("注：本表反映部门本年度取得的各项收入情况。"),
  );
}

export function tZC(opts: LayoutOptions = {}): Block {
  const cols = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
  const width = 4 + cols.length;
  return stack(
    preamble("2024 年度支出决算表", 3, width, opts),
    codedHeader(cols),
    totalRow([...TOTAL, "", "", ""], width),
    {
      rows: FUNCTION_ROWS.map(([code, name, t, b, p]) => [
        ...codeCells(code, name, opts),
        a(t),
        a(b),
        a(p),
        a(""),
        a(""),
        a(""),
      ]),
      merges: [],
    },
    notes("注：本表反映部门本年度各项支出情况。"),
  );
}

export function tYBZC(opts: LayoutOptions = {}): Block {
  const width = 7;
  return stack(
    preamble("2024 年度一般公共预算财政拨款支出决算表", 5, width, opts),
    codedHeader([["本年支出", ["小计", "基本支出", "项目支出"]]]),
    totalRow([...TOTAL], width),
    {
      rows: FUNCTION_ROWS.map(([code, name, t, b, p]) => [...codeCells(code, name, opts), a(t), a(b), a(p)]),
      merges: [],
    },
    notes("注：本表反映部门本年度一般公共预算财政拨款支出情况。"),
  );
}

export function tJJ(opts: LayoutOptions = {}): Block {
  const width = 10;
  return stack(
    preamble("2024 年度政府性基金预算财政拨款收入支出决算表", 7, width, opts),
    codedHeader([
      "年初结转和结余",
      "本年收入",
      ["本年支出", ["小计", "基本支出", "项目支出"]],
      "年末结转和结余",
    ]),
    totalRow([], width),
    notes(
      "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
      "本部门 2024 年度无政府性基金预算财政拨款收入支出。",
    ),
  );
}

export function tGZ(opts: LayoutOptions = {}): Block {
  const width = 7;
  return stack(
    preamble("2024 年度国有资本经营预算财政拨款支出决算表", 8, width, opts),
    codedHeader([["本年支出", ["合计", "基本支出", "项目支出"]]]),
    totalRow([], width),
    notes(
      "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
      "本部门 2024 年度无国有资本经营预算财政拨款支出。",
    ),
  );
}

/** 类 lines of the two 总表's 支出 panel, with the seed's (inconsistent) 137.97 and 146.43. */
export const CLASS_LINES: [string, string][] = [
  ["一般公共服务支出", "2,507.57"],
  ["外交支出", ""],
  ["国防支出", ""],
  ["公共安全支出", ""],
  ["教育支出", ""],
  ["科学技术支出", ""],
  ["文化旅游体育与传媒支出", ""],
  ["社会保障和就业支出", "105.46"],
  ["卫生健康支出", "137.97"],
  ["节能环保支出", ""],
  ["城乡社区支出", ""],
  ["农林水支出", ""],
  ["交通运输支出", ""],
  ["资源勘探工业信息等支出", ""],
  ["商业服务业等支出", ""],
  ["金融支出", ""],
  ["援助其他地区支出", ""],
  ["自然资源海洋气象等支出", ""],
  ["住房保障支出", "146.43"],
  ["粮油物资储备支出", ""],
  ["国有资本经营预算支出", ""],
  ["灾害防治及应急管理支出", ""],
  ["其他支出", ""],
  ["债务还本支出", ""],
  ["债务付息支出", ""],
  ["抗疫特别国债安排的支出", ""],
];

const num = (name: string, i: number, opts: LayoutOptions) =>
  opts.numbered === false ? name : `${numeral(i + 1)}、${name}`;

export function tSZZB(opts: LayoutOptions = {}): Block {
  const income: [string, string][] = [
    ["一般公共预算财政拨款收入", "2,897.43"],
    ["政府性基金预算财政拨款收入", ""],
    ["国有资本经营预算财政拨款收入", ""],
    ["上级补助收入", ""],
    ["事业收入", ""],
    ["经营收入", ""],
    ["附属单位上缴收入", ""],
    ["其他收入", ""],
  ];
  const rows: Cell[][] = CLASS_LINES.map(([name, amount], i) => [
    income[i] ? num(income[i][0], i, opts) : null,
    i + 1,
    a(income[i]?.[1] ?? ""),
    num(name, i, opts),
    i + 31,
    a(amount),
  ]);
  rows.push(
    ["本年收入合计", 27, a("2,897.43"), "本年支出合计", 57, a("2,897.43")],
    ["使用非财政拨款结余（含专用结余）", 28, a(""), "结余分配", 58, a("")],
    ["年初结转和结余", 29, a(""), "年末结转和结余", 59, a("")],
    ["总计", 30, a("2,897.43"), "总计", 60, a("2,897.43")],
  );
  return stack(
    preamble("2024 年度收入支出决算总表", 1, 6, opts),
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
    { rows, merges: [] },
    notes(
      "注：1. 本表反映部门本年度的总收入和年末结转结余情况。",
      "2. 本套报表金额单位转换时可能存在尾数误差。",
    ),
  );
}

export function tCZZB(opts: LayoutOptions = {}): Block {
  const income = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];
  const rows: Cell[][] = CLASS_LINES.map(([name, amount], i) => [
    income[i] ? num(income[i], i, opts) : null,
    i + 1,
    a(i === 0 ? "2,897.43" : ""),
    num(name, i, opts),
    i + 33,
    a(amount),
    a(amount),
    a(""),
    a(""),
  ]);
  rows.push(
    ["本年收入合计", 27, a("2,897.43"), "本年支出合计", 59, a("2,897.43"), a("2,897.43"), a(""), a("")],
    ["年初财政拨款结转和结余", 28, a(""), "年末财政拨款结转和结余", 60, a(""), a(""), a(""), a("")],
    ["一般公共预算财政拨款", 29, a(""), null, 61, a(""), a(""), a(""), a("")],
    ["政府性基金预算财政拨款", 30, a(""), null, 62, a(""), a(""), a(""), a("")],
    ["国有资本经营预算财政拨款", 31, a(""), null, 63, a(""), a(""), a(""), a("")],
    ["总计", 32, a("2,897.43"), "总计", 64, a("2,897.43"), a("2,897.43"), a(""), a("")],
  );
  return stack(
    preamble("2024 年度财政拨款收入支出决算总表", 4, 9, opts),
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
    { rows, merges: [] },
    notes(
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    ),
  );
}

/** The seed's 基本支出明细表: three panels (301/303 | 302 | 310) of code, name, 决算数. */
export const JBZC_PANELS: [string, string, string][][] = [
  [
    ["301", "工资福利支出", "1,260.52"],
    ["30101", "基本工资", "235.25"],
    ["30102", "津贴补贴", "120.37"],
    ["30103", "奖金", "462.55"],
    ["30106", "伙食补助费", ""],
    ["30107", "绩效工资", "65.57"],
    ["30108", "机关事业单位基本养老保险缴费", "103.56"],
    ["30109", "职业年金缴费", "0.25"],
    ["30110", "职工基本医疗保险缴费", "52.40"],
    ["30111", "公务员医疗补助缴费", "82.19"],
    ["30112", "其他社会保障缴费", "5.01"],
    ["30113", "住房公积金", "133.37"],
    ["30114", "医疗费", ""],
    ["30199", "其他工资福利支出", ""],
    ["303", "对个人和家庭的补助", "3.48"],
    ["30301", "离休费", ""],
    ["30302", "退休费", "1.65"],
    ["30303", "退职（役）费", ""],
    ["30304", "抚恤金", ""],
    ["30305", "生活补助", ""],
    ["30306", "救济费", ""],
    ["30307", "医疗费补助", "1.83"],
    ["30308", "助学金", ""],
    ["30309", "奖励金", ""],
    ["30310", "个人农业生产补贴", ""],
    ["30311", "代缴社会保险费", ""],
    ["30399", "其他对个人和家庭的补助", ""],
  ],
  [
    ["302", "商品和服务支出", "98.33"],
    ["30201", "办公费", "7.17"],
    ["30202", "印刷费", "0.02"],
    ["30203", "咨询费", ""],
    ["30204", "手续费", ""],
    ["30205", "水费", ""],
    ["30206", "电费", "4.59"],
    ["30207", "邮电费", "6.78"],
    ["30208", "取暖费", ""],
    ["30209", "物业管理费", ""],
    ["30211", "差旅费", "1.07"],
    ["30212", "因公出国（境）费用", ""],
    ["30213", "维修（护）费", "0.37"],
    ["30214", "租赁费", ""],
    ["30215", "会议费", ""],
    ["30216", "培训费", ""],
    ["30217", "公务接待费", ""],
    ["30218", "专用材料费", ""],
    ["30224", "被装购置费", ""],
    ["30225", "专用燃料费", ""],
    ["30226", "劳务费", "0.48"],
    ["30227", "委托业务费", "0.90"],
    ["30228", "工会经费", "4.31"],
    ["30229", "福利费", "37.60"],
    ["30231", "公务用车运行维护费", ""],
    ["30239", "其他交通费用", "24.78"],
    ["30240", "税金及附加费用", ""],
    ["30299", "其他商品和服务支出", "10.26"],
  ],
  [
    ["310", "资本性支出", ""],
    ["31002", "办公设备购置", ""],
    ["31003", "专用设备购置", ""],
    ["31007", "信息网络及软件购置更新", ""],
    ["31013", "公务用车购置", ""],
    ["31022", "无形资产购置", ""],
    ["31099", "其他资本性支出", ""],
  ],
];

export function tJBZC(opts: LayoutOptions = {}): Block {
  const height = Math.max(...JBZC_PANELS.map((p) => p.length));
  const rows: Cell[][] = [];
  for (let i = 0; i < height; i++) {
    rows.push(
      JBZC_PANELS.flatMap((p) => {
        const line = p[i];
        return line ? [line[0], line[1], a(line[2])] : [null, null, a("")];
      }),
    );
  }
  // As published: 人员经费合计 left empty; 公用经费合计 across two panels with its amount in the last column.
  rows.push(["人员经费合计", null, a(""), "公用经费合计", null, null, null, null, a("98.33")]);
  const last = rows.length - 1;
  const head = "经济分类科目编码";
  return stack(
    preamble("2024 年度一般公共预算财政拨款基本支出决算明细表", 6, 9, opts),
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
    preamble("2024 年度财政拨款“三公”经费支出决算表", 9, 12, opts),
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
    notes(
      "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。",
      "本部门 2024 年度无财政拨款三公经费支出。",
    ),
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
