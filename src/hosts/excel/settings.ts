import { RULE_GROUPS } from "../../engine";
import { TableAssignment, TableKey } from "../../engine/tables/types";
import { TABLE_SCHEMAS } from "../../engine/tables/schemas";
import { DEFAULT_SETTINGS, PanelSettings } from "../../panel/host";

/** Settings as stored, checked field by field: a damaged or older record falls back to the defaults. */
export function parseSettings(data: unknown): PanelSettings {
  const d = (data ?? {}) as Partial<Record<keyof PanelSettings, unknown>>;
  const groups = new Set(RULE_GROUPS.map((g) => g.id));
  return {
    lang: d.lang === "en" || d.lang === "zh" ? d.lang : DEFAULT_SETTINGS.lang,
    disabledGroups: Array.isArray(d.disabledGroups)
      ? d.disabledGroups.filter((g): g is string => typeof g === "string" && groups.has(g))
      : [...DEFAULT_SETTINGS.disabledGroups],
    roundingSlack:
      typeof d.roundingSlack === "number" && Number.isFinite(d.roundingSlack) && d.roundingSlack >= 0
        ? d.roundingSlack
        : DEFAULT_SETTINGS.roundingSlack,
    autoCheck: typeof d.autoCheck === "boolean" ? d.autoCheck : DEFAULT_SETTINGS.autoCheck,
  };
}

/** Assignments as stored; entries naming an unknown table or lacking a sheet or range are dropped. */
export function parseAssignments(data: unknown): TableAssignment[] {
  if (!Array.isArray(data)) return [];
  const keys = new Set<string>(TABLE_SCHEMAS.map((s) => s.key));
  return data
    .filter(
      (a): a is TableAssignment =>
        keys.has(a?.key) && typeof a.sheet === "string" && typeof a.range === "string" && a.range !== "",
    )
    .map((a) => ({ key: a.key as TableKey, sheet: a.sheet, range: a.range }));
}
