import { Severity } from "../../findings";
import { TABLE_SCHEMAS } from "../../tables/schemas";
import { CodeLevel, TableKey } from "../../tables/types";

/** The words of the rule language, shared by the parser and the printer so that both say the same. */

export const DISABLE_WORDS = ["关闭", "停用"] as const;
export const EACH = "每个";
export const OF = "属于";
export const REQUIRED = "必需";
export const EACH_COLUMN = "每列";

export const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  错误: "error",
  需说明: "warning",
  提示: "info",
  error: "error",
  warning: "warning",
  info: "info",
};
export const SEVERITY_NAME: Partial<Record<Severity, string>> = {
  error: "错误",
  warning: "需说明",
  info: "提示",
};

export const LEVELS: readonly CodeLevel[] = ["类", "款", "项"];
/** Row kinds a quantifier can name; "行" alone is every row. */
export const ROW_KIND_WORDS: Readonly<Record<string, "code" | "total" | "item">> = {
  编码行: "code",
  合计行: "total",
  其他行: "item",
};
export const ROW_KIND_NAME = { code: "编码行", total: "合计行", item: "其他行" } as const;

export const ROW_WORDS = {
  bound: "每行",
  sameCode: "同编码行",
  single: "数据行",
  children: "Σ下级",
  code: "码=",
} as const;

export const QUANTIFIER_FLAGS = { parents: "有下级", coded: "有编码" } as const;
export const ABOVE = "以上";
export const ABOVE_ROWS = "以上各行";

export const OPTION = {
  severity: "级别",
  tolerance: "容差",
  blanks: "空白",
  message: "说明",
  needParts: "缺项",
  unlessSubLines: "分行跳过",
} as const;
export const TOLERANCE_ROUNDING = "舍入";
export const BLANK_ZERO = "零";
export const BLANK_UNKNOWN = "未知";
export const SKIP = "跳过";

export const TABLE_KEYS: readonly TableKey[] = TABLE_SCHEMAS.map((s) => s.key);

/** Side-by-side panels of a table (收入 / 支出, 人员经费 / 公用经费, 预算数 / 决算数). */
export function panelsOf(key: TableKey): string[] {
  return (TABLE_SCHEMAS.find((s) => s.key === key)?.panels ?? []).map((p) => p.name);
}

/** Column ids a rule may address: a line table's panel-less columns come once per panel (T_SG: "决算数.公务接待费"). */
export function columnIdsOf(key: TableKey): string[] {
  const schema = TABLE_SCHEMAS.find((s) => s.key === key);
  if (!schema) return [];
  const perPanel = schema.rows === "lines" && schema.panels && schema.columns.every((c) => !c.panel);
  const ids = perPanel
    ? schema.panels!.flatMap((p) => schema.columns.map((c) => `${p.name}.${c.id}`))
    : schema.columns.map((c) => c.id);
  return [...new Set(ids)];
}
