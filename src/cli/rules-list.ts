import { catalogue, describeRule, isRule } from "../engine";

/**
 * `juesuan rules`: every catalogued check, one a line — the identities in the rule notation, then the
 * checks written as code with what they say; or all of it as JSON for other tools. The JSON keeps
 * `rules` (identities, with `assertion`) and `checks` (the rest), each entry with its severity and
 * messages added.
 */
export function listRules(json: boolean): string {
  const all = catalogue();
  const rules = all.filter(isRule).map((r) => ({
    id: r.id,
    group: r.group,
    severity: r.severity,
    assertion: describeRule(r),
    messages: r.messages,
  }));
  const checks = all
    .filter((c) => !isRule(c))
    .map((c) => ({
      id: c.id,
      group: c.group,
      severity: c.severity,
      messages: c.messages,
      ...(c.describe ? { describe: c.describe } : {}),
    }));
  if (json) return `${JSON.stringify({ rules, checks }, null, 2)}\n`;
  const width = Math.max(...checks.map((c) => c.id.length));
  return [
    ...rules.map((r) => `${r.id.padEnd(22)} ${r.group.padEnd(8)} ${r.severity.padEnd(8)} ${r.assertion}\n`),
    "\n其他检查 / further checks:\n",
    ...checks.map(
      (c) =>
        `${c.id.padEnd(width)} ${c.group.padEnd(12)} ${c.severity.padEnd(8)} ${(c.describe ?? c.messages).zh}\n`,
    ),
  ].join("");
}
