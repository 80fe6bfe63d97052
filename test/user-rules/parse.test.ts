import { readFileSync } from "fs";
import { join } from "path";
import { parseRule, printRule, RuleBody, Statement } from "../../src/engine/rules/language";
import { Rule, RULEBOOK } from "../../src/engine/rules";

/** The rule language: what parses to what, and where an error points. */

function body(text: string): RuleBody {
  const r = parseRule(text);
  if (!r.ok) throw new Error(`${r.error.messages.zh} at ${r.error.offset}`);
  if (r.statement.type !== "rule") throw new Error("not a rule");
  return r.statement.body;
}

function statement(text: string): Statement {
  const r = parseRule(text);
  if (!r.ok) throw new Error(r.error.messages.zh);
  return r.statement;
}

/** The characters an error points at (so a test shows where), and its messages. */
function errorAt(text: string): { at: string; zh: string; en: string } {
  const r = parseRule(text);
  if (r.ok) throw new Error(`parsed: ${text}`);
  const { offset, length, messages } = r.error;
  return { at: text.slice(offset, offset + length), zh: messages.zh, en: messages.en };
}

describe("good rules", () => {
  test("a between-table sum: total, parts, a user rule's defaults (error, blanks unknown)", () => {
    expect(
      body("{T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数} + {T_JBZC, 公用经费合计, 决算数}"),
    ).toEqual({
      severity: "error",
      kind: "sum",
      total: { table: "T_YBZC", row: { line: "合计" }, col: "基本支出" },
      parts: [
        { table: "T_JBZC", row: { line: "人员经费合计" }, col: "决算数" },
        { table: "T_JBZC", row: { line: "公用经费合计" }, col: "决算数" },
      ],
      blanks: "unknown",
    });
  });

  test("one cell against one cell is an equality; ≤ ≥ ≈ and their ASCII forms", () => {
    const a = "{T_SG, 数据行, 决算数.公务接待费}";
    const b = "{T_JBZC, 码=30217, 决算数}";
    expect(body(`${a} = ${b}`).kind).toBe("equal");
    expect(body(`${a} >= ${b}`).kind).toBe("atLeast");
    expect(body(`${a} ≥ ${b}`)).toMatchObject({
      kind: "atLeast",
      total: { table: "T_SG", row: { single: true }, col: "决算数.公务接待费" },
      parts: [{ table: "T_JBZC", row: { code: "30217" }, col: "决算数" }],
    });
    expect(body(`${a} <= ${b}`).kind).toBe("atMost");
    expect(body(`${a} ≤ ${b}`).kind).toBe("atMost");
    expect(body(`${a} ≈ ${b}`)).toMatchObject({ kind: "equal", approx: true });
  });

  test("Σ selectors, a minus, and a panel before a line name", () => {
    expect(
      body("{T_SZZB, 支出.本年支出合计, 金额} = {T_SZZB, Σ支出.本年支出合计以上各行, 金额}"),
    ).toMatchObject({
      kind: "sum",
      total: { row: { line: "本年支出合计", panel: "支出" } },
      parts: [{ row: { above: "本年支出合计", panel: "支出" } }],
    });
    expect(body("{T_JBZC, 人员经费合计, 决算数} = {T_JBZC, Σ类 301/303, 决算数}").parts[0].row).toEqual({
      roots: true,
      only: ["301", "303"],
    });
    expect(body("{T_JBZC, 公用经费合计, 决算数} = {T_JBZC, Σ类 除301/303, 决算数}").parts[0].row).toEqual({
      roots: true,
      except: ["301", "303"],
    });
    expect(body("{T_ZC, 合计, 基本支出} = {T_ZC, Σ款 除20103, 基本支出}").parts[0].row).toEqual({
      level: "款",
      except: ["20103"],
    });
    expect(body("{T_ZC, 码=201, 基本支出} = {T_ZC, Σ项 201, 基本支出}").parts[0].row).toEqual({
      level: "项",
      only: ["201"],
    });
    const balance = body(
      "{T_JJ, 合计, 年末结转和结余} = {T_JJ, 合计, 年初结转和结余} − {T_JJ, 合计, 本年支出合计}",
    );
    expect(balance.parts.map((p) => p.negate)).toEqual([undefined, true]);
  });

  test("每个 … 属于 … repeats a rule over code rows, with a code prefix and conditions", () => {
    expect(
      body("每个 项 属于 T_ZC 码=20103：{T_ZC, 每行, 本年支出合计} ≤ {T_YBZC, 同编码行, 合计}").forEach,
    ).toEqual({ rows: { table: "T_ZC", kinds: ["code"], level: "项", under: "20103" } });
    expect(body("每个 编码行 属于 T_SR 有下级: {T_SR, 每行, 每列} = {T_SR, Σ下级, 每列}").forEach).toEqual({
      rows: { table: "T_SR", kinds: ["code"], parents: true },
      columns: "all",
    });
    expect(
      body(
        "每个 行 属于 T_SZZB.支出 本年支出合计以上 有编码：{T_SZZB, 每行, 金额} = {T_ZC, 同编码行, 本年支出合计}",
      ).forEach?.rows,
    ).toEqual({ table: "T_SZZB", panel: "支出", above: "本年支出合计", coded: true });
  });

  test("a column list repeats the rule over those columns, written as $", () => {
    expect(
      body("{T_SG, 数据行, [预算数|决算数].合计} = {T_SG, 数据行, [预算数|决算数].公务接待费}"),
    ).toMatchObject({
      total: { col: "$.合计" },
      parts: [{ col: "$.公务接待费" }],
      forEach: { columns: ["预算数", "决算数"] },
    });
  });

  test("options: severity, tolerance, blanks as zero, message with quotes", () => {
    const b = parseRule(
      '{T_JBZC, 码=30201, 决算数} ≤ {T_JBZC, 码=302, 决算数} [级别=需说明, 容差=0.05, 空白=零, 说明="办公费\\"超\\"了"]',
    );
    expect(b).toEqual({
      ok: true,
      statement: {
        type: "rule",
        message: '办公费"超"了',
        body: {
          severity: "warning",
          kind: "atMost",
          total: { table: "T_JBZC", row: { code: "30201" }, col: "决算数" },
          parts: [{ table: "T_JBZC", row: { code: "302" }, col: "决算数" }],
          tolerance: "0.05",
        },
      },
    });
    expect(
      body("{T_JBZC, 码=30201, 决算数} = {T_JBZC, 码=302, 决算数} [级别=提示, 容差=舍入]"),
    ).toMatchObject({
      severity: "info",
      blanks: "unknown",
    });
    expect(body("{T_JBZC, 码=30201, 决算数} = {T_JBZC, 码=302, 决算数}").tolerance).toBeUndefined();
  });

  test("an id prefix, full-width punctuation typed with an IME, and a switched-off built-in", () => {
    expect(statement("R001：｛T_JBZC，码＝30201，决算数｝＜＝｛T_JBZC，码＝302，决算数｝")).toMatchObject({
      type: "rule",
      id: "R001",
      body: { kind: "atMost", total: { row: { code: "30201" } } },
    });
    expect(statement("关闭 ZC.code.children")).toEqual({ type: "disable", ids: ["ZC.code.children"] });
    expect(statement("本地1: 停用 completeness.missing-line, codes.name")).toEqual({
      type: "disable",
      id: "本地1",
      ids: ["completeness.missing-line", "codes.name"],
    });
  });

  test("a required term and a 分行跳过 option", () => {
    const b = body(
      "{T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数, 必需} [分行跳过={T_CZZB, 支出.年末财政拨款结转和结余}]",
    );
    expect(b.parts[0].required).toBe(true);
    expect(b.unlessSubLines).toEqual({ table: "T_CZZB", line: "年末财政拨款结转和结余", panel: "支出" });
  });
});

