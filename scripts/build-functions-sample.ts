/**
 * Builds samples/functions.xlsx: the seed report's 支出决算表, the same table with split 类/款/项 columns,
 * its 绩效自评表 scores and a few conversions, every result computed by a JUESUAN formula. The cached
 * result of each formula is what the real implementation returns (src/functions/formula.ts), so Excel
 * shows the values before the add-in recalculates, and test/functions/sample.test.ts can check them.
 *
 * The file is written the way Excel saves it, so that it calculates when opened with the add-in loaded:
 * an add-in's function is stored as _xldudf_JUESUAN_NAME (Excel's prefix for JavaScript custom functions;
 * a bare JUESUAN.NAME in a file is not taken for the add-in's function), spilled results are dynamic
 * arrays (cell metadata cm="1" pointing at xl/metadata.xml's XLDAPR record, not legacy array formulas),
 * and the workbook asks for a full calculation on load. exceljs writes none of this: see dynamicArrays().
 *
 * Run: npx tsx scripts/build-functions-sample.ts
 */
import { writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { CellInput } from "../src/engine/calc/input";
import { CellRange, parseA1, parseRange, toA1 } from "../src/engine/model";
import { evaluateFormula, FormulaError } from "../src/functions/formula";

const OUT = path.join(__dirname, "..", "samples", "functions.xlsx");

const PERCENT = "0.00%";
const AMOUNT = "#,##0.00";

interface CellSpec {
  value?: CellInput;
  formula?: string;
  format?: string;
}

class SheetSpec {
  readonly cells = new Map<string, CellSpec>();
  readonly widths: number[] = [];
  constructor(readonly name: string) {}

  /** Writes a row of plain values from `address` rightwards. */
  row(address: string, values: CellInput[], format?: string): this {
    const start = parseA1(address);
    if (!start) throw new Error(address);
    values.forEach((value, i) => {
      if (value !== null && value !== "") this.cells.set(toA1(start.row, start.col + i), { value, format });
    });
    return this;
  }

  formula(address: string, formula: string, format?: string): this {
    this.cells.set(address, { formula, format });
    return this;
  }
}

// ---------------------------------------------------------------- 支出决算表 (seed lines 200–222)
const SEED_ROWS: [string, string, number][] = [
  ["201", "一般公共服务支出", 2507.57],
  ["20103", "政府办公厅（室）及相关机构事务", 2507.57],
  ["2010301", "行政运行", 972.48],
  ["2010302", "一般行政管理事务", 1535.09],
  ["208", "社会保障和就业支出", 105.46],
  ["20805", "行政事业单位养老支出", 105.46],
  ["2080501", "行政单位离退休", 1.65],
  ["2080505", "机关事业单位基本养老保险缴费支出", 103.81],
  ["210", "卫生健康支出", 137.96],
  ["21011", "行政事业单位医疗", 137.96],
  ["2101101", "行政单位医疗", 29.15],
  ["2101102", "事业单位医疗", 18.82],
  ["2101103", "公务员医疗补助", 84.02],
  ["2101199", "其他行政事业单位医疗支出", 5.97],
  ["221", "住房保障支出", 146.44],
  ["22102", "住房改革支出", 146.44],
  ["2210201", "住房公积金", 123.3],
  ["2210202", "提租补贴", 23.14],
];
const CLASSES = SEED_ROWS.filter(([code]) => code.length === 3);

function expenditureSheet(): SheetSpec {
  const s = new SheetSpec("支出决算表");
  s.widths.push(12, 34, 16, 14, 8, 12, 34);
  s.row("A1", ["2024年度支出决算表（JUESUAN 函数示例，数据取自示例报告）"]);
  s.row("A2", ["单位：万元"]);
  s.row("A4", ["科目编码", "科目名称", "本年支出合计", "上级−下级合计", "级次", "上级编码", "编码表名称"]);
  const first = 5;
  const last = first + SEED_ROWS.length; // the 合计 row comes first
  s.row(`A${first}`, ["", "合计", 2897.43], AMOUNT);
  SEED_ROWS.forEach(([code, name, amount], i) => {
    const r = first + 1 + i;
    s.row(`A${r}`, [code, name]);
    s.row(`C${r}`, [amount], AMOUNT);
    s.formula(`E${r}`, `JUESUAN.CODELEVEL(A${r})`);
    s.formula(`F${r}`, `JUESUAN.CODEPARENT(A${r})`);
    s.formula(`G${r}`, `JUESUAN.CODENAME(A${r})`);
  });
  const codes = `$A$${first}:$A$${last}`;
  const amounts = `$C$${first}:$C$${last}`;
  s.formula(`D${first}`, `JUESUAN.ROLLUPGAP(${codes},${amounts})`, AMOUNT);

  const top = last + 3;
  s.row(`A${top - 1}`, ["类", "名称", "末级汇总", "占比（合计 100%）", "", "占比（逐项四舍五入）"]);
  CLASSES.forEach(([code, name], i) => {
    const r = top + i;
    s.row(`A${r}`, [code, name]);
    s.formula(`C${r}`, `JUESUAN.ROLLUP(${codes},${amounts},A${r})`, AMOUNT);
    s.formula(`F${r}`, `JUESUAN.SHARE(C${r},$C$${top + CLASSES.length})`, PERCENT);
  });
  const total = top + CLASSES.length;
  s.row(`B${total}`, ["合计（全部末级行）"]);
  s.formula(`C${total}`, `JUESUAN.ROLLUP(${codes},${amounts},"")`, AMOUNT);
  s.formula(`D${top}`, `JUESUAN.SHARES(C${top}:C${total - 1})`, PERCENT);
  s.formula(`D${total}`, `SUM(D${top}:D${total - 1})`, PERCENT);
  s.formula(`F${total}`, `SUM(F${top}:F${total - 1})`, PERCENT);

  const rates = total + 3;
  s.row(`A${rates - 1}`, ["执行率", "项目", "年初预算", "决算", "", "完成率"]);
  s.row(`B${rates}`, ["行政运行（2010301）"]);
  s.row(`C${rates}`, [959.4, 972.48], AMOUNT);
  s.formula(`F${rates}`, `JUESUAN.EXECRATE(D${rates},C${rates})`, PERCENT);
  s.row(`B${rates + 1}`, ["一般公共预算财政拨款支出"]);
  s.row(`C${rates + 1}`, [3090.37, 2897.43], AMOUNT);
  s.formula(`F${rates + 1}`, `JUESUAN.EXECRATE(D${rates + 1},C${rates + 1},1)`, "0.0%");

  const yoy = rates + 4;
  s.row(`A${yoy - 1}`, ["同比", "项目", "本年", "上年", "", "增减额", "增减率", "增减"]);
  s.row(`B${yoy}`, ["支出合计"]);
  s.row(`C${yoy}`, [2897.43, 4657.81], AMOUNT);
  s.formula(`F${yoy}`, `JUESUAN.YOY(C${yoy},D${yoy},1)`);
  return s;
}

// ---------------------------------------------------------------- 分列编码 (类 / 款 / 项 columns)
function splitCodeSheet(): SheetSpec {
  const s = new SheetSpec("分列编码");
  s.widths.push(6, 6, 6, 34, 16, 4, 10, 16);
  s.row("A1", ["一般公共预算财政拨款支出决算表（类、款、项分列）"]);
  s.row("A2", ["单位：万元"]);
  s.row("A4", ["类", "款", "项", "科目名称", "合计", "", "汇总前缀", "末级汇总"]);
  SEED_ROWS.forEach(([code, name, amount], i) => {
    const r = 5 + i;
    s.row(`A${r}`, [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7), name]);
    s.row(`E${r}`, [amount], AMOUNT);
  });
  const last = 4 + SEED_ROWS.length;
  ["201", "20103", "2101101", "221", ""].forEach((prefix, i) => {
    const r = 5 + i;
    s.row(`G${r}`, [prefix === "" ? "（全部）" : prefix]);
    const arg = prefix === "" ? '""' : `G${r}`;
    s.formula(`H${r}`, `JUESUAN.ROLLUP($A$5:$C$${last},$E$5:$E$${last},${arg})`, AMOUNT);
  });
  return s;
}

