import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { Lang } from "../engine";
import { highlight } from "../panel/narrative";
import { BrowserHost } from "./BrowserHost";
import { pageText } from "./messages";

const useStyles = makeStyles({
  pairing: { color: tokens.colorNeutralForeground2 },
  paragraph: {
    flexShrink: 0,
    maxHeight: "30%",
    overflowY: "auto",
    padding: "8px 12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: "pre-wrap",
  },
  label: { fontWeight: tokens.fontWeightSemibold, marginRight: "6px" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3 },
});

/** Which 情况说明 file is paired with the open workbook, or waits for the next one. */
export function NarrativePairingLine({ host, lang, open }: { host: BrowserHost; lang: Lang; open: boolean }) {
  const styles = useStyles();
  const { paired, pending } = React.useSyncExternalStore(host.narrative.subscribe, host.narrative.getState);
  const text = pending
    ? pageText(lang, "narrativePending", { name: pending.source })
    : paired
      ? pageText(lang, "narrativePaired", { name: paired.source })
      : open
        ? pageText(lang, "narrativeUnpaired")
        : "";
  return text ? (
    <Text className={styles.pairing} size={200} data-testid="narrative-pairing">
      {text}
    </Text>
  ) : null;
}

/** The paragraph of the narrative finding last clicked, beside the grid, its figure highlighted (as text). */
export function ShownParagraph({ host, lang }: { host: BrowserHost; lang: Lang }) {
  const styles = useStyles();
  const { shown } = React.useSyncExternalStore(host.narrative.subscribe, host.narrative.getState);
  if (!shown) return null;
  const parts = highlight(shown.text, shown.quote, Infinity);
  return (
    <div className={styles.paragraph} data-testid="shown-paragraph">
      <span className={styles.label}>
        {pageText(lang, "narrativeParagraph", { source: shown.source, n: shown.paragraph })}
      </span>
      {parts ? (
        <>
          {parts.before}
          <mark className={styles.mark}>{parts.quote}</mark>
          {parts.after}
        </>
      ) : (
        shown.text
      )}
    </div>
  );
}
