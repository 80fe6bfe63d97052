import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/engine/check";
import { Finding } from "../../src/engine/findings";
import { parseA1, RawValue, Workbook } from "../../src/engine/model";
import { CheckOptions } from "../../src/engine/result";
import { readXlsx } from "../../src/hosts/xlsx/read";

/**
 * User rules on the bundled corrected sample (every built-in identity holds): a 审核公式 sheet and a
 * --rules file, rules that hold and rules that break, a syntax error beside good rules, a built-in
 * switched off. 公开06表 is the 基本支出明细表: F6 302 商品和服务支出 98.33, I34 公用经费合计 98.33,
 * F7 30201 办公费 7.17, F8 30202 印刷费 0.02, F9 30203 咨询费 blank, F13 30207 邮电费 6.78,
 * F26 30226 劳务费 0.48, F29 30229 福利费 37.6.
 */

let corrected: Workbook;
beforeAll(async () => {
  corrected = await readXlsx(readFileSync(join(__dirname, "../../samples/corrected.xlsx")), "corrected");
});

/** A copy of the sample with some cells changed and, if given, a 审核公式 sheet. */
function workbook(edits: Record<string, RawValue> = {}, ruleRows?: RawValue[][]): Workbook {
  const wb: Workbook = structuredClone(corrected);
  for (const [ref, value] of Object.entries(edits)) {
    const [sheetName, address] = ref.split("!");
    const sheet = wb.sheets.find((s) => s.name === sheetName)!;
    const { row, col } = parseA1(address)!;
    sheet.values[row - sheet.origin.row][col - sheet.origin.col] = value;
    if (sheet.texts) sheet.texts[row - sheet.origin.row][col - sheet.origin.col] = String(value ?? "");
  }
  if (ruleRows)
    wb.sheets.push({
      name: "审核公式",
      origin: { row: 0, col: 0 },
      merges: [],
      values: [["编号", "规则", "级别", "说明"], ...ruleRows],
    });
  return wb;
}

const user = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("user."));
const cells = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.address}`);
const file = (text: string): CheckOptions => ({ userRules: [{ source: "/省/本地规则.txt", text }] });

const PUBLIC = "{T_JBZC, 公用经费合计, 决算数} = {T_JBZC, 码=302, 决算数}";
const BROKEN = { "公开06表!I34": 97.33 };

describe("a rule in the 审核公式 sheet and the same rule in a --rules file", () => {
  test("hold on a workbook that keeps them: no finding, and the sheet itself changes nothing else", () => {
    const plain = checkWorkbook(workbook());
    const withSheet = checkWorkbook(workbook({}, [["R001", PUBLIC, "", ""]]));
    expect(user(withSheet.findings)).toEqual([]);
    expect([withSheet.tables, withSheet.findings]).toEqual([plain.tables, plain.findings]);
    expect(user(checkWorkbook(workbook(), file(`R001: ${PUBLIC}`)).findings)).toEqual([]);
  });

  test("each give one finding with the user's id, on its cells (total first), where the workbook breaks it", () => {
    const fromSheet = user(checkWorkbook(workbook(BROKEN, [["R001", PUBLIC, "", ""]])).findings);
    const fromFile = user(checkWorkbook(workbook(BROKEN), file(`# 省厅规则\n\nR001: ${PUBLIC}\n`)).findings);
    for (const found of [fromSheet, fromFile]) {
      expect(found.map((f) => [f.rule, f.severity, f.actual, f.expected, f.difference])).toEqual([
        ["user.R001", "error", "97.33", "98.33", "-1.00"],
      ]);
      expect(cells(found[0])).toEqual(["公开06表!I34", "公开06表!F6"]);
      expect(found[0].message).toContain("审核公式 R001");
      expect(found[0].table).toBe("T_JBZC");
    }
  });

  test("the sheet's 级别 and 说明 columns set the finding's severity and message", () => {
    const [f] = user(
      checkWorkbook(workbook(BROKEN, [["R001", PUBLIC, "需说明", "公用经费 {actual} 与 302 不符"]])).findings,
    );
    expect([f.severity, f.message]).toEqual(["warning", "公用经费 97.33 与 302 不符（相差 -1.00）"]);
  });

  test("a rule without 编号 is named by where it stands", () => {
    expect(user(checkWorkbook(workbook(BROKEN, [["", PUBLIC, "", ""]])).findings).map((f) => f.rule)).toEqual(
      ["user.审核公式:2"],
    );
    expect(user(checkWorkbook(workbook(BROKEN), file(`\n${PUBLIC}`)).findings).map((f) => f.rule)).toEqual([
      "user.本地规则.txt:2",
    ]);
  });

  test("a row marked 停用 and a # row are not run", () => {
    const wb = workbook(BROKEN, [["#R001", `# ${PUBLIC}`, "", ""]]);
    expect(user(checkWorkbook(wb).findings)).toEqual([]);
    const off = workbook(BROKEN);
    off.sheets.push({
      name: "审核公式",
      origin: { row: 0, col: 0 },
      merges: [],
      values: [
        ["编号", "规则", "级别", "说明", "停用"],
        ["R001", PUBLIC, "", "", "是"],
      ],
    });
    expect(user(checkWorkbook(off).findings)).toEqual([]);
  });

  test("switching the user group off runs none of them", () => {
    const wb = workbook(BROKEN, [["R001", PUBLIC, "", ""]]);
    expect(user(checkWorkbook(wb, { disabledGroups: ["user"] }).findings)).toEqual([]);
  });
});

