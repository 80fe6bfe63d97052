import * as React from "react";
import { flushSync } from "react-dom";
import {
  Button,
  FluentProvider,
  Input,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Switch,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  CheckmarkCircleRegular,
  EraserRegular,
  HighlightRegular,
  SearchRegular,
} from "@fluentui/react-icons";
import { checkWorkbook } from "../../engine/check";
import { Finding, SEVERITIES } from "../../engine/findings";
import { CellRef, parseRange, Workbook } from "../../engine/model";
import { CheckOptions, CheckResult } from "../../engine/result";
import { TableAssignment, TableKey } from "../../engine/tables/types";
import { FindingFilter, groupFindings, orderedFindings, tableTitle } from "../grouping";
import { DEFAULT_SETTINGS, HostNotice, PanelHost, PanelSettings } from "../host";
import { translator } from "../messages";
import { afterNextPaint } from "../paint";
import { explanationText } from "../explanation-messages";
import { useExplanations } from "../useExplanations";
import { useNarrative } from "../useNarrative";
import { inThisWorkbook, usePrevious } from "../usePrevious";
import { rulesText } from "../rules-messages";
import { useUserRules } from "../useUserRules";
import { FindingList } from "./FindingList";
import { RulesView } from "./RulesView";
import { NarrativeContext } from "./NarrativeQuote";
import { NarrativeCoverageLine, NarrativeView } from "./NarrativeView";
import { PreviousLine } from "./PreviousLine";
import { SettingsView } from "./SettingsView";
import { Summary } from "./Summary";
import { TableMap } from "./TableMap";

export type Checker = (wb: Workbook, options: CheckOptions) => CheckResult;

/** Edits come in bursts (typing, pasting); one check a second after the last is enough. */
export const RECHECK_DELAY_MS = 1000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px", minHeight: "100%" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // The buttons, counts and filters stay in view while a long list scrolls under them.
  toolbar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    margin: "0 -12px",
    padding: "6px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  // A plain status line: Fluent's MessageBar measures itself with ResizeObserver, absent in older hosts.
  status: { padding: "6px 8px", borderRadius: tokens.borderRadiusMedium },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  host: PanelHost;
  /** The engine; tests may pass a stand-in. */
  check?: Checker;
  /** Last year's workbook given outside the panel (dropped on the browser page with this year's). */
  previousFile?: { name: string; arrayBuffer(): Promise<ArrayBuffer> };
}

type Status = { intent: "success" | "error" | "info"; text: string };

