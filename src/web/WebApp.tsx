import * as React from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { isNarrativeFile, NarrativeReadError, readNarrative } from "../hosts/narrative/read";
import { readXlsx } from "../hosts/xlsx/read";
import { Panel } from "../panel/components/Panel";
import { BrowserHost } from "./BrowserHost";
import { Grid } from "./Grid";
import { pageText, PageMessage } from "./messages";
import { NarrativePairingLine, ShownParagraph } from "./NarrativeBar";
import { splitLastYear } from "./previousPairing";

export const SAMPLE_URL = "samples/published.xlsx";

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", fontFamily: tokens.fontFamilyBase },
  main: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column", borderRight: `1px solid #ddd` },
  bar: { display: "flex", gap: "8px", alignItems: "center", padding: "8px", borderBottom: "1px solid #ddd" },
  drop: { flex: 1, minHeight: 0, display: "flex", flexDirection: "column", position: "relative" },
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  empty: { margin: "auto", textAlign: "center", color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  aside: { width: "420px", flexShrink: 0, overflowY: "auto" },
});

/** The browser page: a read-only grid of an .xlsx opened from disk, and the validator panel beside it. */
export function WebApp({ host }: { host: BrowserHost }) {
  const styles = useStyles();
  const [name, setName] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  // Apart from the workbook's: a narrative that cannot be read leaves its workbook to be checked.
  const [narrativeError, setNarrativeError] = React.useState<string>();
  const [loading, setLoading] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  // A new workbook starts a fresh panel: the last file's findings do not belong to it.
  const [generation, setGeneration] = React.useState(0);
  // Last year's workbook dropped with this year's: handed to the panel once this year's is open.
  const [lastYear, setLastYear] = React.useState<File>();
  const picker = React.useRef<HTMLInputElement>(null);
  const lang = React.useSyncExternalStore(host.store.subscribe, () => host.store.getState().lang);
  const text = (key: PageMessage, params?: Record<string, string | number>) => pageText(lang, key, params);

  // Counts the files asked for: only the last one asked may land, whichever finishes reading first.
  const latest = React.useRef(0);
  const open = React.useCallback(
    async (bytes: () => Promise<ArrayBuffer>, fileName: string) => {
      const ticket = ++latest.current;
      setLoading(true);
      setError(undefined);
      try {
        const data = await bytes().catch((e: unknown) => {
          // A folder dropped as a file, or a file moved away since it was chosen: the browser's own
          // message is in English and names no cause.
          if (e instanceof DOMException) throw new Error(pageText(host.store.getState().lang, "unreadable"));
          throw e;
        });
        const workbook = await readXlsx(data, fileName);
        if (ticket !== latest.current) return;
        host.store.load(workbook);
        await host.workbookOpened();
        setName(fileName);
        setGeneration((g) => g + 1);
      } catch (e) {
        if (ticket !== latest.current) return;
        const msg = e instanceof Error ? e.message : String(e);
        setError(pageText(host.store.getState().lang, "cannotOpen", { name: fileName, msg }));
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    },
    [host],
  );

  const openSample = React.useCallback(
    () =>
      open(async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok)
          throw new Error(pageText(host.store.getState().lang, "sampleMissing", { status: response.status }));
        return response.arrayBuffer();
      }, "published.xlsx"),
    [open, host],
  );

  React.useEffect(() => {
    if (new URLSearchParams(window.location.search).has("sample")) void openSample();
  }, [openSample]);

  const openFile = (file: File | undefined) => {
    if (file) void open(() => file.arrayBuffer(), file.name);
  };

  /**
   * A 情况说明 (.docx / .txt): paired with the workbook opened with it, else with the one open, else
   * with the next one opened. One that cannot be read is said so; the workbook is checked all the same.
   */
  const openNarrative = async (file: File, withWorkbook: boolean) => {
    try {
      const narrative = await readNarrative(new Uint8Array(await file.arrayBuffer()), file.name);
      if (withWorkbook) host.holdNarrative(narrative);
      else await host.pairNarrative(narrative);
    } catch (e) {
      const lang = host.store.getState().lang;
      const msg = e instanceof NarrativeReadError && lang === "en" ? e.en : (e as Error).message;
      setNarrativeError(pageText(lang, "cannotOpen", { name: file.name, msg }));
    }
  };

  /**
   * Files opened or dropped together: one workbook and its narrative, in either order or one after the
   * other. Two workbooks (or two narratives): which one was meant is not known, so none is opened.
   */
  const openFiles = async (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    const narratives = files.filter((f) => isNarrativeFile(f.name));
    const workbooks = files.filter((f) => !isNarrativeFile(f.name));
    const names = files.map((f) => f.name).join("、");
    const years = splitLastYear(workbooks);
    if (workbooks.length > 1 && !years) return setError(text("oneFileOnly", { count: files.length, names }));
    if (narratives.length > 1)
      return setError(
        text("oneNarrativeOnly", {
          count: narratives.length,
          names: narratives.map((f) => f.name).join("、"),
        }),
      );
    setError(undefined);
    setNarrativeError(undefined);
    // The narrative first: a workbook opened with it is paired with it as it loads.
    if (narratives[0]) await openNarrative(narratives[0], workbooks.length > 0);
    // A workbook opened starts afresh: last year's of the one before is not its own.
    if (workbooks.length) setLastYear(undefined);
    if (!years) return openFile(workbooks[0]);
    await open(() => years.current.arrayBuffer(), years.current.name);
    setLastYear(years.last);
  };

  return (
    <FluentProvider
      theme={webLightTheme}
      className={styles.page}
      lang={lang === "en" ? "en" : "zh-CN"}
      // Drops are taken anywhere on the page: a file dropped on the panel must not make the browser
      // leave the page to show it.
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void openFiles(e.dataTransfer.files);
      }}
    >
      <main className={styles.main}>
        <div className={styles.bar}>
          <Button icon={<FolderOpenRegular />} onClick={() => picker.current?.click()}>
            {text("openFile")}
          </Button>
          <Button icon={<DocumentTableRegular />} onClick={openSample} data-testid="open-sample">
            {text("openSample")}
          </Button>
          <input
            ref={picker}
            type="file"
            accept=".xlsx,.docx,.txt"
            multiple
            hidden
            data-testid="file-input"
            onChange={(e) => {
              void openFiles(e.target.files);
              // Cleared, so that choosing the same file again (say, after fixing it) opens it again.
              e.target.value = "";
            }}
          />
          <Text data-testid="file-name">{loading ? text("opening") : (name ?? "")}</Text>
          <NarrativePairingLine host={host} lang={lang} open={!!name} />
          {error && <Text className={styles.error}>{error}</Text>}
          {narrativeError && <Text className={styles.error}>{narrativeError}</Text>}
        </div>
        <div className={mergeClasses(styles.drop, dragging && styles.dragging)} data-testid="drop-zone">
          {name ? <Grid store={host.store} /> : <Text className={styles.empty}>{text("dropHint")}</Text>}
        </div>
        <ShownParagraph host={host} lang={lang} />
      </main>
      <aside className={styles.aside}>
        <Panel key={generation} host={host} previousFile={lastYear} />
      </aside>
    </FluentProvider>
  );
}
