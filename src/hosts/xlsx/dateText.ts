/**
 * What Excel shows for a date under its number format: yyyy, yy, m, mm, mmm, d, dd, h, hh, mm (minutes),
 * ss, AM/PM-free; quoted literals and 年月日 pass through. Excel's built-in short date (id 14, which
 * exceljs names "mm-dd-yy") shows as a Chinese Excel shows it: 2024/12/31.
 */
const BUILTIN_SHORT_DATE = /^m{1,2}-d{1,2}-yy$/i;
const TOKEN = /"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|./gi;

const pad = (n: number) => String(n).padStart(2, "0");

export function dateText(date: Date, numFmt: string | undefined): string {
  let format = (numFmt ?? "").split(";")[0];
  if (!format || format === "General" || BUILTIN_SHORT_DATE.test(format)) format = "yyyy/m/d";
  const tokens = format.match(TOKEN) ?? [];
  const parts = {
    y: date.getUTCFullYear(),
    mo: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    h: date.getUTCHours(),
    mi: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
  };
  let out = "";
  tokens.forEach((token, i) => {
    const t = token.toLowerCase();
    // "m" after an hour or before a second is minutes, as in Excel.
    const isMinute = () =>
      tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[a-z]/i.test(x))
        ?.toLowerCase()
        .startsWith("h") ||
      tokens
        .slice(i + 1)
        .find((x) => /^[a-z]/i.test(x))
        ?.toLowerCase()
        .startsWith("s");
    if (t.startsWith('"')) out += token.slice(1, -1);
    else if (t.startsWith("\\")) out += token.slice(1);
    else if (t.startsWith("[")) return;
    else if (t === "yyyy") out += parts.y;
    else if (t === "yy") out += pad(parts.y % 100);
    else if (t === "mmmm" || t === "mmm") out += `${parts.mo}月`;
    else if (t === "mm") out += pad(isMinute() ? parts.mi : parts.mo);
    else if (t === "m") out += isMinute() ? parts.mi : parts.mo;
    else if (t === "dddd" || t === "ddd") out += `星期${"日一二三四五六"[date.getUTCDay()]}`;
    else if (t === "dd") out += pad(parts.d);
    else if (t === "d") out += parts.d;
    else if (t === "hh") out += pad(parts.h);
    else if (t === "h") out += parts.h;
    else if (t === "ss") out += pad(parts.s);
    else if (t === "s") out += parts.s;
    else if (token !== "_" && token !== "*") out += token;
  });
  return out;
}