describe("errors point at the character", () => {
  const cases: [string, string, string][] = [
    // [rule, the characters the error points at, words of the message]
    ["", "", "规则是空的"],
    ["{T_XX, 合计, 基本支出} = {T_JBZC, 码=302, 决算数}", "T_XX", "没有“T_XX”这张表"],
    ["{T_YBZC, 合计, 基本支} = {T_JBZC, 码=302, 决算数}", "基本支", "没有“基本支”列"],
    ["{T_YBZC, 合计, 基本支出} {T_JBZC, 码=302, 决算数}", "{", "关系符"],
    ["{T_YBZC, 合计, 基本支出} < {T_JBZC, 码=302, 决算数}", "<", "不是关系符"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数} {T_JBZC, 码=301, 决算数}", "{", "缺少 + 或 −"],
    ["{T_YBZC, 合计} = {T_JBZC, 码=302, 决算数}", "}", "缺少列"],
    ["{T_YBZC, 合计, 基本支出 = {T_JBZC, 码=302, 决算数}", "{", "不能再写 {"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数", "", "缺少 }"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=3x2, 决算数}", "码=3x2", "码= 后应为科目编码"],
    [
      "{T_YBZC, 合计, 基本支出} ≤ {T_JBZC, 码=302, 决算数} + {T_JBZC, 码=301, 决算数}",
      "≤",
      "只能是一个单元格",
    ],
    ["{T_YBZC, 每行, 基本支出} = {T_ZC, 同编码行, 基本支出}", "每行", "每个 … 属于"],
    ["每个 段 属于 T_ZC: {T_ZC, 每行, 基本支出} = {T_ZC, Σ下级, 基本支出}", "段", "“每个”后应为"],
    ["每个 款 在 T_ZC: {T_ZC, 每行, 基本支出} = {T_ZC, Σ下级, 基本支出}", "在", "属于 表"],
    ["每个 款 属于 T_ZC 全部: {T_ZC, 每行, 基本支出} = {T_ZC, Σ下级, 基本支出}", "全部", "不认识的条件"],
    ["每个 款 属于 T_ZC.收入: {T_ZC, 每行, 基本支出} = {T_ZC, Σ下级, 基本支出}", "T_ZC.收入", "没有“收入”栏"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数} [级别=严重]", "严重", "级别应为"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数} [容差=-1]", "-", "不能为负"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数} [颜色=红]", "颜色", "选项应为"],
    ['{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数} [说明="未完]', '"', "引号没有配对"],
    ["{T_YBZC, 合计, 基本支出} = {T_JBZC, 码=302, 决算数} [空白=零, 空白=未知]", "空白", "写了两次"],
    ["{T_SG, 数据行, [预算数|决算数].合计} = {T_SG, 数据行, [决算数].合计}", "[决算数].合计", "列清单应相同"],
    ["{T_JBZC, 人员经费合计, 决算数} = {T_JBZC, Σ段, 决算数}", "Σ段", "Σ 之后应为"],
    ["{T_JBZC, 人员经费合计, 决算数} = {T_JBZC, Σ类 除, 决算数}", "Σ类 除", "Σ款 201/205"],
    ["关闭", "", "内置规则的编号"],
    ["R 1: 关闭 ZC.code.children", "R", "应为一个单元格"],
  ];
  test.each(cases)("%s", (text, at, words) => {
    const e = errorAt(text);
    expect(e.zh).toContain(words);
    expect(e.en).toMatch(/\w/);
    expect(e.at).toBe(at);
  });
});