// ---------------------------------------------------------------- 绩效自评 (seed lines 1188–1245, 1355–1385)
type Indicator = [
  name: string,
  weight: number,
  target: string,
  actual: string,
  level?: string,
  ratio?: number,
];

const OVERALL: Indicator[] = [
  ["权责清单公布数量", 2, "289项", "289项"],
  ["电子证照“免提交”数量", 2, "120类", "120类"],
  ["零跑动事项占政务服务事项数量的比例", 2, "90%", "93.2%"],
  ["全省通办事项数量", 2, "1000项", "1000项"],
  ["护士执业资格审批时间缩短比率", 2, "80%", "80%"],
  ["政务服务事项办事指南正确率", 2, "100%", "100%"],
  ["“视频帮办”服务提升办事效率", 2, "100%", "100%"],
  ["项目审批及时率", 2, "100%", "100%"],
  ["承诺件/即办件处理及时率", 2, "100%", "100%"],
  ["网络故障处理及时率", 2, "100%", "100%"],
  ["群众企业办事便捷提升度", 2, "提升", "群众企业办事便捷有效提升", "部分达成"],
  ["发生重大网络安全事件次数", 2, "0件", "0件"],
  ["解决居民“就近办、多点办、马上办”需求", 2, "可持续", "可持续", "达成"],
  ["企业群众满意度", 2, "≥96%", "96%"],
  ["日常政务服务工作完成率", 2, "100%", "100%"],
  ["编外人员到位率", 2, "100%", "100%"],
  ["企业群众办事“免证办”覆盖领域", 2, "多个", "落实高频电子证照“免提交”", "达成"],
  ["省级试点事项数量", 2, "2个", "2个"],
  ["“一件事”主题事项上线数量", 2, "94项", "94项"],
  ["经营主体住所(经营场所)登记准入率", 2, "100%", "100%"],
  ["踏勘流程进一步优化，一次踏勘提升效率", 2, "100%", "100%"],
  ["政务服务工作处理及时率", 2, "100%", "100%"],
  ["对企业需求响应及时率", 2, "100%", "100%"],
  ["提升政务服务效率", 2, "保障", "有保障", "部分达成"],
  ["提高审批、登记事项便捷度，持续改善营商环境", 2, "可持续", "可持续", "达成"],
  ["企业群众满意度", 2, "≥96%", "96%"],
  ["按需求提供免费刻章数量", 2, "根据实际需求刻章", "7790件以上", "达成"],
  ["商事主体免费邮寄份数", 2, "12000份", "13922份"],
  ["公共服务免费打印覆盖率", 2, "100%", "100%"],
  ["商事服务一体机下沉到街道工作完成率", 2, "100%", "100%"],
  ["“好差评”评价机投入使用比", 2, "100%", "100%"],
  ["印章刻制质量达标率", 2, "100%", "100%"],
  ["免费复印、免费邮寄工作完成率", 2, "100%", "100%"],
  ["免费复印、刻章、邮寄及时率", 2, "100%", "100%"],
  ["兑现自助机服务时限", 2, "24小时", "24小时"],
  ["刻章成本控制", 2, "100元/套", "100元/套"],
  ["为群众提供三免服务，方便群众业务办理", 2, "保障", "有保障", "部分达成"],
  ["降低企业开办成本", 2, "降低", "降低企业开办成本", "达成"],
  ["为企业创造了良好的营商环境", 2, "可持续", "可持续", "达成"],
  ["企业群众满意度", 2, "≥96%", "96%"],
];