describe("a rule that does not parse", () => {
  test("is one error naming the sheet cell and the character; the rules around it still run", () => {
    const wb = workbook(BROKEN, [
      ["R001", PUBLIC, "", ""],
      ["R002", "{T_JBZC, 公用经费合计, 决算数} = {T_JBZC, 码=30x, 决算数}", "", ""],
      ["R003", "{T_JBZC, 码=30229, 决算数} ≥ {T_JBZC, 码=30201, 决算数}", "", ""],
      ["R004", "{T_JBZC, 码=30201, 决算数} ≥ {T_JBZC, 码=30229, 决算数}", "", ""],
    ]);
    const found = user(checkWorkbook(wb).findings);
    expect(found.map((f) => f.rule).sort()).toEqual(["user.R001", "user.R004", "user.syntax"]);
    const syntax = found.find((f) => f.rule === "user.syntax")!;
    expect(syntax.severity).toBe("error");
    expect(cells(syntax)).toEqual(["审核公式!B3"]);
    expect(syntax.message).toBe("审核公式有误（审核公式!B3，第 34 个字符）：码= 后应为科目编码，如 2010301");
    const en = user(checkWorkbook(wb, { lang: "en" }).findings).find((f) => f.rule === "user.syntax")!;
    expect(en.message).toBe(
      "审核公式 (user rule) error at 审核公式!B3, character 34: 码= takes a code, e.g. 2010301",
    );
  });

  test("in a file, names the file's line", () => {
    const found = user(
      checkWorkbook(workbook(BROKEN), file(`R001: ${PUBLIC}\nR002: {T_JBZC, 合计 = 1}`)).findings,
    );
    expect(found.map((f) => f.rule).sort()).toEqual(["user.R001", "user.syntax"]);
    const syntax = found.find((f) => f.rule === "user.syntax")!;
    expect(syntax.message).toMatch(/^审核公式有误（本地规则\.txt 第 2 行，第 \d+ 个字符）/);
    expect(syntax.cells).toEqual([]);
  });

  test("a bad 级别 column points at the 级别 cell", () => {
    const found = user(checkWorkbook(workbook(BROKEN, [["R001", PUBLIC, "严重", ""]])).findings);
    expect(found.map((f) => [f.rule, cells(f)])).toEqual([["user.syntax", ["审核公式!C2"]]]);
  });

  test("an id used twice is said; the first rule runs", () => {
    const found = user(checkWorkbook(workbook(BROKEN), file(`R001: ${PUBLIC}\nR001: ${PUBLIC}`)).findings);
    expect(found.map((f) => f.rule).sort()).toEqual(["user.R001", "user.syntax"]);
  });
});

describe("switching a built-in check off", () => {
  test("关闭 drops that check's findings and no other", () => {
    const wb = workbook(BROKEN);
    const before = checkWorkbook(wb).findings.map((f) => f.rule);
    expect(before).toContain("JBZC.public.total");
    const after = checkWorkbook(wb, file("关闭 JBZC.public.total")).findings.map((f) => f.rule);
    expect(after).not.toContain("JBZC.public.total");
    expect(after).toEqual(before.filter((r) => r !== "JBZC.public.total"));
    const sheet = checkWorkbook(workbook(BROKEN, [["", "停用 JBZC.public.total", "", ""]])).findings;
    expect(sheet.map((f) => f.rule)).toEqual(after);
  });

  test("an id that names no check is a syntax finding pointing at it", () => {
    const [f] = user(checkWorkbook(workbook(), file("关闭 ZC.no.such")).findings);
    expect([f.rule, f.message]).toEqual([
      "user.syntax",
      "审核公式有误（本地规则.txt 第 1 行，第 4 个字符）：没有编号为 ZC.no.such 的内置检查（juesuan rules 列出全部编号）",
    ]);
  });
});

