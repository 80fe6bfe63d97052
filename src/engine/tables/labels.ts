import { classCodeByName, FUNCTION_CODES } from "../codes";
import { halfWidth, squash } from "../text";

/** "一、", "（一）", "(1)", "1.", "1、", "①" before a name. A "1." must not be the start of "1.5". */
const NUMBERING =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}(?:[、．]|\.(?!\d))|[①-⑳])/;

export function isNumbered(name: string): boolean {
  return NUMBERING.test(squash(name));
}

/** The name as rules compare it: numbering stripped, no whitespace. */
export function stripNumbering(name: string): string {
  return squash(name).replace(NUMBERING, "");
}

/** Digits only (spaces, dashes, full-width digits allowed): a code or part of a split code. */
export function codeDigits(text: string): string | undefined {
  const t = halfWidth(text).replace(/[\s\-·]/g, "");
  return /^\d+$/.test(t) ? t : undefined;
}

/** "2010301 行政运行" or "2010301行政运行" in one cell → code and name. */
export function splitCodeName(text: string): { code: string; name: string } | undefined {
  const m = /^(\d{3}(?:\d{2}){0,2})[\s\u3000]*([^\d\s].*)$/.exec(text.trim());
  return m ? { code: m[1], name: m[2] } : undefined;
}

/** Old names of 类 that later editions renamed; the lists carry the current names. */
const CLASS_ALIASES: Record<string, string> = {
  医疗卫生与计划生育支出: "210",
  医疗卫生支出: "210",
  文化体育与传媒支出: "207",
  文化旅游体育与传媒支出: "207",
  资源勘探信息等支出: "215",
  资源勘探电力信息等支出: "215",
  国土海洋气象等支出: "220",
  国土资源气象等支出: "220",
  粮油物资储备管理支出: "222",
  商业服务业等事务: "216",
};

/** The 类 code a former edition's name stood for ("医疗卫生与计划生育支出" → "210"), or undefined. */
export function formerClassCode(name: string): string | undefined {
  return CLASS_ALIASES[squash(name).replace(/[（(]类[)）]$/, "")];
}

const classCache = new Map<string, string | undefined>();

/** The 类 code of a function class listed by name (the 支出 panels of the two 总表). */
export function classCode(name: string): string | undefined {
  const key = squash(name).replace(/[（(]类[)）]$/, "");
  if (classCache.has(key)) return classCache.get(key);
  const code = CLASS_ALIASES[key] ?? classCodeByName(FUNCTION_CODES, key);
  classCache.set(key, code);
  return code;
}