/** 政务中心运行经费; 水电气 has two parts (水电 11 months, 燃气 12) scored together. */
const CENTRE: (Indicator | "燃气")[] = [
  ["政务大楼租金支付金额（已支付合同价的 75%）", 5, "100%", "75%"],
  ["政务大楼物业管理费支付金额", 5, "100%", "100%"],
  ["政务大楼水电气缴纳月数：水电费", 5, "12个月", "11个月"],
  "燃气",
  ["食堂每日配餐服务费支付金额", 5, "100%", "100%"],
  ["物业管理绩效考核达标率", 5, "100%", "100%"],
  ["食堂菜品质量卫生达标率", 5, "100%", "100%"],
  ["政务大楼租金支付及时率", 5, "100%", "75%"],
  ["食堂每日配餐及时率", 5, "100%", "100%"],
  ["政务大楼水电气费用缴纳及时率", 5, "100%", "100%"],
  ["保障政务服务工作正常开展", 5, "保障", "保障", "达成", 0.8],
  ["办公场所安全运营", 5, "安全运营", "安全运营", "达成", 0.8],
  ["办公环境改善程度", 5, "得到改善", "得到改善", "达成", 0.8],
  ["项目经费有保障", 10, "保障", "有保障", "达成"],
  ["群众投诉满意度", 10, "≥96%", "96%"],
];