/** The validator panel: the same component in Excel's task pane and beside the browser page's grid. */
export function Panel({ host, check = checkWorkbook, previousFile }: Props) {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<PanelSettings>(DEFAULT_SETTINGS);
  const [assignments, setAssignments] = React.useState<TableAssignment[]>([]);
  const [result, setResult] = React.useState<CheckResult>();
  const [busy, setBusy] = React.useState<"reading" | "checking">();
  const [status, setStatus] = React.useState<Status>();
  const [filter, setFilter] = React.useState<FindingFilter>({ severities: [...SEVERITIES], text: "" });
  const [tab, setTab] = React.useState("findings");
  const t = translator(settings.lang);

  // The debounced re-check and the settings handlers need the latest values, not a render's snapshot.
  const latest = React.useRef({ settings, assignments, checked: false, running: false, again: false });
  latest.current.settings = settings;
  latest.current.assignments = assignments;

  // A check started before the workbook's settings and assignments arrive waits for them.
  const loaded = React.useRef<Promise<void>>(Promise.resolve());
  React.useEffect(() => {
    let live = true;
    loaded.current = Promise.all([host.loadSettings(), host.loadAssignments()])
      .then(([s, a]) => {
        if (!live) return;
        const merged = { ...DEFAULT_SETTINGS, ...s };
        latest.current.settings = merged;
        latest.current.assignments = a;
        setSettings(merged);
        setAssignments(a);
      })
      .catch(() => undefined); // Defaults stand in for settings that cannot be read.
    return () => {
      live = false;
    };
  }, [host]);

  const fail = React.useCallback((e: unknown) => {
    const tr = translator(latest.current.settings.lang);
    // A notice the host understood is shown in the panel's language, as it is.
    if (e instanceof HostNotice) return setStatus({ intent: e.intent, text: tr(e.key, e.params) });
    const msg = e instanceof Error ? e.message : String(e);
    setStatus({ intent: "error", text: tr("failed", { msg }) });
  }, []);

  const narrative = useNarrative(host, settings.lang, t, setStatus, fail);
  const userRules = useUserRules(host, fail);
  const userRuleOptions = userRules.options;
  const explanations = useExplanations(host, fail);
  const explanationOptions = explanations.options;
  const explanationsChecked = explanations.checked;
  const loadNarrative = narrative.load;
  const usedNarrative = narrative.used;
  const previous = usePrevious(t, setStatus);
  const previousOptions = previous.options;

  const runCheck = React.useCallback(async () => {
    const state = latest.current;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    try {
      do {
        state.again = false;
        setBusy("reading");
        await loaded.current;
        const wb = await host.readWorkbook();
        // Read afresh each time: the browser page may have paired a narrative file since.
        const given = await loadNarrative();
        const fromRules = await userRuleOptions();
        const explained = await explanationOptions();
        // The engine is synchronous: commit the progress bar now and let it paint before the engine
        // holds the thread (a workbook read from memory gives React no chance to render on its own).
        flushSync(() => setBusy("checking"));
        await afterNextPaint();
        const { settings: s, assignments: a } = latest.current;
        const r = check(wb, {
          lang: s.lang,
          disabledGroups: s.disabledGroups,
          roundingSlack: s.roundingSlack,
          assignments: a,
          narrative: given,
          ...fromRules,
          ...explained,
          ...previousOptions(wb),
        });
        usedNarrative(wb, given);
        explanationsChecked(r.findings);
        state.checked = true;
        setResult(r);
        setStatus(undefined);
      } while (state.again);
    } catch (e) {
      fail(e);
    } finally {
      state.running = false;
      setBusy(undefined);
    }
  }, [
    host,
    check,
    fail,
    loadNarrative,
    usedNarrative,
    userRuleOptions,
    previousOptions,
    explanationOptions,
    explanationsChecked,
  ]);

  // A narrative paired outside the panel (the browser page's file drop) is shown, and checked if the
  // workbook was.
  React.useEffect(
    () =>
      host.onNarrativeChange?.(() => {
        void loadNarrative();
        if (latest.current.checked) void runCheck();
      }),
    [host, loadNarrative, runCheck],
  );

  /** After the user gave or removed a narrative: check again when the workbook was checked. */
  const narrativeChanged = (changed: boolean) => {
    if (changed && latest.current.checked) void runCheck();
  };
  /** Last year's report opened or removed: the same. */
  const previousChanged = narrativeChanged;
  const openPrevious = previous.open;
  React.useEffect(() => {
    if (previousFile)
      void openPrevious(previousFile).then((changed) => {
        if (changed && latest.current.checked) void runCheck();
      });
    // Only a newly given file is opened, not each time the panel's handlers change.
  }, [previousFile]);

  React.useEffect(() => {
    if (!settings.autoCheck) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChange(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (latest.current.checked) void runCheck();
      }, RECHECK_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [host, settings.autoCheck, runCheck]);

  const changeSettings = (next: PanelSettings) => {
    const prev = latest.current.settings;
    latest.current.settings = next;
    setSettings(next);
    host.saveSettings(next).catch(fail);
    const affectsResult =
      prev.lang !== next.lang ||
      prev.roundingSlack !== next.roundingSlack ||
      prev.disabledGroups.join() !== next.disabledGroups.join();
    if (affectsResult && latest.current.checked) void runCheck();
  };

  const changeAssignments = async (next: TableAssignment[]) => {
    latest.current.assignments = next;
    setAssignments(next);
    await host.saveAssignments(next);
    if (latest.current.checked) await runCheck();
  };

  const assign = async (key: TableKey) => {
    try {
      const title = tableTitle(key, result?.tables ?? [], settings.lang);
      const range = await host.selectedRange();
      // Excel always has a selection: one cell means the user has not selected the table yet.
      const area = range && parseRange(range.range);
      if (!range || !area || (area.top === area.bottom && area.left === area.right)) {
        // The browser's grid is selected with the mouse: say how, Shift+click included.
        setStatus({
          intent: "info",
          text: t(host.kind === "browser" ? "selectFirstGrid" : "selectFirst", { title }),
        });
        return;
      }
      await changeAssignments([...assignments.filter((a) => a.key !== key), { key, ...range }]);
      setStatus({ intent: "success", text: t("assignedTo", { title, ...range }) });
    } catch (e) {
      fail(e);
    }
  };

  const removeAssignment = async (key: TableKey) => {
    try {
      await changeAssignments(assignments.filter((a) => a.key !== key));
      setStatus({
        intent: "success",
        text: t("assignmentRemoved", { title: tableTitle(key, [], settings.lang) }),
      });
    } catch (e) {
      fail(e);
    }
  };

  const select = (cells: CellRef[], finding?: Finding) => {
    host.showParagraph?.(narrative.shown(finding));
    // Last year's cells are in another workbook: only this workbook's are selected.
    const here = cells.filter((c) => c.file === undefined);
    if (here.length) host.select(here).catch(fail);
  };

  const findings = result?.findings ?? [];
  // 标记 and 导出 take what the user is looking at: the findings the filter shows, in the list's order.
  const shown = React.useMemo(
    () => orderedFindings(groupFindings(findings, result?.tables ?? [], filter, settings.lang)),
    [findings, result, filter, settings.lang],
  );

  const et = explanationText(settings.lang);
  /** Saves a finding's 说明 and shows it at once; the next check attaches it again from the host. */
  const saveExplanation = async (finding: Finding, text: string): Promise<boolean> => {
    try {
      const updated = await explanations.save(finding, text);
      setResult((r) => r && { ...r, findings: r.findings.map((f) => (f === finding ? updated : f)) });
      setStatus({ intent: "success", text: text.trim() ? et.saved : et.removed });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const act = async (what: () => Promise<Status>) => {
    try {
      setStatus(await what());
    } catch (e) {
      fail(e);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={settings.lang === "en" ? "en" : "zh-CN"}>
      <div className={styles.root}>
        <Text className={styles.title}>{t("appTitle")}</Text>
        <div className={styles.toolbar} data-testid="toolbar">
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              icon={<CheckmarkCircleRegular />}
              disabled={!!busy}
              onClick={runCheck}
            >
              {t("check")}
            </Button>
            <Button
              icon={<HighlightRegular />}
              disabled={!shown.length}
              onClick={() =>
                act(async () => ({
                  intent: "success",
                  text: t("marked", { n: await host.mark(inThisWorkbook(shown)) }),
                }))
              }
            >
              {t("mark")}
            </Button>
            <Button
              icon={<EraserRegular />}
              onClick={() =>
                act(async () => ({ intent: "success", text: t("cleared", { n: await host.clearMarks() }) }))
              }
            >
              {t("clearMarks")}
            </Button>
            <Button
              icon={<ArrowDownloadRegular />}
              disabled={!result}
              onClick={() =>
                act(async () => {
                  await host.exportReview(shown);
                  return { intent: "success", text: t("exported") };
                })
              }
            >
              {t("exportReview")}
            </Button>
          </div>
          <PreviousLine
            t={t}
            file={previous.file}
            refused={previous.refused}
            busy={previous.busy || !!busy}
            onOpen={(file) => void previous.open(file).then(previousChanged)}
            onRemove={() => previousChanged(previous.remove())}
          />
          {result && (
            <Summary
              result={result}
              lang={settings.lang}
              t={t}
              filter={filter}
              onFilter={setFilter}
              explainedCount={(n) => et.count.replace("{n}", String(n))}
            />
          )}
          {result?.narrative && <NarrativeCoverageLine coverage={result.narrative} t={t} />}
          {result && tab === "findings" && findings.length > 0 && (
            <Input
              contentBefore={<SearchRegular />}
              placeholder={t("search")}
              aria-label={t("search")}
              value={filter.text}
              onChange={(_, d) => setFilter({ ...filter, text: d.value })}
            />
          )}
        </div>
        {/* The browser page's grid is read-only: no edits there to re-check after. */}
        {host.kind === "excel" && (
          <Switch
            label={t("autoCheck")}
            checked={settings.autoCheck}
            onChange={(_, d) => changeSettings({ ...settings, autoCheck: d.checked })}
          />
        )}
        {busy && (
          <ProgressBar thickness="large" aria-label={busy === "reading" ? t("reading") : t("checking")} />
        )}
        {busy && <Text size={200}>{busy === "reading" ? t("reading") : t("checking")}</Text>}
        {status && (
          <Text
            role="status"
            className={mergeClasses(styles.status, styles[status.intent])}
            data-testid="status"
          >
            {status.text}
          </Text>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} size="small">
          <Tab value="findings">{t("tabFindings")}</Tab>
          <Tab value="narrative">{t("tabNarrative")}</Tab>
          <Tab value="tables">{t("tabTables")}</Tab>
          <Tab value="rules">{rulesText(settings.lang).tab}</Tab>
          <Tab value="settings">{t("tabSettings")}</Tab>
        </TabList>
        {tab === "findings" &&
          (result ? (
            <NarrativeContext.Provider value={narrative.lookup(select)}>
              <FindingList
                findings={findings}
                tables={result.tables}
                lang={settings.lang}
                t={t}
                filter={filter}
                onSelect={select}
                explain={explanations.editable ? { t: et, onSave: saveExplanation } : undefined}
              />
            </NarrativeContext.Provider>
          ) : (
            <Text>{t("notChecked")}</Text>
          ))}
        {tab === "narrative" && (
          <NarrativeView
            t={t}
            given={narrative.given}
            coverage={result?.narrative}
            checked={!!result}
            busy={narrative.busy || !!busy}
            onOpen={(file) => void narrative.open(file).then(narrativeChanged)}
            onPaste={(text) => void narrative.paste(text).then(narrativeChanged)}
            onRemove={() => void narrative.remove().then(narrativeChanged)}
          />
        )}
        {tab === "rules" && (
          <RulesView
            lang={settings.lang}
            where={host.kind}
            rules={userRules.rules}
            onChange={(next) =>
              void userRules
                .save(next)
                .then(() => (latest.current.checked ? runCheck() : undefined))
                .catch(fail)
            }
            onTest={(rule) =>
              userRules.test(rule, {
                lang: settings.lang,
                roundingSlack: settings.roundingSlack,
                assignments,
              })
            }
          />
        )}
        {tab === "tables" && (
          <TableMap
            tables={result?.tables}
            assignments={assignments}
            t={t}
            onAssign={assign}
            onRemove={removeAssignment}
          />
        )}
        {tab === "settings" && <SettingsView settings={settings} t={t} onChange={changeSettings} />}
      </div>
    </FluentProvider>
  );
}