/** A rule less its catalogue fields (id, group, messages, describe): everything the language must keep. */
function logicOf(rule: Rule): RuleBody {
  const logic: Partial<Rule> = { ...rule };
  delete logic.id;
  delete logic.group;
  delete logic.messages;
  delete logic.describe;
  return logic as RuleBody;
}

describe("the built-in rules in the language", () => {
  test.each(RULEBOOK.map((r) => [r.id, r] as const))(
    "%s prints and parses back to the same rule",
    (id, rule) => {
      const logic = logicOf(rule);
      const text = printRule(logic, id);
      const parsed = parseRule(text);
      expect(parsed).toEqual({ ok: true, statement: { type: "rule", id, body: logic } });
    },
  );

  test("a rule prints as the notation `juesuan rules` shows", () => {
    const rule = RULEBOOK.find((r) => r.id === "YBZC.JBZC.basic");
    expect(printRule(logicOf(rule!), rule!.id)).toBe(
      "YBZC.JBZC.basic: {T_YBZC, 合计, 基本支出} = {T_JBZC, 人员经费合计, 决算数, 必需} + {T_JBZC, 公用经费合计, 决算数, 必需} [空白=零]",
    );
  });

  test("a user rule with every option prints and parses back", () => {
    const text =
      '每个 款 属于 T_ZC 码=201: {T_ZC, 每行, 本年支出合计} ≈ {T_ZC, 每行, 基本支出} + {T_ZC, 每行, 项目支出} [级别=提示, 容差=0.1, 说明="见{cell}"]';
    const first = parseRule(text);
    if (!first.ok || first.statement.type !== "rule") throw new Error("did not parse");
    const again = parseRule(printRule(first.statement.body, "R9", first.statement.message));
    expect(again).toEqual({ ok: true, statement: { ...first.statement, id: "R9" } });
  });
});

describe("the README's examples", () => {
  test("every line of the 审核公式 examples parses", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### 审核公式 (user rules)"));
    const block = /Examples:\n\n```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const lines = block.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect([line, parseRule(line).ok]).toEqual([line, true]);
  });
});
