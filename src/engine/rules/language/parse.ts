import { Messages } from "../../catalogue";
import { CodeLevel, TableKey } from "../../tables/types";
import { Rule, RowQuantifier, RowSelector, Term } from "../types";
import { RuleSyntaxError } from "./errors";
import { normalise, Token, tokenize } from "./tokens";
import * as V from "./vocabulary";

/**
 * A hand-written recursive-descent parser of the rule language (see README, 审核公式):
 *
 *   line       := [ID ":"] (disable | quantified)
 *   disable    := ("关闭" | "停用") ID+
 *   quantified := ["每个" KIND "属于" TABLE["." PANEL] COND* ":"] term REL sum [options]
 *   sum        := ["+" | "-"] term (("+" | "-") term)*
 *   term       := "{" TABLE "," ROW "," COLUMN ["," "必需"] "}"
 *   options    := "[" KEY "=" VALUE ("," KEY "=" VALUE)* "]"
 *
 * Nothing is evaluated: the result is rule data for the one evaluator (evaluate.ts).
 */

/** What a rule says, without the catalogue fields (id, group, messages) a host gives it. */
export type RuleBody = Pick<
  Rule,
  | "severity"
  | "kind"
  | "total"
  | "parts"
  | "forEach"
  | "needParts"
  | "unlessSubLines"
  | "approx"
  | "tolerance"
  | "blanks"
>;

export type Statement =
  | { type: "rule"; id?: string; body: RuleBody; message?: string }
  | { type: "disable"; id?: string; ids: string[] };

export type ParseResult = { ok: true; statement: Statement } | { ok: false; error: RuleSyntaxError };

export function parseRule(source: string): ParseResult {
  try {
    return { ok: true, statement: new Parser(source).statement() };
  } catch (e) {
    if (e instanceof RuleSyntaxError) return { ok: false, error: e };
    throw e;
  }
}

interface Span {
  start: number;
  end: number;
}
interface Slot extends Span {
  text: string;
}

const ID = /^[\p{L}\p{N}_.-]+$/u;
const CODE = /^\d{3,7}$/;
const isManyRow = (row: RowSelector) =>
  "children" in row || "roots" in row || "level" in row || "above" in row;
const squash = (s: string) => s.replace(/\s+/g, "");

interface Options {
  severity?: Rule["severity"];
  tolerance?: string;
  blanks?: "zero" | "unknown";
  message?: string;
  needParts?: boolean;
  unlessSubLines?: Rule["unlessSubLines"];
}

class Parser {
  private readonly tokens: Token[];
  /** The source with full-width punctuation read as ASCII (same length, so offsets hold). */
  private readonly text: string;
  private pos = 0;
  /** The columns a `[a|b]` or `每列` stands for ("$"); every list of one rule must be the same. */
  private columns?: string[] | "all";
  /** The first slot that needs a quantifier (每行, 同编码行, Σ下级). */
  private boundAt?: Slot;

  constructor(private readonly source: string) {
    this.text = source.split("").map(normalise).join("");
    this.tokens = tokenize(source);
  }

  private peek(k = 0): Token | undefined {
    return this.tokens[this.pos + k];
  }

  private next(): Token | undefined {
    return this.tokens[this.pos++];
  }

  /** Fails at a token or slot, or (none given) where the rule ends. */
  private fail(at: Span | undefined, zh: string, en: string): never {
    const start = at?.start ?? this.source.length;
    throw new RuleSyntaxError(start, Math.max(1, (at?.end ?? start + 1) - start), { zh, en });
  }

  private expect(type: Token["type"], messages: Messages): Token {
    const t = this.next();
    if (!t || t.type !== type) this.fail(t, messages.zh, messages.en);
    return t;
  }

  private isWord(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.type === "word" && t.text === text;
  }

  statement(): Statement {
    if (!this.tokens.length) this.fail(undefined, "规则是空的", "the rule is empty");
    let id: string | undefined;
    const first = this.peek() as Token;
    if (first.type === "word" && this.peek(1)?.type === ":" && first.text !== V.EACH) {
      if (!ID.test(first.text))
        this.fail(
          first,
          "编号只能由字母、数字、汉字、. _ - 组成",
          "an id may hold letters, digits, . _ - only",
        );
      id = first.text;
      this.pos += 2;
    }
    const head = this.peek();
    if (head?.type === "word" && (V.DISABLE_WORDS as readonly string[]).includes(head.text))
      return { type: "disable", id, ids: this.disable() };
    return { type: "rule", id, ...this.assertion() };
  }

