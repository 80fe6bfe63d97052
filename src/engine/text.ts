/**
 * The one text normaliser. Workbooks are typed by hand and pasted from Word: labels and values come
 * with full-width forms (（１０分）, ＞＝９５％, １２．３０) and stray spaces or line breaks ("收 入",
 * "一般公共预算\n财政拨款"). Recognition, rules, scoring and the 自评表 compare text after these.
 */

/** Full-width ASCII forms (！ … ～: digits, letters, brackets, ％, ＞, ＝, ．, ，) made ASCII. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Whitespace removed: spaces, line breaks and the full-width space. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}

/** Both: the form in which hand-typed labels and values are compared. */
export function normalise(text: string): string {
  return squash(halfWidth(text));
}
