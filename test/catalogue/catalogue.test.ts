import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import {
  catalogue,
  checkWorkbook,
  Finding,
  GROUP_NAMES,
  isRule,
  placeholders,
  RULE_GROUPS,
  RULEBOOK,
} from "../../src/engine";
import { defineCheck, emitter } from "../../src/engine/catalogue";
import { runRules } from "../../src/engine/rules";
import { checkPerformance } from "../../src/engine/selfeval";
import { listRules } from "../../src/cli/rules-list";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { Base, tablesOf } from "../rules/fixtures";
import { seedTables } from "../rules/seed-tables";
import { goodSpec, projectSheet, workbookOf } from "../selfeval/build";

const root = join(__dirname, "..", "..");
const ids = new Set(catalogue().map((c) => c.id));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the catalogue", () => {
  test("holds every identity of the rulebook and the checks written as code, each id once", () => {
    const all = catalogue().map((c) => c.id);
    expect(new Set(all).size).toBe(all.length);
    expect(catalogue().filter(isRule)).toEqual([...RULEBOOK]);
    for (const id of ["cell.invalid", "cell.uncalculated", "recognition", "codes.name", "PERF.total"])
      expect(ids).toContain(id);
  });

  test("refuses a second declaration of an id", () => {
    const [first] = catalogue();
    expect(() => defineCheck({ ...first })).toThrow(`check ${first.id} declared twice`);
  });

  test("every message says it in Chinese and in English, with the same placeholders", () => {
    const wrong = catalogue().flatMap((c) =>
      [c.messages, ...(c.describe ? [c.describe] : [])].flatMap((m) => {
        const zh = placeholders(m.zh).sort().join();
        const en = placeholders(m.en).sort().join();
        return !m.zh || !m.en || zh !== en ? [{ id: c.id, zh, en }] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  test("every id is a string literal in the engine's source, so a search finds where it is declared", () => {
    const source = sourceFiles(join(root, "src", "engine"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect([...ids].filter((id) => !source.includes(`"${id}"`))).toEqual([]);
  });

  test("the settings' switches are the catalogue's groups, but the cells that are always said", () => {
    const groups = new Set(catalogue().map((c) => c.group));
    groups.delete("cells");
    expect(RULE_GROUPS.map((g) => g.id).sort()).toEqual([...groups].sort());
    expect(RULE_GROUPS.slice(0, 5).map((g) => g.id)).toEqual([
      "within",
      "between",
      "codes",
      "completeness",
      "perf",
    ]);
    expect(RULE_GROUPS[0]).toEqual({ id: "within", ...GROUP_NAMES.within });
  });
});

describe("juesuan rules", () => {
  test("lists every catalogued check, none missing, identities in the rule notation", () => {
    const text = listRules(false);
    const listed = new Set(text.split("\n").map((l) => l.split(" ")[0]));
    expect([...ids].filter((id) => !listed.has(id))).toEqual([]);
    expect(text).toMatch(
      /^JBZC\.SG\.running +between +error +\{T_JBZC, 码=30231, 决算数\} ≤ \{T_SG, 数据行, 决算数\.公务用车运行维护费\}/m,
    );
    expect(text).toMatch(/^codes\.other-share +codes +info +“其他…支出”款超过所属类的一半/m);
  });

  test("gives id, group, severity and messages of each as JSON, and the rule text of identities", () => {
    const { rules, checks } = JSON.parse(listRules(true)) as {
      rules: { id: string; assertion: string; messages: { zh: string; en: string } }[];
      checks: { id: string; group: string; severity: string; messages: { zh: string; en: string } }[];
    };
    expect([...rules, ...checks].map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(rules.every((r) => r.assertion && r.messages.zh && r.messages.en)).toBe(true);
    expect(checks.find((c) => c.id === "cell.invalid")).toEqual({
      id: "cell.invalid",
      group: "cells",
      severity: "error",
      messages: { zh: "{where}（{cell}）：{reason}", en: "{where} ({cell}): {reason}" },
      describe: {
        zh: "金额单元格不是金额（始终报告）",
        en: "an amount cell that holds no amount (always said)",
      },
    });
  });
});

describe("emit", () => {
  const check = {
    id: "test.emit",
    group: "cells" as const,
    severity: "warning" as const,
    messages: {
      zh: "{title}中“{line}”{n} 处",
      en: "{title}: “{line}” {n} times",
    },
  };

  test("fills placeholders in the finding's language, a value said in each language picked by it", () => {
    const params = { title: { zh: "支出决算表", en: "支出决算表 (T_ZC)" }, line: "合计", n: 2 };
    const cells = [{ sheet: "表3", address: "B7" }];
    expect(emitter("zh")(check, params, cells, { table: "T_ZC" })).toEqual({
      rule: "test.emit",
      severity: "warning",
      message: "支出决算表中“合计”2 处",
      cells,
      table: "T_ZC",
    });
    expect(emitter("en")(check, params, cells, { severity: "info" })).toMatchObject({
      severity: "info",
      message: "支出决算表 (T_ZC): “合计” 2 times",
    });
  });

  test("leaves a placeholder with no value as written, so a missing value shows", () => {
    expect(emitter("zh")(check, { line: "合计" }, []).message).toBe("{title}中“合计”{n} 处");
  });
});

/** Every finding names a catalogued check, and no placeholder is left unfilled in its message. */
function expectCatalogued(findings: Finding[]): void {
  expect(findings.filter((f) => !ids.has(f.rule)).map((f) => f.rule)).toEqual([]);
  expect(findings.filter((f) => /\{\w+\}/.test(f.message)).map((f) => f.message)).toEqual([]);
}

describe("every finding the engine makes is catalogued", () => {
  test.each(["published", "corrected"])("on samples/%s.xlsx, in both languages", async (name) => {
    const wb = await readXlsx(
      new Uint8Array(readFileSync(join(root, "samples", `${name}.xlsx`))),
      `${name}.xlsx`,
    );
    for (const lang of ["zh", "en"] as const) {
      const { findings } = checkWorkbook(wb, { lang });
      if (name === "published") expect(findings.length).toBeGreaterThan(10);
      expectCatalogued(findings);
    }
  });

  test.each(["seed", "funds", "sg", "sgBasic"] as Base[])(
    "on the %s fixtures, consistent and broken",
    (base) => {
      expectCatalogued(runRules(tablesOf(base)));
    },
  );

  test("on the published seed tables and a broken 自评表, in both languages", () => {
    const spec = goodSpec();
    spec.total = 96;
    const perf = workbookOf(projectSheet(spec));
    for (const lang of ["zh", "en"] as const) {
      const findings = [
        ...runRules(seedTables(), { lang }),
        ...checkPerformance(perf, [], { lang }).findings,
      ];
      expect(findings.length).toBeGreaterThan(0);
      expectCatalogued(findings);
    }
  });
});

describe("the README's rulebook table", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### The rulebook"));
  /** "| `within` 表内平衡 | 38 | 0 | …": group, identities, checks written as code. */
  const rows = [...section.matchAll(/^\| `(\w+)` [^|]*\| (\d+) \| (\d+) \|/gm)].map((m) => ({
    group: m[1],
    identities: Number(m[2]),
    coded: Number(m[3]),
  }));

  test("gives each group's counts as the catalogue has them", () => {
    const counted = [...new Set(catalogue().map((c) => c.group))].map((group) => ({
      group,
      identities: catalogue().filter((c) => c.group === group && isRule(c)).length,
      coded: catalogue().filter((c) => c.group === group && !isRule(c)).length,
    }));
    const byGroup = (a: { group: string }, b: { group: string }) => (a.group < b.group ? -1 : 1);
    expect(rows.sort(byGroup)).toEqual(counted.sort(byGroup));
  });
});
