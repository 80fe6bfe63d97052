import * as React from "react";
import { Finding } from "../engine/findings";
import { CheckOptions } from "../engine/result";
import { recognizeTables } from "../engine/tables/recognize";
import { ruleFileText, testUserRule, USER_RULES_SHEET, UserRuleEntry } from "../engine/rules/user";
import { PanelHost } from "./host";

/**
 * The user's 审核公式 as the panel keeps them: loaded from and saved through the host (Excel: the
 * workbook's 审核公式 sheet, which the engine reads itself; the browser page: local storage, handed
 * to the engine as a rule file on each check), and one rule tested alone on the open workbook.
 */
export function useUserRules(host: PanelHost, fail: (e: unknown) => void) {
  const [rules, setRules] = React.useState<UserRuleEntry[]>([]);
  const latest = React.useRef<UserRuleEntry[]>([]);
  const loaded = React.useRef<Promise<void>>(Promise.resolve());

  React.useEffect(() => {
    let live = true;
    loaded.current = (host.loadUserRules?.() ?? Promise.resolve([]))
      .then((r) => {
        if (!live) return;
        latest.current = r;
        setRules(r);
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [host, fail]);

  const save = React.useCallback(
    async (next: UserRuleEntry[]) => {
      latest.current = next;
      setRules(next);
      await host.saveUserRules?.(next);
    },
    [host],
  );

  /** What a check is given besides the workbook: the rules that are not in it. */
  const options = React.useCallback(async (): Promise<Pick<CheckOptions, "userRules">> => {
    await loaded.current;
    const text = host.kind === "browser" ? ruleFileText(latest.current) : "";
    return text ? { userRules: [{ source: USER_RULES_SHEET, text }] } : {};
  }, [host]);

  const test = React.useCallback(
    async (rule: UserRuleEntry, options: CheckOptions): Promise<Finding[]> => {
      const wb = await host.readWorkbook();
      const { tables } = recognizeTables(wb, { assignments: options.assignments });
      return testUserRule(tables, rule, options);
    },
    [host],
  );

  return { rules, save, options, test };
}
