/**
 * One worksheet's XML, read as it inflates: cells (with or without their optional `r` address) into the
 * model's rows, merged areas into a plain list. Both are counted for the whole workbook as they come, so an
 * oversized sheet is refused before its model is built, with memory bounded by the limits.
 */
import { CellRange, RawValue, Sheet, toA1 } from "../../engine/model";
import { DisplayFormat, displayFormat, numberDisplay, textDisplay } from "./numberFormat";
import { dateFromSerial } from "./numfmt";
import { parsePart } from "./xml";
import { WorkbookReadError, ZipEntry, ZipLimits } from "./zip";

/** Counts shared by every sheet of one workbook. */
export interface WorkbookCounts {
  cells: number;
  mergedCells: number;
  largestMerge: { cells: number; where: string };
}

export interface SheetContext {
  strings: string[];
  styles: DisplayFormat[];
  date1904: boolean;
  limits: ZipLimits;
  counts: WorkbookCounts;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** "AB12" (any case) → [row, col], 0-based; undefined when it is not a cell address within Excel's grid. */
function address(ref: string): [number, number] | undefined {
  let col = 0;
  let row = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + ch - 96;
  }
  const letters = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (letters === 0 || letters > 3 || i === letters || i - letters > 7) return undefined;
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return undefined;
  return [row - 1, col - 1];
}

function range(ref: string): CellRange | undefined {
  const [a, b = a, extra] = ref.trim().replace(/\$/g, "").split(":");
  const s = address(a);
  const e = address(b);
  if (!s || !e || extra !== undefined) return undefined;
  return {
    top: Math.min(s[0], e[0]),
    left: Math.min(s[1], e[1]),
    bottom: Math.max(s[0], e[0]),
    right: Math.max(s[1], e[1]),
  };
}

