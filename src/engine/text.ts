/**
 * The one text normaliser. Workbooks are typed by hand and pasted from Word: labels and values come
 * with full-width forms (（１０分）, ＞＝９５％, １２．３０) and stray spaces or line breaks ("收 入",
 * "一般公共预算\n财政拨款"). Recognition, rules, scoring and the 自评表 compare text after these.
 *
 * Both run on every cell and every narrative paragraph, most of which have nothing to change: each
 * scans char codes first and hands back the same string when there is nothing to do.
 */

/** Full-width ASCII forms (！ … ～: digits, letters, brackets, ％, ＞, ＝, ．, ，) made ASCII. */
export function halfWidth(text: string): string {
  // The runs between full-width characters, joined: cheaper than a replace callback per character,
  // and join gives a flat string (a chain of += gives a rope that every later scan pays to walk).
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      (parts ??= []).push(text.slice(from, i), String.fromCharCode(c - 0xfee0));
      from = i + 1;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join("");
}

const SPACES = /[\s\u3000]+/g;

/** Exactly the characters of the regex class \s (which includes the full-width space U+3000). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whitespace removed: spaces, line breaks and the full-width space. */
export function squash(text: string): string {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(SPACES, "");
  return text;
}

/** Both: the form in which hand-typed labels and values are compared. */
export function normalise(text: string): string {
  return squash(halfWidth(text));
}
