import { Sheet } from "../../engine/model";
import { readRuleSheet, USER_RULE_COLUMNS, USER_RULES_SHEET, UserRuleEntry } from "../../engine/rules/user";
import { ExcelRun } from "./run";

/**
 * The user's 审核公式 in Excel live in the workbook's own 审核公式 sheet (编号, 规则, 级别, 说明, 停用):
 * the engine reads that sheet from the workbook like any host's, and the panel's 规则 view reads and
 * writes it here, through the engine's reader, so what the view lists is what a check runs.
 */

export async function loadUserRulesIn(run: ExcelRun): Promise<UserRuleEntry[]> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(USER_RULES_SHEET);
    await context.sync();
    if (sheet.isNullObject) return [];
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values, rowIndex, columnIndex");
    await context.sync();
    if (used.isNullObject) return [];
    const model: Sheet = {
      name: USER_RULES_SHEET,
      origin: { row: used.rowIndex, col: used.columnIndex },
      values: used.values as Sheet["values"],
      merges: [],
    };
    return readRuleSheet({ sheets: [model] }).map(({ id, text, severity, message, disabled }) => {
      const rule: UserRuleEntry = { text };
      if (id) rule.id = id;
      if (severity) rule.severity = severity;
      if (message) rule.message = message;
      if (disabled) rule.disabled = true;
      return rule;
    });
  });
}

/**
 * Writes the rules as the sheet's table from A1, replacing what the sheet held (its formats stay).
 * Every cell is text ("@") before its value is written, so that no rule or 说明 can run as a formula.
 */
export async function saveUserRulesIn(run: ExcelRun, rules: readonly UserRuleEntry[]): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(USER_RULES_SHEET);
    await context.sync();
    const sheet = existing.isNullObject ? sheets.add(USER_RULES_SHEET) : existing;
    if (!existing.isNullObject) {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowCount, columnCount");
      await context.sync();
      if (!used.isNullObject)
        used.values = Array.from({ length: used.rowCount }, () => Array<string>(used.columnCount).fill(""));
    }
    const rows: string[][] = [
      [...USER_RULE_COLUMNS],
      ...rules.map((r) => [r.id ?? "", r.text, r.severity ?? "", r.message ?? "", r.disabled ? "是" : ""]),
    ];
    const range = sheet.getRangeByIndexes(0, 0, rows.length, USER_RULE_COLUMNS.length);
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
    await context.sync();
  });
}
