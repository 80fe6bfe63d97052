import { parse } from "csv-parse/sync";
import { CodeEntry, codeEntries } from "../engine/codes";
import { decodeTextFile } from "./text-decode";

/**
 * A user's code list (`--codes 本地科目.csv`): CSV with quoted fields, the header `编码,名称,级次` or none,
 * in UTF-8 or the GBK/GB18030 that Chinese Excel saves "CSV" in. Problems come back as messages naming the
 * file and line; nothing is thrown and nothing is silently garbled.
 */
export function readCodeCsv(bytes: Uint8Array, file: string): { entries: CodeEntry[]; errors: string[] } {
  const text = decodeTextFile(bytes);
  if (text === undefined)
    return { entries: [], errors: [`${file}：不是文本格式的 CSV 文件（含有二进制内容）`] };
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, trim: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      entries: [],
      errors: [`${file}${line ? ` 第 ${line} 行` : ""}：CSV 格式有误（${(e as Error).message}）`],
    };
  }
  const { entries, errors } = codeEntries(records);
  return { entries, errors: errors.map((e) => `${file}：${e}`) };
}