function scoreTable(
  s: SheetSpec,
  top: number,
  title: string,
  budget: number,
  rows: (Indicator | "燃气")[],
): number {
  s.row(`A${top}`, [title]);
  s.row(`A${top + 1}`, [
    "指标",
    "分值",
    "年初目标值（A）",
    "实际完成值（B）",
    "完成档次",
    "得分比例",
    "得分",
  ]);
  s.row(`A${top + 2}`, ["预算执行（得分 = 20 × 执行率）", 20, budget, budget]);
  s.formula(`G${top + 2}`, `JUESUAN.BUDGETSCORE(D${top + 2},C${top + 2},B${top + 2})`);
  let r = top + 3;
  for (const row of rows) {
    if (row === "燃气") {
      s.row(`A${r}`, ["政务大楼水电气缴纳月数：燃气费（与上一行合计计分）", "", "12个月", "12个月"]);
      r++;
      continue;
    }
    const [name, weight, target, actual, level, ratio] = row;
    s.row(`A${r}`, [name, weight, target, actual, level ?? "", ratio ?? ""]);
    if (level) {
      s.formula(`G${r}`, `JUESUAN.QSCORE(B${r},E${r}${ratio === undefined ? "" : `,F${r}`})`);
    } else if (name.endsWith("水电费")) {
      s.formula(`G${r}`, `JUESUAN.SCORE(B${r},C${r}:C${r + 1},D${r}:D${r + 1})`);
    } else {
      s.formula(`G${r}`, `JUESUAN.SCORE(B${r},C${r},D${r})`);
    }
    r++;
  }
  s.row(`A${r}`, ["总分"]);
  s.formula(`G${r}`, `SUM(G${top + 2}:G${r - 1})`);
  s.row(`A${r + 1}`, ["评价等级"]);
  s.formula(`G${r + 1}`, `JUESUAN.GRADE(G${r})`);
  return r + 3;
}

function scoringSheet(): SheetSpec {
  const s = new SheetSpec("绩效自评");
  s.widths.push(44, 8, 18, 26, 10, 10, 10);
  const next = scoreTable(s, 1, "2024年度部门整体绩效自评表（分值与得分取自示例报告）", 2897.43, OVERALL);
  scoreTable(s, next, "政务中心运行经费项目支出绩效自评表", 740.77, CENTRE);
  return s;
}

