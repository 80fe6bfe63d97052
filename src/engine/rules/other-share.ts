import { defineCheck, Emit } from "../catalogue";
import { levelOf, parentOf } from "../codes";
import { formatAmount } from "../decimal";
import { Finding } from "../findings";
import { TableKey } from "../tables/types";
import { tableTitle } from "./format";
import { IndexedTable } from "./table-index";

const OTHER_SHARE = defineCheck({
  id: "codes.other-share",
  group: "codes",
  severity: "info",
  messages: {
    zh: "{title} {row} {amount} 占所属类 {parent} {total} 的 {share}%：“其他”款超过一半，请核实是否应归入具体的款",
    en: "{title} {row} {amount} is {share}% of its 类 {parent} {total}: an “other” 款 carrying more than half, check whether it belongs in a specific 款",
  },
  describe: {
    zh: "“其他…支出”款超过所属类的一半（如 30299 印成整个 302）",
    en: "an “其他…支出” 款 carrying more than half of its 类 (e.g. 30299 printed as the whole 302)",
  },
});

/** The column that holds each coded table's spending total. */
const SPENDING: Partial<Record<TableKey, string>> = {
  T_ZC: "本年支出合计",
  T_YBZC: "合计",
  T_JJ: "本年支出合计",
  T_GZ: "本年支出合计",
  T_JBZC: "决算数",
};

const OTHER = /^其他.*支出$/;

/**
 * codes.other-share: a catch-all 款 (30299 其他商品和服务支出) holding more than half of its 类 usually
 * means the spending was not classified, or the 类 total was printed on the 其他 line.
 */
export function checkOtherShare(tables: IndexedTable[], emit: Emit): Finding[] {
  const out: Finding[] = [];
  for (const ix of tables) {
    const col = SPENDING[ix.table.key];
    if (!col) continue;
    for (const row of ix.table.rows) {
      const code = row.code;
      if (!code || levelOf(code) !== "款" || !OTHER.test(row.name.replace(/\s+/g, ""))) continue;
      const parent = ix.byCode.get(parentOf(code) ?? "");
      const part = row.cells[col];
      const whole = parent?.cells[col];
      if (!parent || !part?.value || !whole?.value || !whole.value.isPositive()) continue;
      if (!part.value.times(2).gt(whole.value)) continue;
      const params = {
        title: tableTitle(ix.table.key),
        row: `${code} ${row.name}`,
        amount: formatAmount(part.value, part.decimals),
        parent: `${parent.code} ${parent.name}`,
        total: formatAmount(whole.value, whole.decimals),
        share: part.value.dividedBy(whole.value).times(100).toFixed(0),
      };
      const cells = [whole, part].map(({ sheet, address }) => ({ sheet, address }));
      out.push(emit(OTHER_SHARE, params, cells, { table: ix.table.key }));
    }
  }
  return out;
}
