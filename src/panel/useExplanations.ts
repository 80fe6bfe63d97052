import * as React from "react";
import { applyExplanations, Explanation, withExplanation } from "../engine/explanations";
import { Finding } from "../engine/findings";
import { CheckOptions } from "../engine/result";
import { PanelHost } from "./host";

/**
 * The findings' 说明 as the panel keeps them: loaded from the host, handed to each check (which attaches
 * them to the findings they fit), and saved through the host. Those that fit no finding of the last check
 * (fixed, or the figures changed) are dropped the next time the list is saved.
 */
export function useExplanations(host: PanelHost, fail: (e: unknown) => void) {
  const latest = React.useRef<{ list: Explanation[]; stale: Set<Explanation> }>({
    list: [],
    stale: new Set(),
  });
  const loaded = React.useRef<Promise<void>>(Promise.resolve());

  React.useEffect(() => {
    let live = true;
    loaded.current = (host.loadExplanations?.() ?? Promise.resolve([]))
      .then((list) => {
        if (live) latest.current = { list, stale: new Set() };
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [host, fail]);

  /** What a check is given: the stored explanations, once loaded. */
  const options = React.useCallback(async (): Promise<Pick<CheckOptions, "explanations">> => {
    await loaded.current;
    return latest.current.list.length ? { explanations: latest.current.list } : {};
  }, []);

  /** After a check: which stored explanations fit none of its findings. */
  const checked = React.useCallback((findings: readonly Finding[]) => {
    latest.current.stale = new Set(applyExplanations(findings, latest.current.list).stale);
  }, []);

  /** Writes (or, for empty text, removes) the finding's 说明; resolves to the finding as now explained. */
  const save = React.useCallback(
    async (finding: Finding, text: string): Promise<Finding> => {
      const { list, stale } = latest.current;
      const kept = list.filter((e) => !stale.has(e));
      const next = withExplanation(kept, finding, text, new Date().toISOString().slice(0, 10));
      await host.saveExplanations?.(next);
      latest.current = { list: next, stale: new Set() };
      const explained: Finding = { ...finding, explanation: text.trim() };
      if (!text.trim()) delete explained.explanation;
      return explained;
    },
    [host],
  );

  return { options, checked, save, editable: !!host.saveExplanations };
}