  private disable(): string[] {
    this.next();
    const ids: string[] = [];
    for (let t = this.next(); t; t = this.next()) {
      if (t.type === ",") continue;
      if (t.type !== "word" || !ID.test(t.text))
        this.fail(
          t,
          "关闭后应为内置规则的编号，如 ZC.code.children",
          "a rule id should follow, e.g. ZC.code.children",
        );
      ids.push(t.text);
    }
    if (!ids.length)
      this.fail(
        undefined,
        "关闭后应为内置规则的编号，如 ZC.code.children",
        "a rule id should follow, e.g. ZC.code.children",
      );
    return ids;
  }

  private assertion(): { body: RuleBody; message?: string } {
    const rows = this.isWord(V.EACH) ? this.quantifier() : undefined;
    const left = this.peek();
    if (left && (left.type === "+" || left.type === "-"))
      this.fail(left, "左边只能写一个单元格", "the left side is one cell");
    const total = this.term(false);
    const rel = this.next();
    if (!rel || !["=", "≤", "≥", "≈"].includes(rel.type)) {
      if (rel && (rel.type === "+" || rel.type === "-"))
        this.fail(
          rel,
          "左边只能写一个单元格：把加减写在关系符右边",
          "the left side is one cell: add on the right",
        );
      this.fail(rel, "这里应为关系符 =、≤、≥ 或 ≈", "a relation (=, ≤, ≥ or ≈) should come here");
    }
    const parts = this.sum();
    const options = this.peek()?.type === "[" ? this.options() : {};
    const rest = this.peek();
    if (rest)
      this.fail(
        rest,
        rest.type === "{" ? "两个单元格之间缺少 + 或 −" : "规则到这里应已结束",
        rest.type === "{" ? "a + or − is missing between two cells" : "the rule should end here",
      );
    if (this.boundAt && !rows)
      this.fail(
        this.boundAt,
        "“每行”“同编码行”“Σ下级”要在“每个 … 属于 …：”之后使用",
        "每行, 同编码行 and Σ下级 need a quantifier “每个 … 属于 …:” first",
      );

    const many = parts.some((p) => isManyRow(p.row));
    let kind: RuleBody["kind"];
    if (rel.type === "≤" || rel.type === "≥") {
      if (parts.length !== 1 || many || parts[0].negate)
        this.fail(rel, "≤ 与 ≥ 的右边只能是一个单元格", "the right side of ≤ and ≥ is one cell");
      kind = rel.type === "≤" ? "atMost" : "atLeast";
    } else kind = parts.length === 1 && !many && !parts[0].negate ? "equal" : "sum";

    const body: RuleBody = { severity: options.severity ?? "error", kind, total, parts };
    if (rows || this.columns) {
      body.forEach = {};
      if (rows) body.forEach.rows = rows;
      if (this.columns) body.forEach.columns = this.columns;
    }
    if (options.needParts) body.needParts = true;
    if (options.unlessSubLines) body.unlessSubLines = options.unlessSubLines;
    if (rel.type === "≈") body.approx = true;
    if (options.tolerance !== undefined) body.tolerance = options.tolerance;
    // A user rule does not judge what is not filled in, unless told that a blank is zero (domain §4).
    if (options.blanks !== "zero") body.blanks = "unknown";
    return options.message === undefined ? { body } : { body, message: options.message };
  }

