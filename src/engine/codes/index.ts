import { CodeLevel } from "../tables/types";
import { ECONOMIC_CODES_CSV } from "./economic-codes";
import { FUNCTION_CODES_CSV } from "./function-codes";
import { halfWidth } from "../text";

/**
 * Classification codes (domain §2). Function codes: 类 3 digits, 款 5, 项 7. Economic codes: 类 3, 款 5.
 * The lists are partial; a user extends them with their own CSV (same columns).
 */
export type CodeSystem = "function" | "economic";

export interface CodeEntry {
  code: string;
  name: string;
  level: CodeLevel;
  status: "seen" | "unverified" | "user";
}

export interface CodeList {
  system: CodeSystem;
  byCode: Map<string, CodeEntry>;
}

/** A header cell of a code list: 编码/code, 名称/name, 级次/level, 状态/status. */
const HEADER = /^(code|编码|科目编码|name|名称|科目名称|level|级次|级别|status|状态)$/i;

/**
 * Code-list records (code, name[, level[, status]]) as a CSV reader hands them over; a header row is
 * skipped, bad records are reported with their line, not thrown.
 */
export function codeEntries(records: readonly string[][]): { entries: CodeEntry[]; errors: string[] } {
  const entries: CodeEntry[] = [];
  const errors: string[] = [];
  let first = true;
  records.forEach((record, i) => {
    const [rawCode = "", name = "", level = "", status = "user"] = record.map((s) => s.trim());
    if (!rawCode && !name) return;
    const header = first && HEADER.test(rawCode);
    first = false;
    if (header) return;
    const code = normaliseCode(rawCode);
    const lv = levelOf(code);
    if (!/^\d+$/.test(code) || !lv || !name) {
      errors.push(`第 ${i + 1} 行“${record.join(",")}”不是“编码,名称[,级次]”格式`);
      return;
    }
    entries.push({
      code,
      name,
      level: (["类", "款", "项"].includes(level) ? level : lv) as CodeLevel,
      status: status === "seen" || status === "unverified" ? status : "user",
    });
  });
  return { entries, errors };
}

/** The shipped lists are our own plain comma lines (no quoting), one entry a line. */
function build(system: CodeSystem, csv: string): CodeList {
  const { entries } = codeEntries(csv.split(/\r?\n/).map((line) => line.split(",")));
  return { system, byCode: new Map(entries.map((e) => [e.code, e])) };
}

export const FUNCTION_CODES: CodeList = build("function", FUNCTION_CODES_CSV);
export const ECONOMIC_CODES: CodeList = build("economic", ECONOMIC_CODES_CSV);

/** A copy of `base` with the user's entries added (a user's name wins over the shipped one). */
export function extendCodeList(base: CodeList, entries: CodeEntry[]): CodeList {
  // Most checks have no user entries: the shipped list itself, not a copy of its thousands of codes.
  if (!entries.length) return base;
  const byCode = new Map(base.byCode);
  for (const e of entries) byCode.set(e.code, e);
  return { system: base.system, byCode };
}

/** 类 (3 digits), 款 (5), 项 (7); undefined for any other length. */
export function levelOf(code: string): CodeLevel | undefined {
  return code.length === 3 ? "类" : code.length === 5 ? "款" : code.length === 7 ? "项" : undefined;
}

/** "2010301" → "20103"; "20103" → "201"; a 类 has no parent. */
export function parentOf(code: string): string | undefined {
  return code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : undefined;
}

/** Normalises the ways a code is written: "201 03 01", "201-03-01", full-width digits. */
export function normaliseCode(text: string): string {
  return halfWidth(text).replace(/[\s\-.·]/g, "");
}

/** Names are compared without spaces, brackets' width, or a trailing （类/款/项）. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function nameKey(s: string): string {
  return s
    .replace(/\s+/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/\((类|款|项)\)$/, "");
}

/** Each list's 类 by compared name, built on first use (a list is never changed once made). */
const classesByName = new WeakMap<CodeList, Map<string, string>>();

/** The 类 code whose listed name is `name` ("卫生健康支出" → "210"), for tables that list 类 by name. */
export function classCodeByName(list: CodeList, name: string): string | undefined {
  let classes = classesByName.get(list);
  if (!classes) {
    classes = new Map();
    for (const e of list.byCode.values()) {
      const key = nameKey(e.name);
      if (e.level === "类" && !classes.has(key)) classes.set(key, e.code);
    }
    classesByName.set(list, classes);
  }
  return classes.get(nameKey(name));
}
