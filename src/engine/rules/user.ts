import { checkById, defineCheck, Emit, emitter, Messages } from "../catalogue";
import { extendCodeList, FUNCTION_CODES } from "../codes";
import { Money } from "../decimal";
import { Finding, Severity } from "../findings";
import { CellRef, sheetBounds, textAt, toA1, Workbook } from "../model";
import { CheckOptions } from "../result";
import { TableInstance, TableKey } from "../tables/types";
import { evaluateRules } from "./evaluate";
import { parseRule, RuleBody } from "./language";
import { SEVERITY_WORDS } from "./language/vocabulary";
import { RULEBOOK } from "./rulebook";
import { findLine, indexTable, IndexedTable } from "./table-index";
import { Rule, Term } from "./types";

/**
 * User rules (审核公式): read from the workbook's 审核公式 sheet (one rule a row: 编号, 规则, 级别, 说明,
 * optionally 停用) and from rule files (options.userRules: one rule a line, # comments, optional "编号:"),
 * parsed by the rule language and run by the same evaluator as the rulebook, beside it. A line
 * `关闭 ZC.code.children` switches a built-in check off. A rule that does not parse is one finding that
 * names its cell or line and the character; the other rules still run.
 */

export const USER_RULES_SHEET = "审核公式";
/** The sheet's header words, in the order the panel writes them. */
export const USER_RULE_COLUMNS = ["编号", "规则", "级别", "说明", "停用"] as const;

const USER_SYNTAX = defineCheck({
  id: "user.syntax",
  group: "user",
  severity: "error",
  messages: {
    zh: "审核公式有误（{where}，第 {char} 个字符）：{reason}",
    en: "审核公式 (user rule) error at {where}, character {char}: {reason}",
  },
});

const USER_UNCHECKED = defineCheck({
  id: "user.unchecked",
  group: "user",
  severity: "info",
  messages: {
    zh: "审核公式 {rule} 未检查：{reason}",
    en: "审核公式 (user rule) {rule} was not checked: {reason}",
  },
});

/** The family of a user's own rules (listed by `juesuan rules`): each finding carries "user." + the 编号. */
const USER_RULE = defineCheck({
  id: "user.rule",
  group: "user",
  severity: "error",
  messages: {
    zh: "审核公式 {rule}：{cell} {actual} ≠ {expected}",
    en: "User rule {rule}: {cell} {actual} ≠ {expected}",
  },
  describe: {
    zh: "用户在审核公式工作表或规则文件中写的规则，编号为 user.<编号>",
    en: "Rules a user writes in a 审核公式 sheet or a rule file; their ids are user.<编号>",
  },
});

/** One rule as a user wrote it, with where it stands (a sheet cell or a file line). */
export interface UserRuleEntry {
  /** 编号, when given (else one is made from where the rule stands). */
  id?: string;
  text: string;
  /** The 级别 and 说明 columns of the sheet, as written. */
  severity?: string;
  message?: string;
  disabled?: boolean;
}

interface Located extends UserRuleEntry {
  /** "审核公式!B5" or "本地规则.txt 第 3 行", as the messages name it. */
  where: Messages;
  /** The rule's cell, for a finding to point at. */
  cell?: CellRef;
  /** The 级别 cell, when that is what is wrong. */
  severityCell?: CellRef;
  /** White space before the rule in its cell or line (errors count characters as written). */
  indent?: number;
  fallbackId: string;
}

const norm = (s: string) => s.replace(/\s+/g, "");

/** The 审核公式 sheet's rules, in row order; a row whose rule starts with # is a comment, kept as disabled. */
export function readRuleSheet(wb: Workbook): (Located & { row: number })[] {
  const sheet = wb.sheets.find((s) => norm(s.name) === USER_RULES_SHEET);
  if (!sheet) return [];
  const b = sheetBounds(sheet);
  let header = -1;
  const col: Partial<Record<(typeof USER_RULE_COLUMNS)[number], number>> = {};
  for (let r = b.top; r <= Math.min(b.bottom, b.top + 9) && header < 0; r++) {
    for (let c = b.left; c <= b.right; c++) {
      const word = USER_RULE_COLUMNS.find((w) => w === norm(textAt(sheet, r, c)));
      if (word && col[word] === undefined) col[word] = c;
    }
    if (col.规则 !== undefined) header = r;
    else for (const k of USER_RULE_COLUMNS) delete col[k];
  }
  if (header < 0 || col.规则 === undefined) return [];
  const at = (r: number, c: number | undefined) => (c === undefined ? "" : textAt(sheet, r, c).trim());
  const out: (Located & { row: number })[] = [];
  for (let r = header + 1; r <= b.bottom; r++) {
    const raw = textAt(sheet, r, col.规则);
    const text = raw.trim();
    if (!text) continue;
    const address = toA1(r, col.规则);
    const entry: Located & { row: number } = {
      text,
      row: r + 1,
      where: { zh: `${sheet.name}!${address}`, en: `${sheet.name}!${address}` },
      cell: { sheet: sheet.name, address },
      indent: raw.length - raw.trimStart().length,
      fallbackId: `${USER_RULES_SHEET}:${r + 1}`,
    };
    const id = at(r, col.编号);
    const severity = at(r, col.级别);
    const message = at(r, col.说明);
    if (id) entry.id = id;
    if (severity) {
      entry.severity = severity;
      entry.severityCell = { sheet: sheet.name, address: toA1(r, col.级别 as number) };
    }
    if (message) entry.message = message;
    if (text.startsWith("#") || /^(是|停用|1|true|yes)$/i.test(at(r, col.停用))) entry.disabled = true;
    out.push(entry);
  }
  return out;
}