  private quantifier(): RowQuantifier {
    this.next();
    const kindTok = this.next();
    const kindHelp = {
      zh: "“每个”后应为 行、编码行、合计行、其他行、类、款 或 项",
      en: "每个 takes 行, 编码行, 合计行, 其他行, 类, 款 or 项",
    };
    if (!kindTok || kindTok.type !== "word") return this.fail(kindTok, kindHelp.zh, kindHelp.en);
    const shape: Omit<RowQuantifier, "table"> = {};
    const level = V.LEVELS.find((l) => l === kindTok.text);
    if (level) {
      shape.kinds = ["code"];
      shape.level = level;
    } else if (kindTok.text !== "行") {
      const kinds = kindTok.text.split("或").map((w) => V.ROW_KIND_WORDS[w]);
      if (kinds.some((k) => !k)) this.fail(kindTok, kindHelp.zh, kindHelp.en);
      shape.kinds = kinds;
    }
    const of = this.next();
    if (!of || of.type !== "word" || of.text !== V.OF)
      this.fail(of, "这里应为“属于 表”，如 属于 T_ZC", "“属于 TABLE” should come here, e.g. 属于 T_ZC");
    const where = this.expect("word", {
      zh: "“属于”后应为表，如 T_ZC",
      en: "a table should follow 属于, e.g. T_ZC",
    });
    const [key, panel, ...extra] = where.text.split(".");
    const table = this.tableKey({ ...where, text: key });
    const q: RowQuantifier = { table, ...shape };
    if (panel !== undefined) {
      if (extra.length || !V.panelsOf(table).includes(panel)) this.fail(where, ...noPanel(table, panel));
      q.panel = panel;
    }
    while (this.peek() && this.peek()?.type !== ":") {
      const t = this.next() as Token;
      if (t.type === "word" && t.text === "码" && this.peek()?.type === "=") {
        this.next();
        const code = this.next();
        if (!code || code.type !== "word" || !CODE.test(code.text))
          this.fail(code, "码= 后应为科目编码，如 208", "码= takes a code, e.g. 208");
        q.under = code.text;
      } else if (t.type === "word" && t.text === V.QUANTIFIER_FLAGS.parents) q.parents = true;
      else if (t.type === "word" && t.text === V.QUANTIFIER_FLAGS.coded) q.coded = true;
      else if (t.type === "word" && t.text.endsWith(V.ABOVE) && t.text.length > V.ABOVE.length) {
        if (!q.panel)
          this.fail(
            t,
            "“…以上”要写明栏，如 属于 T_SZZB.支出",
            "“…以上” needs a panel, e.g. 属于 T_SZZB.支出",
          );
        q.above = t.text.slice(0, -V.ABOVE.length);
      } else
        this.fail(
          t,
          "不认识的条件：可写 码=208、有下级、有编码、<行>以上，条件之后以“：”接规则",
          "unknown condition: 码=208, 有下级, 有编码 or <line>以上, then “:” and the rule",
        );
    }
    this.expect(":", { zh: "“每个 … 属于 …”之后应有“：”", en: "“:” should follow the quantifier" });
    return q;
  }

  private sum(): Term[] {
    const parts: Term[] = [];
    let sign = this.peek();
    if (sign?.type === "+" || sign?.type === "-") this.next();
    else sign = undefined;
    parts.push(this.term(sign?.type === "-"));
    for (let t = this.peek(); t && (t.type === "+" || t.type === "-"); t = this.peek()) {
      this.next();
      parts.push(this.term(t.type === "-"));
    }
    return parts;
  }

  private term(negate: boolean): Term {
    this.expect("{", {
      zh: "这里应为一个单元格 {表, 行, 列}",
      en: "a cell {table, row, column} should come here",
    });
    const slots: Slot[] = [];
    for (;;) {
      slots.push(this.slot());
      const t = this.next() as Token;
      if (t.type === "}") break;
    }
    const closing = this.tokens[this.pos - 1];
    if (slots.length < 3)
      this.fail(
        closing,
        "一个单元格写作 {表, 行, 列}：这里缺少列",
        "a cell is {table, row, column}: the column is missing",
      );
    if (slots.length > 4 || (slots.length === 4 && slots[3].text !== V.REQUIRED))
      this.fail(
        slots[3],
        "单元格 {表, 行, 列} 之后只能写“必需”",
        "only “必需” may follow {table, row, column}",
      );
    const table = this.tableKey(slots[0]);
    const term: Term = { table, row: this.row(slots[1], table), col: this.column(slots[2], table) };
    if (negate) term.negate = true;
    if (slots.length === 4) term.required = true;
    return term;
  }

  /** The text of one slot of a term, up to its "," or "}" (brackets of a column list may hold "|"). */
  private slot(): Slot {
    let start: number | undefined;
    let end = 0;
    let depth = 0;
    for (let t = this.peek(); t && !(depth === 0 && (t.type === "," || t.type === "}")); t = this.peek()) {
      this.next();
      if (t.type === "{") this.fail(t, "单元格里不能再写 {", "a cell cannot hold another {");
      if (t.type === "[") depth++;
      if (t.type === "]" && --depth < 0) this.fail(t, "多余的 ]", "an unmatched ]");
      start ??= t.start;
      end = t.end;
    }
    const after = this.peek();
    if (!after) this.fail(undefined, "缺少 }：单元格没有写完", "a } is missing: the cell is not closed");
    if (start === undefined) this.fail(after, "这里缺少内容", "something is missing here");
    return { start, end, text: this.text.slice(start, end).trim() };
  }