// ---------------------------------------------------------------- 换算 and error examples
function conversionSheet(): SheetSpec {
  const s = new SheetSpec("换算与错误");
  s.widths.push(44, 16, 16);
  s.row("A1", ["用法", "输入", "结果"]);
  const rows: [string, CellInput, string, string?][] = [
    ["元 → 万元（28,974,321.50 元）", 28974321.5, "JUESUAN.WAN(B2)", AMOUNT],
    ["精确四舍五入 1.005 → 1.01", 1.005, "JUESUAN.ROUNDHALFUP(B3,2)"],
    ["精确四舍五入 2.675 → 2.68", 2.675, "JUESUAN.ROUNDHALFUP(B4,2)"],
    ["四舍五入到百位", 1250, "JUESUAN.ROUNDHALFUP(B5,-2)"],
    ["预算数为 0：#DIV/0!", 0, "JUESUAN.EXECRATE(100,B6)"],
    ["目标值不是数值：#VALUE!", "按合同约定支付", 'JUESUAN.SCORE(5,B7,"75%")'],
    ["编码不在编码表中：#N/A", "2999999", "JUESUAN.CODENAME(B8)"],
    ["比例不在档次内：#NUM!", 0.9, 'JUESUAN.QSCORE(2,"部分达成",B9)'],
    ["单位不一致：#VALUE!", "2小时", 'JUESUAN.SCORE(10,"≤120分钟",B10)'],
  ];
  rows.forEach(([label, input, formula, format], i) => {
    s.row(`A${i + 2}`, [label, input]);
    s.formula(`C${i + 2}`, formula, format);
  });
  return s;
}

// ---------------------------------------------------------------- evaluation and writing

function isError(v: unknown): v is FormulaError {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}

type Shown = CellInput | FormulaError;

interface Evaluated {
  /** What every cell shows, by sheet and address. */
  values: Map<string, Map<string, Shown>>;
  /** Range each spilled formula covers ("D5:D23"), by sheet and the formula's address. */
  spills: Map<string, Map<string, string>>;
}

/**
 * Computes every formula. A formula may read another's result (SUM of scores, SHARE of a ROLLUP total),
 * so the sheets are evaluated in passes until no value changes; the formulas here are acyclic.
 */
function evaluateAll(sheets: SheetSpec[]): Evaluated {
  const values = new Map(sheets.map((s) => [s.name, new Map<string, Shown>()]));
  const spills = new Map(sheets.map((s) => [s.name, new Map<string, string>()]));
  for (const s of sheets) {
    const own = values.get(s.name) as Map<string, Shown>;
    for (const [address, cell] of s.cells)
      if (cell.formula === undefined) own.set(address, cell.value ?? null);
  }
  const read = (sheetName: string) => (sheet: string | undefined, range: CellRange) => {
    const grid = values.get(sheet ?? sheetName);
    const out: CellInput[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: CellInput[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const v = grid?.get(toA1(r, c)) ?? null;
        row.push(isError(v) ? null : v);
      }
      out.push(row);
    }
    return out;
  };
  for (let pass = 0, changed = true; changed; pass++) {
    if (pass > 10) throw new Error("formulas do not settle");
    changed = false;
    for (const s of sheets) {
      const own = values.get(s.name) as Map<string, Shown>;
      for (const [address, cell] of s.cells) {
        if (cell.formula === undefined) continue;
        const result = evaluateFormula(cell.formula, read(s.name));
        const at = parseA1(address);
        if (!at) throw new Error(address);
        const rows: Shown[][] = Array.isArray(result) ? result : [[result]];
        rows.forEach((row, i) =>
          row.forEach((v, j) => {
            const a = toA1(at.row + i, at.col + j);
            if (JSON.stringify(own.get(a)) !== JSON.stringify(v)) changed = true;
            own.set(a, v);
          }),
        );
        if (Array.isArray(result)) {
          const end = toA1(at.row + result.length - 1, at.col + result[0].length - 1);
          spills.get(s.name)?.set(address, `${address}:${end}`);
        }
      }
    }
  }
  return { values, spills };
}