/** A rule file's rules: one a line; blank lines and lines starting with # are skipped. */
function readRuleFile(source: string, text: string): Located[] {
  const name = source.split(/[\\/]/).pop() || source;
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .flatMap((line, i): Located[] => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith("#")) return [];
      return [
        {
          text: trimmed,
          indent: line.length - line.trimStart().length,
          where: { zh: `${name} 第 ${i + 1} 行`, en: `${name} line ${i + 1}` },
          fallbackId: `${name}:${i + 1}`,
        },
      ];
    });
}

const DEFAULT_MESSAGES: Record<Rule["kind"], Messages> = {
  sum: {
    zh: "{cell} {actual} ≠ 各项之和 {expected}",
    en: "{cell} {actual} ≠ the sum of its parts {expected}",
  },
  equal: { zh: "{cell} {actual} ≠ {other} {expected}", en: "{cell} {actual} ≠ {other} {expected}" },
  atMost: { zh: "{cell} {actual} 大于 {other} {expected}", en: "{cell} {actual} exceeds {other} {expected}" },
  atLeast: {
    zh: "{cell} {actual} 小于 {other} {expected}",
    en: "{cell} {actual} is below {other} {expected}",
  },
};

/** A user rule as the evaluator's Rule: id "user.<编号>", group "user". */
function userRule(id: string, body: RuleBody, message: string | undefined, text: string): Rule {
  const tag = (m: string) => m.replace(/[{}]/g, "");
  const messages = message
    ? { zh: message, en: message }
    : {
        zh: `审核公式 ${tag(id)}：${DEFAULT_MESSAGES[body.kind].zh}`,
        en: `User rule ${tag(id)}: ${DEFAULT_MESSAGES[body.kind].en}`,
      };
  return { ...body, id: `user.${id}`, group: USER_RULE.group, messages, describe: { zh: text, en: text } };
}

interface UserRules {
  rules: Rule[];
  /** Built-in check ids a `关闭` line switched off. */
  disabled: Set<string>;
  /** One user.syntax finding for each rule that could not be read. */
  errors: Finding[];
}

const isBuiltIn = (id: string) => checkById(id) !== undefined || RULEBOOK.some((r) => r.id === id);

/** Parses user rules where they stand. */
function compileRules(entries: Located[], emit: Emit): UserRules {
  const out: UserRules = { rules: [], disabled: new Set(), errors: [] };
  const ids = new Set<string>();
  const syntax = (e: Located, char: number, reason: Messages, cell = e.cell) =>
    out.errors.push(emit(USER_SYNTAX, { where: e.where, char, reason }, cell ? [cell] : []));
  for (const e of entries) {
    if (e.disabled) continue;
    const parsed = parseRule(e.text);
    if (!parsed.ok) {
      syntax(e, parsed.error.offset + 1 + (e.indent ?? 0), parsed.error.messages);
      continue;
    }
    const st = parsed.statement;
    const id = e.id ?? st.id ?? e.fallbackId;
    if (st.type === "disable") {
      const unknown = st.ids.find((x) => !isBuiltIn(x));
      if (unknown !== undefined)
        syntax(e, e.text.indexOf(unknown) + 1 + (e.indent ?? 0), {
          zh: `没有编号为 ${unknown} 的内置检查（juesuan rules 列出全部编号）`,
          en: `no built-in check has the id ${unknown} (juesuan rules lists them)`,
        });
      for (const x of st.ids) if (x !== unknown) out.disabled.add(x);
      continue;
    }
    if (ids.has(id)) {
      syntax(e, 1, { zh: `编号 ${id} 重复`, en: `the id ${id} is used twice` });
      continue;
    }
    ids.add(id);
    const body = { ...st.body };
    if (e.severity !== undefined) {
      const severity: Severity | undefined = SEVERITY_WORDS[e.severity];
      if (!severity) {
        syntax(
          e,
          1,
          { zh: "级别应为 错误、需说明 或 提示", en: "级别 is 错误, 需说明 or 提示" },
          e.severityCell ?? e.cell,
        );
        continue;
      }
      body.severity = severity;
    }
    out.rules.push(userRule(id, body, e.message ?? st.message, e.text));
  }
  return out;
}