  private tableKey(slot: Slot): TableKey {
    const key = V.TABLE_KEYS.find((k) => k === slot.text);
    if (!key)
      this.fail(
        slot,
        `没有“${slot.text}”这张表：表写作 ${V.TABLE_KEYS.join("、")}`,
        `no table “${slot.text}”: tables are ${V.TABLE_KEYS.join(", ")}`,
      );
    return key;
  }

  /** Reads `[a|b]` or `每列` in a slot as "$", the column the rule is repeated over. */
  private dollar(slot: Slot): string {
    const list = /\[([^\]]*)\]/.exec(slot.text);
    let spec: string[] | "all" | undefined;
    let text = slot.text;
    if (list) {
      spec = list[1].split("|").map((c) => squash(c));
      if (spec.some((c) => !c)) this.fail(slot, "列清单 [a|b] 中有空项", "an empty column in a list [a|b]");
      text = text.slice(0, list.index) + "$" + text.slice(list.index + list[0].length);
    } else if (new RegExp(`(^|\\.)${V.EACH_COLUMN}($|\\.)`).test(text)) {
      spec = "all";
      text = text.replace(V.EACH_COLUMN, "$");
    }
    if (spec) {
      const same =
        this.columns === undefined ||
        (spec === "all"
          ? this.columns === "all"
          : this.columns !== "all" && spec.join("|") === this.columns.join("|"));
      if (!same)
        this.fail(slot, "同一条规则中的列清单应相同", "every column list of one rule should be the same");
      this.columns = spec;
    }
    return text;
  }

  private row(slot: Slot, table: TableKey): RowSelector {
    const text = squash(slot.text);
    const bound = (row: RowSelector) => {
      this.boundAt ??= slot;
      return row;
    };
    if (text === V.ROW_WORDS.bound) return bound({ bound: true });
    if (text === V.ROW_WORDS.sameCode) return bound({ sameCode: true });
    if (text === V.ROW_WORDS.children) return bound({ children: true });
    if (text === V.ROW_WORDS.single) return { single: true };
    if (text.startsWith(V.ROW_WORDS.code)) {
      const code = text.slice(V.ROW_WORDS.code.length);
      if (!CODE.test(code))
        this.fail(slot, "码= 后应为科目编码，如 2010301", "码= takes a code, e.g. 2010301");
      return { code };
    }
    const level = /^Σ(类|款|项)(除)?([\d/]*)$/.exec(text);
    if (level || /^Σ(类|款|项)/.test(text)) {
      const codes = level?.[3] ? level[3].split("/") : [];
      if (!level || codes.some((c) => !CODE.test(c)) || (level[2] && !codes.length))
        this.fail(slot, "应写作 Σ款、Σ款 201/205 或 Σ款 除201", "write Σ款, Σ款 201/205 or Σ款 除201");
      // Σ类 is the top of the code tree (a 款 whose 类 row is missing counts there); Σ款, Σ项 every row of the level.
      const rows: RowSelector = level[1] === "类" ? { roots: true } : { level: level[1] as CodeLevel };
      if (codes.length) Object.assign(rows, level[2] ? { except: codes } : { only: codes });
      return rows;
    }
    if (text.startsWith("Σ")) {
      const m = /^Σ([^.]+)\.(.+)以上各行$/.exec(text);
      if (!m || !V.panelsOf(table).includes(m[1]))
        this.fail(
          slot,
          "Σ 之后应为 下级、类 或 <栏>.<行>以上各行（如 Σ支出.本年支出合计以上各行）",
          "Σ takes 下级, 类 or <panel>.<line>以上各行 (e.g. Σ支出.本年支出合计以上各行)",
        );
      return { above: m[2], panel: m[1] };
    }
    const name = squash(this.dollar(slot));
    const dot = name.indexOf(".");
    const panel = dot > 0 ? name.slice(0, dot) : "";
    if (panel && V.panelsOf(table).includes(panel)) return { line: name.slice(dot + 1), panel };
    return { line: name };
  }

  private column(slot: Slot, table: TableKey): string {
    const col = squash(this.dollar(slot)).replace(/（/g, "(").replace(/）/g, ")");
    const ids = V.columnIdsOf(table);
    const each = col.includes("$") ? (this.columns === "all" ? [] : (this.columns ?? [])) : [col];
    const wrong = each.map((c) => col.replace("$", c)).find((c) => !ids.includes(c));
    if (wrong !== undefined)
      this.fail(
        slot,
        `${table} 没有“${wrong}”列（可用：${ids.join("、")}）`,
        `${table} has no column “${wrong}” (columns: ${ids.join(", ")})`,
      );
    return col;
  }

  private options(): Options {
    this.next();
    const o: Options = {};
    const seen = new Set<string>();
    for (;;) {
      const key = this.next();
      const known = Object.values(V.OPTION) as string[];
      if (!key || key.type !== "word" || !known.includes(key.text))
        this.fail(key, `选项应为 ${known.join("、")} 之一`, `an option is one of ${known.join(", ")}`);
      if (seen.has(key.text))
        this.fail(key, `选项“${key.text}”写了两次`, `option “${key.text}” is given twice`);
      seen.add(key.text);
      this.expect("=", { zh: `“${key.text}”后应为 =`, en: `“=” should follow “${key.text}”` });
      this.option(key.text, o);
      const sep = this.next();
      if (sep?.type === "]") return o;
      if (sep?.type !== ",")
        this.fail(sep, "选项之间用“,”分隔，以“]”结束", "options are separated by “,” and end with “]”");
    }
  }

  private option(key: string, o: Options): void {
    if (key === V.OPTION.unlessSubLines) {
      this.expect("{", { zh: "分行跳过 = {表, 行}", en: "分行跳过 = {table, line}" });
      const tableSlot = this.slot();
      this.expect(",", { zh: "分行跳过 = {表, 行}", en: "分行跳过 = {table, line}" });
      const rowSlot = this.slot();
      this.expect("}", { zh: "分行跳过 = {表, 行}", en: "分行跳过 = {table, line}" });
      const table = this.tableKey(tableSlot);
      const row = this.row(rowSlot, table);
      if (!("line" in row)) this.fail(rowSlot, "分行跳过 只能写一个行名", "分行跳过 takes a line name");
      o.unlessSubLines = row.panel ? { table, line: row.line, panel: row.panel } : { table, line: row.line };
      return;
    }
    const value = this.next();
    if (key === V.OPTION.tolerance && value?.type === "-")
      this.fail(
        value,
        "容差应为 舍入 或以万元计的金额，不能为负",
        "容差 is 舍入 or an amount in 万元, not negative",
      );
    if (!value || (value.type !== "word" && value.type !== "string"))
      return this.fail(value, `“${key}”的值缺少`, `a value for “${key}” is missing`);
    const v = value.text;
    if (key === V.OPTION.message) {
      o.message = v;
    } else if (key === V.OPTION.severity) {
      o.severity = V.SEVERITY_WORDS[v];
      if (!o.severity) this.fail(value, "级别应为 错误、需说明 或 提示", "级别 is 错误, 需说明 or 提示");
    } else if (key === V.OPTION.tolerance) {
      if (v !== V.TOLERANCE_ROUNDING && !/^\d+(\.\d+)?$/.test(v))
        this.fail(
          value,
          "容差应为 舍入 或以万元计的金额，如 0.05",
          "容差 is 舍入 or an amount in 万元, e.g. 0.05",
        );
      if (v !== V.TOLERANCE_ROUNDING) o.tolerance = v;
    } else if (key === V.OPTION.blanks) {
      if (v !== V.BLANK_ZERO && v !== V.BLANK_UNKNOWN)
        this.fail(value, "空白应为 零 或 未知", "空白 is 零 or 未知");
      o.blanks = v === V.BLANK_ZERO ? "zero" : "unknown";
    } else {
      if (v !== V.SKIP) this.fail(value, "缺项 只能为 跳过", "缺项 takes 跳过");
      o.needParts = true;
    }
  }
}

function noPanel(table: TableKey, panel: string): [string, string] {
  const panels = V.panelsOf(table);
  return [
    `${table} 没有“${panel}”栏${panels.length ? `（可用：${panels.join("、")}）` : ""}`,
    `${table} has no panel “${panel}”${panels.length ? ` (panels: ${panels.join(", ")})` : ""}`,
  ];
}
