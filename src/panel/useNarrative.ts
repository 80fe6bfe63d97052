import * as React from "react";
import { Finding, Lang } from "../engine";
import { CellRef, Workbook } from "../engine/model";
import { NarrativeSource } from "../engine/narrative/types";
import { narrativeFromText, NarrativeReadError, readNarrative } from "../hosts/narrative/read";
import { PanelHost, ShownParagraph } from "./host";
import { Translate } from "./messages";
import { quotedParagraph } from "./narrative";
import { NarrativeLookup } from "./components/NarrativeQuote";

type Report = (status: { intent: "success" | "error" | "info"; text: string }) => void;

/**
 * The 情况说明 the user gives the panel (a .docx / .txt opened from disk, or pasted text), kept with the
 * workbook through the host, and what the last check used, to show the paragraphs its findings quote.
 * Each handler resolves to true when the narrative changed (the panel then checks again).
 */
export function useNarrative(
  host: PanelHost,
  lang: Lang,
  t: Translate,
  report: Report,
  fail: (e: unknown) => void,
) {
  const [given, setGiven] = React.useState<NarrativeSource>();
  const [busy, setBusy] = React.useState(false);
  /** The workbook and the given narrative of the last check: its findings' quotes point into them. */
  const checked = React.useRef<{ workbook?: Workbook; narrative?: NarrativeSource }>({});

  /** The narrative kept with the workbook, read afresh: the browser page may pair one at any time. */
  const load = React.useCallback(async () => {
    const n = await host.loadNarrative().catch(() => undefined);
    setGiven(n);
    return n;
  }, [host]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const keep = async (n: NarrativeSource | undefined, done: string): Promise<boolean> => {
    try {
      await host.saveNarrative(n);
      setGiven(n);
      report({ intent: "success", text: done });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const open = async (file: File): Promise<boolean> => {
    setBusy(true);
    try {
      const n = await readNarrative(new Uint8Array(await file.arrayBuffer()), file.name);
      return await keep(n, t("narrativeSaved", { source: n.source, n: n.paragraphs.length }));
    } catch (e) {
      if (!(e instanceof NarrativeReadError)) fail(e);
      else report({ intent: "error", text: lang === "en" ? e.en : e.message });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const paste = async (text: string): Promise<boolean> => {
    const n = narrativeFromText(text);
    if (!n.paragraphs.length) {
      report({ intent: "info", text: t("narrativeEmptyPaste") });
      return false;
    }
    return keep(n, t("narrativeSaved", { source: n.source, n: n.paragraphs.length }));
  };

  const remove = async (): Promise<boolean> =>
    given ? keep(undefined, t("narrativeRemoved", { source: given.source })) : false;

  const lookup = (select: (cells: CellRef[]) => void): NarrativeLookup => ({
    t,
    paragraph: (q, f) => quotedParagraph(q, f, checked.current.narrative, checked.current.workbook),
    select,
  });

  /** The first paragraph a finding quotes, for the browser page to show beside the grid. */
  const shown = (f: Finding | undefined): ShownParagraph | undefined => {
    const q = f?.text?.[0];
    const p = q && quotedParagraph(q, f, checked.current.narrative, checked.current.workbook);
    return q && p ? { source: q.source, paragraph: q.paragraph, text: p.text, quote: q.quote } : undefined;
  };

  /** Called by each check with what it used. */
  const used = (workbook: Workbook, narrative: NarrativeSource | undefined) => {
    checked.current = { workbook, narrative };
  };

  return { given, busy, load, open, paste, remove, lookup, shown, used };
}