describe("what a user rule can say", () => {
  const run = (rule: string, edits: Record<string, RawValue> = {}) =>
    user(checkWorkbook(workbook(edits), file(`R: ${rule}`)).findings);

  test("≥ holds one way and breaks the other, from the total's side", () => {
    expect(run("{T_JBZC, 码=30229, 决算数} ≥ {T_JBZC, 码=30201, 决算数}")).toEqual([]);
    const [f] = run("{T_JBZC, 码=30201, 决算数} ≥ {T_JBZC, 码=30229, 决算数}");
    expect([f.actual, f.expected, f.difference, cells(f)]).toEqual([
      "7.17",
      "37.60",
      "-30.43",
      ["公开06表!F7", "公开06表!F29"],
    ]);
    expect(f.message).toContain("小于");
  });

  test("≤ breaks where the total is above", () => {
    expect(run("{T_JBZC, 码=30201, 决算数} ≤ {T_JBZC, 码=30229, 决算数}")).toEqual([]);
    expect(run("{T_JBZC, 码=30229, 决算数} ≤ {T_JBZC, 码=30201, 决算数}").map((f) => f.message)).toEqual([
      expect.stringContaining("大于"),
    ]);
  });

  test("a fixed tolerance replaces the rounding intervals", () => {
    const rule = "{T_JBZC, 码=30201, 决算数} = {T_JBZC, 码=30207, 决算数}"; // 7.17 against 6.78
    expect(run(`${rule} [容差=0.5]`)).toEqual([]);
    expect(run(`${rule} [容差=0.3]`).map((f) => [f.severity, f.difference])).toEqual([["error", "0.39"]]);
  });

  test("= says a 尾差; ≈ lets it hold", () => {
    const edits = { "公开06表!F8": 0.47 }; // 30202 0.47 against 30226 0.48
    expect(
      run("{T_JBZC, 码=30202, 决算数} = {T_JBZC, 码=30226, 决算数}", edits).map((f) => f.severity),
    ).toEqual(["rounding"]);
    expect(run("{T_JBZC, 码=30202, 决算数} ≈ {T_JBZC, 码=30226, 决算数}", edits)).toEqual([]);
  });

  test("a blank is unknown by default and zero when told", () => {
    const rule = "{T_JBZC, 码=30203, 决算数} = {T_JBZC, 码=30201, 决算数}"; // 30203 is blank
    expect(run(rule)).toEqual([]);
    const [f] = run(`${rule} [空白=零]`);
    expect([f.actual, f.expected, cells(f)]).toEqual(["0.00", "7.17", ["公开06表!F9", "公开06表!F7"]]);
  });

  test("每个 … 属于 … repeats over the code rows under a code, each finding on its row", () => {
    const found = run("每个 款 属于 T_ZC 码=201：{T_ZC, 每行, 本年支出合计} = {T_ZC, 每行, 基本支出}");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.message).toMatch(/支出决算表 201\d\d /);
    expect(run("每个 款 属于 T_ZC 码=201：{T_ZC, 每行, 本年支出合计} ≥ {T_ZC, 每行, 基本支出}")).toEqual([]);
  });

  test("Σ款 and Σ项 sum every row of that level, under a code where given", () => {
    // 302 = Σ its 款 holds in the corrected sample; one 款 changed breaks it, naming every 款 row.
    const rule = "{T_JBZC, 码=302, 决算数} = {T_JBZC, Σ款 302, 决算数} [空白=零]";
    expect(run(rule)).toEqual([]);
    const [f] = run(rule, { "公开06表!F7": 8.17 });
    expect([f.actual, f.expected, cells(f).slice(0, 3), cells(f).length]).toEqual([
      "98.33",
      "99.33",
      ["公开06表!F6", "公开06表!F7", "公开06表!F8"],
      28, // 302 and its 27 款 rows F7:F33, blank ones included
    ]);
  });

  test("a table, line or row the workbook does not have is said as not checked, never skipped", () => {
    const missing = run("{T_JBZC, 不存在的行, 决算数} = {T_JBZC, 码=302, 决算数}");
    expect(missing.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["user.unchecked", "info", "审核公式 R 未检查：T_JBZC 中没有“不存在的行”行"],
    ]);
    expect(run("{T_JBZC, 码=30801, 决算数} = {T_JBZC, 码=302, 决算数}")[0].message).toContain(
      "没有 30801 行",
    );
  });
});