/** Why a rule cannot be judged on these tables at all (a table, line or column it names is not there). */
function uncheckable(rule: Rule, tables: Map<TableKey, IndexedTable>): Messages | undefined {
  const terms: Term[] = [rule.total, ...rule.parts];
  const keys = [...terms.map((t) => t.table), ...(rule.forEach?.rows ? [rule.forEach.rows.table] : [])];
  const absent = keys.find((k) => !tables.has(k));
  if (absent) return { zh: `工作簿中没有找到 ${absent}`, en: `no ${absent} in the workbook` };
  const cols = rule.forEach?.columns;
  for (const t of terms) {
    const ix = tables.get(t.table) as IndexedTable;
    const each =
      t.col.includes("$") && Array.isArray(cols) ? cols.map((c) => t.col.replace("$", c)) : [t.col];
    const col = each.find((c) => !c.includes("$") && !ix.table.columns.includes(c));
    if (col !== undefined)
      return { zh: `${t.table} 中没有“${col}”列`, en: `${t.table} has no column “${col}”` };
    const row = t.row;
    if ("line" in row && !row.line.includes("$") && !findLine(ix, row.line, row.panel))
      return { zh: `${t.table} 中没有“${row.line}”行`, en: `${t.table} has no line “${row.line}”` };
    if ("single" in row && !ix.table.rows.length)
      return { zh: `${t.table} 没有数据行`, en: `${t.table} has no data row` };
    if ("code" in row && !ix.byCode.has(row.code))
      return { zh: `${t.table} 中没有 ${row.code} 行`, en: `${t.table} has no row ${row.code}` };
  }
  return undefined;
}

/**
 * A rule file's text for rules kept outside a workbook (the browser page's): one rule a line, "编号: "
 * first; switched-off rules left out. The 级别 and 说明 columns exist only in the sheet.
 */
export function ruleFileText(entries: readonly UserRuleEntry[]): string {
  return entries
    .filter((e) => !e.disabled)
    .map((e) => (e.id ? `${e.id}: ${e.text}` : e.text).replace(/[\r\n]+/g, " "))
    .join("\n");
}

export interface UserRuleResult {
  findings: Finding[];
  /** Built-in check ids the user switched off: their findings are dropped. */
  disabled: Set<string>;
}

/** Runs the user rules over recognised tables (the first instance of a table, as the rulebook does). */
export function runUserRules(
  wb: Workbook | undefined,
  tables: TableInstance[],
  options: CheckOptions = {},
): UserRuleResult {
  if (options.disabledGroups?.includes("user")) return { findings: [], disabled: new Set() };
  const entries: Located[] = [
    ...(wb ? readRuleSheet(wb) : []),
    ...(options.userRules ?? []).flatMap((f) => readRuleFile(f.source, f.text)),
  ];
  return runEntries(entries, tables, options);
}

/** One rule run alone on a workbook's tables, whatever its sheet holds (the panel's "test this rule"). */
export function testUserRule(
  tables: TableInstance[],
  entry: UserRuleEntry,
  options: CheckOptions = {},
): Finding[] {
  const where = { zh: USER_RULES_SHEET, en: USER_RULES_SHEET };
  const run = runEntries(
    [{ ...entry, disabled: false, where, fallbackId: USER_RULES_SHEET }],
    tables,
    options,
  );
  return run.findings;
}

function runEntries(entries: Located[], tables: TableInstance[], options: CheckOptions): UserRuleResult {
  const lang = options.lang ?? "zh";
  const emit = emitter(lang);
  const user = compileRules(entries, emit);
  const findings = [...user.errors];
  if (user.rules.length) {
    const functionCodes = extendCodeList(FUNCTION_CODES, options.codes?.function ?? []);
    const indexed = new Map<TableKey, IndexedTable>();
    for (const t of tables) if (!indexed.has(t.key)) indexed.set(t.key, indexTable(t, functionCodes));
    const runnable: Rule[] = [];
    for (const rule of user.rules) {
      const reason = uncheckable(rule, indexed);
      if (reason) findings.push(emit(USER_UNCHECKED, { rule: rule.id.slice(5), reason }, []));
      else runnable.push(rule);
    }
    const slack = new Money(options.roundingSlack ?? 0).times("0.01");
    findings.push(...evaluateRules(runnable, { tables: indexed, lang, slack }));
  }
  return { findings, disabled: user.disabled };
}