/** A formula as Excel stores it in the file: JUESUAN.ROLLUP( → _xldudf_JUESUAN_ROLLUP(. */
export function storedFormula(formula: string): string {
  return formula.replace(/\bJUESUAN\.(\w+)\(/g, "_xldudf_JUESUAN_$1(");
}

const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ' +
  'pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ' +
  'coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/**
 * Turns exceljs's array formulas into dynamic arrays, as Excel 365 saves a spilled formula: the anchor
 * cell gets cm="1" (the first cell-metadata record, XLDAPR fDynamic="1"), and the package gets
 * xl/metadata.xml with its relationship and content type. The calculation is also asked for on load.
 */
function dynamicArrays(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const text = (name: string) => strFromU8(files[name]);
  const put = (name: string, xml: string) => (files[name] = strToU8(xml));
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    put(name, text(name).replace(/<c (r="[A-Z]+\d+")([^>]*)><f t="array"/g, '<c $1$2 cm="1"><f t="array"'));
  }
  put("xl/metadata.xml", METADATA_XML);
  const rels = text("xl/_rels/workbook.xml.rels");
  const relId = `rId${(rels.match(/Id="rId\d+"/g)?.length ?? 0) + 100}`;
  put(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>`,
    ),
  );
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
    ),
  );
  const workbook = text("xl/workbook.xml");
  if (!/<calcPr [^>]*\/>/.test(workbook)) throw new Error("workbook.xml has no calcPr");
  put("xl/workbook.xml", workbook.replace(/<calcPr ([^>]*?)\/>/, '<calcPr $1 fullCalcOnLoad="1"/>'));
  // A fixed date in every entry: the same sample on every run.
  const when = new Date(Date.UTC(2025, 0, 1));
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: when }]])),
  );
}

/** exceljs writes t="array" formulas but its typings omit them. */
function arrayFormula(formula: string, result: ExcelJS.CellValue, ref: string): ExcelJS.CellFormulaValue {
  const value = { formula, result: result ?? undefined, shareType: "array", ref };
  return value as ExcelJS.CellFormulaValue;
}

function cached(v: Shown): ExcelJS.CellValue {
  if (isError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v === undefined || v === "" ? null : v;
}

async function main(): Promise<void> {
  const sheets = [expenditureSheet(), splitCodeSheet(), scoringSheet(), conversionSheet()];
  const { values, spills } = evaluateAll(sheets);
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算助手";
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const shown = values.get(s.name) as Map<string, Shown>;
    for (const [address, cell] of s.cells) {
      if (cell.formula === undefined) {
        ws.getCell(address).value = cell.value ?? null;
      }
    }
    for (const [address, cell] of s.cells) {
      if (cell.formula === undefined) continue;
      const c = ws.getCell(address);
      const first = cached(shown.get(address) ?? null);
      // A spilled result: an array formula over its range, made dynamic by dynamicArrays().
      const spill = spills.get(s.name)?.get(address);
      const formula = storedFormula(cell.formula);
      c.value = spill
        ? arrayFormula(formula, first, spill)
        : ({ formula, result: first ?? undefined } as ExcelJS.CellFormulaValue);
      if (cell.format) c.numFmt = cell.format;
      if (spill) {
        const range = parseRange(spill);
        if (!range) throw new Error(spill);
        for (let r = range.top; r <= range.bottom; r++) {
          for (let col = range.left; col <= range.right; col++) {
            const a = toA1(r, col);
            if (a === address) continue;
            ws.getCell(a).value = cached(shown.get(a) ?? null);
            if (cell.format) ws.getCell(a).numFmt = cell.format;
          }
        }
      }
    }
  }
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(OUT, dynamicArrays(written));
  console.log(`wrote ${OUT}`);
}

if (require.main === module) void main();
