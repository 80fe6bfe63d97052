import ExcelJS from "exceljs";
import { numberText } from "../../engine/amount";
import { formatAmount, Money } from "../../engine/decimal";
import { CellRange, RawValue, Sheet, Workbook } from "../../engine/model";
import { dateText } from "./dateText";
import { DEFAULT_LIMITS, inspectZip, verifyEntries, WorkbookReadError, ZipLimits } from "./zip";

/**
 * Reads an .xlsx file into the engine's workbook model, in Node and in the browser. The file's bytes
 * are only read: nothing is ever written back.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  name?: string,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const entries = inspectZip(bytes, limits);
  if (!entries.some((e) => e.name === "xl/workbook.xml")) {
    throw new WorkbookReadError(
      "不是工作簿（zip 文件中没有 xl/workbook.xml，不是 .xlsx 文件）",
      "not-workbook",
    );
  }
  await verifyEntries(bytes, entries, limits);
  const book = new ExcelJS.Workbook();
  try {
    // exceljs takes a Buffer in Node and an ArrayBuffer in the browser; a fresh copy keeps the caller's bytes intact.
    await book.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`工作簿已损坏，无法读取（${(e as Error).message}）`, "corrupt");
  }
  return { name, sheets: book.worksheets.map((ws) => toSheet(ws, limits)) };
}

type Merges = Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;

function toSheet(ws: ExcelJS.Worksheet, limits: ZipLimits): Sheet {
  const values: RawValue[][] = [];
  const texts: string[][] = [];
  const uncalculated: string[] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vr: RawValue[] = [];
    const tr: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs repeats a merged area's value in every cell of it; Excel (and Office.js) leave them empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Formula && cell.result === undefined)
        uncalculated.push(cell.address);
      const raw = rawOf(cell.value);
      const date = dateOf(cell.value);
      vr[colNumber - 1] = raw;
      tr[colNumber - 1] = date ? dateText(date, cell.numFmt) : textOf(raw, cell.numFmt);
    });
    width = Math.max(width, vr.length);
    values[rowNumber - 1] = vr;
    texts[rowNumber - 1] = tr;
  });
  // exceljs keeps merges in a private index; its public `model` getter would re-serialise the whole sheet.
  const merges: CellRange[] = Object.values((ws as unknown as { _merges: Merges })._merges ?? {}).map(
    (m) => ({
      top: m.model.top - 1,
      left: m.model.left - 1,
      bottom: m.model.bottom - 1,
      right: m.model.right - 1,
    }),
  );
  // The grid covers every value and every merged area (a merged header may have nothing under it).
  let height = values.length;
  for (const m of merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  if (height * width > limits.maxSheetCells) {
    throw new WorkbookReadError(
      `工作表“${ws.name}”过大（${height} 行 × ${width} 列，超过 ${limits.maxSheetCells} 个单元格）`,
      "too-large",
    );
  }
  for (let r = 0; r < height; r++) {
    const vr = (values[r] ??= []);
    const tr = (texts[r] ??= []);
    for (let c = 0; c < width; c++) {
      if (vr[c] === undefined) vr[c] = null;
      if (tr[c] === undefined) tr[c] = "";
    }
  }
  return {
    name: ws.name,
    origin: { row: 0, col: 0 },
    values,
    texts,
    merges,
    ...(uncalculated.length ? { uncalculated } : {}),
  };
}

/** The date a cell holds, or a formula last showed. */
function dateOf(v: ExcelJS.CellValue): Date | undefined {
  if (v instanceof Date) return v;
  if (v && typeof v === "object" && "result" in v && v.result instanceof Date) return v.result;
  return undefined;
}

/** The value a formula last showed, rich text joined, errors as their text, dates as ISO dates. */
function rawOf(v: ExcelJS.CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return String(v.error);
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : rawOf(result as ExcelJS.CellValue);
  }
  if ("text" in v) return String(v.text);
  return null;
}

/**
 * What Excel shows for a number under the common fixed-decimal formats ("0.00", "#,##0.00", "0.00%");
 * other formats fall back to the value itself. Rounding goes through decimals, as Excel's display does.
 */
function textOf(raw: RawValue, numFmt: string | undefined): string {
  if (raw === null) return "";
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw !== "number") return String(raw);
  const sections = (numFmt ?? "").split(";");
  // A negative number under a format with a negative section ("#,##0.00;(#,##0.00)") is shown by that
  // section, without a minus sign unless the section writes one, and with its brackets.
  const negative = raw < 0 && /[0#]/.test(sections[1] ?? "");
  const format = sections[negative ? 1 : 0];
  const section = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!/[0#]/.test(section)) return numberText(raw);
  const percent = section.includes("%");
  const decimals = (/\.([0#]+)/.exec(section)?.[1].length ?? 0) as number;
  const value = new Money(negative ? -raw : raw).times(percent ? 100 : 1);
  const shown = section.includes(",") ? formatAmount(value, decimals) : value.toFixed(decimals);
  const number = percent ? `${shown}%` : shown;
  if (!negative) return number;
  const signs = (text: string) => text.replace(/\[[^\]]*\]/g, "").replace(/[^()-]/g, "");
  const [, before, after] = /^([^0#.,]*)[0#.,%]*(.*)$/.exec(format.replace(/[?]/g, "0")) ?? ["", "", ""];
  return signs(before) + number + signs(after);
}
