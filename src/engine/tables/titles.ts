import { squash } from "../text";
import { Grid } from "./grid";
import { TABLE_SCHEMAS, TableSchema } from "./schemas";

export interface TitleHit {
  schema: TableSchema;
  row: number;
  col: number;
  text: string;
}

/** Titles are short; a sentence in a note or the narrative that names a table is not one. */
const MAX_TITLE_LENGTH = 60;
const TRAILER = /(?:[（(][^（()）]*[)）]|公开\d+表|[:：])$/;

/**
 * The table a title names, or undefined. The title must END with the table's name (after a trailing
 * "（公开01表）" or "（续表）"), so "详见收入支出决算总表。" or "注：本表…" never count. Of several schemas the
 * longest match wins: "财政拨款收入支出决算总表" is T_CZZB, not T_SZZB; "…三公经费支出决算表" is T_SG, not T_ZC.
 */
export function matchTitle(text: string): TableSchema | undefined {
  let t = squash(text);
  if (t.length > MAX_TITLE_LENGTH || /^(注|说明|备注)/.test(t)) return undefined;
  for (let i = 0; i < 3 && TRAILER.test(t); i++) t = t.replace(TRAILER, "");
  if (!t.endsWith("表")) return undefined;
  let best: { schema: TableSchema; length: number } | undefined;
  for (const schema of TABLE_SCHEMAS) {
    const m = schema.titlePattern.exec(t);
    if (!m || m.index + m[0].length !== t.length) continue;
    if (!best || m[0].length > best.length) best = { schema, length: m[0].length };
  }
  return best?.schema;
}

/** One pass over the sheet's text cells; only those containing "表" are looked at closely. */
export function findTitles(grid: Grid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const values = grid.rowValues(r);
    if (!values) continue;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== "string" || !v.includes("表")) continue;
      const schema = matchTitle(v);
      // A host that repeats a merged title in every cell of the merge still has one title.
      const last = hits[hits.length - 1];
      if (schema && !(last && last.row === r && last.schema === schema)) {
        hits.push({ schema, row: r, col: grid.left + i, text: v.trim() });
      }
    }
  }
  return hits;
}