/** A 1900-system serial (Excel's fictitious 1900-02-29 included) as an ISO date. */
function isoDate(serial: number): string {
  const [y, m, d] = dateFromSerial(serial);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const GENERAL = displayFormat("General");
/** How a date stored as a date (`t="d"`) shows when its style is not a date format. */
const SHORT_DATE: DisplayFormat = { code: "yyyy/m/d", date: true, text: false };
/** 9999-12-31: Excel shows later (and negative) serials as ##### rather than as dates. */
const LAST_DATE = 2958465;

export function readSheet(bytes: Uint8Array, name: string, entry: ZipEntry, ctx: SheetContext): Sheet {
  const { strings, styles, limits, counts } = ctx;
  const corrupt = (what: string) =>
    new WorkbookReadError(`工作簿已损坏（工作表“${name}”${what}）`, "corrupt");
  const values: RawValue[][] = [];
  const texts: string[][] = [];
  const merges: CellRange[] = [];
  const uncalculated: string[] = [];
  let height = 0;
  let width = 0;

  let row = -1;
  let col = -1;
  // The cell being read.
  let type = "n";
  let style = 0;
  let v: string | undefined;
  let inline: string | undefined;
  let formula = false;
  let capture: "v" | "t" | undefined;
  let inInline = false;
  let phonetic = false;
  // Extensions (extLst) hold elements of the same local names (x14's <xm:f>): only sheetData's count.
  let inData = false;

  const store = (raw: RawValue, text: string) => {
    if (++counts.cells > limits.maxCells) {
      throw new WorkbookReadError(
        `工作簿单元格过多（超过 ${limits.maxCells} 个，在工作表“${name}”读到 ${toA1(row, col)} 时），已拒绝打开`,
        "too-large",
      );
    }
    (values[row] ??= [])[col] = raw;
    (texts[row] ??= [])[col] = text;
    if (row >= height) height = row + 1;
    if (col >= width) width = col + 1;
  };

  const dateCell = (serial: number, format: DisplayFormat) => {
    const s = ctx.date1904 ? serial + 1462 : serial;
    if (s < 0 || s > LAST_DATE) return store(serial, numberDisplay(serial, GENERAL));
    store(isoDate(s), numberDisplay(s, format.date ? format : SHORT_DATE));
  };

  const finishCell = () => {
    const result = inline ?? v;
    if (result === undefined) {
      // A formula saved without its result reads as blank, and is named.
      if (formula) {
        uncalculated.push(toA1(row, col));
        store(null, "");
      }
      return;
    }
    const format = styles[style] ?? styles[0];
    switch (type) {
      case "s": {
        const s = strings[Number(result)];
        if (s === undefined) throw corrupt(`的单元格 ${toA1(row, col)} 引用了不存在的共享字符串`);
        return store(s, textDisplay(s, format));
      }
      case "str":
      case "inlineStr":
        return store(result, textDisplay(result, format));
      case "b": {
        const b = result === "1" || result === "true";
        return store(b, b ? "TRUE" : "FALSE");
      }
      case "e":
        return store(result, result);
      case "d": {
        const ms = Date.parse(result);
        if (Number.isNaN(ms)) return store(result, result);
        return dateCell(ms / 86400000 + 25569 - (ctx.date1904 ? 1462 : 0), format);
      }
      default: {
        const n = result.trim() === "" ? NaN : Number(result);
        if (!Number.isFinite(n)) return result.trim() === "" ? store(null, "") : store(result, result);
        if (format.date) return dateCell(n, format);
        return store(n, numberDisplay(n, format));
      }
    }
  };

  const merge = (ref: string | undefined) => {
    const r = ref === undefined ? undefined : range(ref);
    if (!r) throw corrupt(`的合并区域“${String(ref).slice(0, 40)}”不是有效的区域`);
    merges.push(r);
    const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    counts.mergedCells += cells;
    if (cells > counts.largestMerge.cells) {
      const a1 = `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;
      counts.largestMerge = { cells, where: `工作表“${name}”的 ${a1}` };
    }
    if (counts.mergedCells > limits.maxMergedCells) {
      throw new WorkbookReadError(
        `合并单元格过多（合并区域已达 ${counts.mergedCells} 个单元格，上限 ${limits.maxMergedCells} 个；` +
          `最大的是${counts.largestMerge.where}），请在 Excel 中取消整行或整列的合并后再打开`,
        "too-large",
      );
    }
  };

  parsePart(bytes, entry, {
    open(tag, a) {
      if (tag === "sheetData") inData = true;
      else if (tag === "mergeCell") merge(a.ref);
      if (!inData) return;
      switch (tag) {
        case "row": {
          row = a.r === undefined ? row + 1 : Number(a.r) - 1;
          if (!Number.isInteger(row) || row < 0 || row >= MAX_ROW) throw corrupt(`的行号“${a.r}”无效`);
          col = -1;
          return;
        }
        case "c": {
          if (a.r === undefined) {
            col++;
            if (row < 0 || col >= MAX_COL) throw corrupt("的单元格位置无效");
          } else {
            const at = address(a.r);
            if (!at) throw corrupt(`的单元格地址“${a.r.slice(0, 20)}”无效`);
            [row, col] = at;
          }
          type = a.t ?? "n";
          style = a.s === undefined ? 0 : Number(a.s);
          v = inline = undefined;
          formula = false;
          return;
        }
        case "v":
          v = "";
          capture = "v";
          return;
        case "f":
          formula = true;
          return;
        case "is":
          inInline = true;
          inline = "";
          return;
        case "rPh":
          phonetic = true;
          return;
        case "t":
          if (inInline && !phonetic) capture = "t";
          return;
      }
    },
    close(tag) {
      switch (tag) {
        case "sheetData":
          inData = false;
          return;
        case "v":
        case "t":
          capture = undefined;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          phonetic = false;
          return;
        case "c":
          return finishCell();
      }
    },
    text(t) {
      if (capture === "v") v += t;
      else if (capture === "t") inline += t;
    },
  });

  // The grid covers every value and every merged area (a merged header may have nothing under it).
  for (const m of merges) {
    if (m.bottom >= height) height = m.bottom + 1;
    if (m.right >= width) width = m.right + 1;
  }
  if (height * width > limits.maxSheetCells) {
    throw new WorkbookReadError(
      `工作表“${name}”过大（${height} 行 × ${width} 列，超过 ${limits.maxSheetCells} 个单元格）`,
      "too-large",
    );
  }
  // Excel (and Office.js) show a merged area's value in its first cell only; a covered formula is not named.
  const covered = uncalculated.length ? new Set<string>() : undefined;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const vr = values[r];
      if (!vr) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < vr.length; c++) {
        if (vr[c] !== undefined) {
          vr[c] = null;
          texts[r][c] = "";
          covered?.add(toA1(r, c));
        }
      }
    }
  }
  const named = covered ? uncalculated.filter((a) => !covered.has(a)) : uncalculated;
  for (let r = 0; r < height; r++) {
    const vr = (values[r] ??= []);
    const tr = (texts[r] ??= []);
    for (let c = 0; c < width; c++) {
      if (vr[c] === undefined) vr[c] = null;
      if (tr[c] === undefined) tr[c] = "";
    }
  }
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    texts,
    merges,
    ...(named.length ? { uncalculated: named } : {}),
  };
}
