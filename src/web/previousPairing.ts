/**
 * Two workbooks opened or dropped together on the page: this year's and last year's, when their names
 * say which is which — a year in each (部门A-2023.xlsx, 部门A-2024.xlsx: the earlier is last year's) or
 * 上年/去年 in one. Undefined when the names do not tell (the page then opens neither).
 */
export function splitLastYear<T extends { name: string }>(
  files: readonly T[],
): { current: T; last: T } | undefined {
  if (files.length !== 2) return undefined;
  const [a, b] = files;
  const year = (f: T) => /(?:19|20)\d{2}/.exec(f.name)?.[0];
  const [ya, yb] = [year(a), year(b)];
  if (ya !== undefined && yb !== undefined && ya !== yb)
    return Number(ya) < Number(yb) ? { current: b, last: a } : { current: a, last: b };
  const marked = (f: T) => /上年|去年/.test(f.name);
  if (marked(a) !== marked(b)) return marked(a) ? { current: b, last: a } : { current: a, last: b };
  return undefined;
}
