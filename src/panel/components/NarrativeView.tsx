import * as React from "react";
import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { DeleteRegular, DocumentRegular, TextDescriptionRegular } from "@fluentui/react-icons";
import { NarrativeCoverage, NarrativeSource } from "../../engine/narrative/types";
import { Translate } from "../messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  coverage: { color: tokens.colorNeutralForeground2 },
});

/** The coverage line: "no findings" must never hide "nothing was checked". */
export function NarrativeCoverageLine({ coverage, t }: { coverage: NarrativeCoverage; t: Translate }) {
  const styles = useStyles();
  return (
    <Text className={styles.coverage} size={200} data-testid="narrative-coverage">
      {t("narrativeCoverage", {
        figures: coverage.figures,
        matched: coverage.matched,
        wrong: coverage.wrong,
        unchecked: coverage.unchecked,
      })}
    </Text>
  );
}

interface Props {
  t: Translate;
  /** The narrative the user opened or pasted, kept with the workbook. */
  given: NarrativeSource | undefined;
  /** The last check's coverage (its source is the narrative it used), and whether there was a check. */
  coverage: NarrativeCoverage | undefined;
  checked: boolean;
  busy: boolean;
  onOpen: (file: File) => void;
  onPaste: (text: string) => void;
  onRemove: () => void;
}

/**
 * The 情况说明 view: which narrative the check uses (the one given, else the workbook's narrative sheet)
 * and ways to give one: a .docx / .txt from disk, or pasted text.
 */
export function NarrativeView({ t, given, coverage, checked, busy, onOpen, onPaste, onRemove }: Props) {
  const styles = useStyles();
  const [pasted, setPasted] = React.useState("");
  const picker = React.useRef<HTMLInputElement>(null);
  const usedGiven = coverage && given && coverage.source === given.source;
  const line = coverage
    ? t(usedGiven ? "narrativeUsedGiven" : "narrativeUsedSheet", {
        source: coverage.source,
        n: coverage.paragraphs,
      })
    : given
      ? t("narrativeGiven", { source: given.source, n: given.paragraphs.length })
      : t(checked ? "narrativeNotFound" : "narrativeNone");
  return (
    <div className={styles.root} data-testid="narrative-view">
      <Text data-testid="narrative-used">{line}</Text>
      {coverage && <NarrativeCoverageLine coverage={coverage} t={t} />}
      <div className={styles.row}>
        <Button icon={<DocumentRegular />} disabled={busy} onClick={() => picker.current?.click()}>
          {t("narrativeOpen")}
        </Button>
        {given && (
          <Button icon={<DeleteRegular />} disabled={busy} onClick={onRemove} data-testid="narrative-remove">
            {t("narrativeRemove")} {given.source}
          </Button>
        )}
        <input
          ref={picker}
          type="file"
          accept=".docx,.txt"
          hidden
          data-testid="narrative-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so that choosing the same file again (after editing it) reads it again.
            e.target.value = "";
            if (file) onOpen(file);
          }}
        />
      </div>
      <Field label={t("narrativePaste")}>
        <Textarea
          resize="vertical"
          rows={5}
          value={pasted}
          onChange={(_, d) => setPasted(d.value)}
          data-testid="narrative-paste"
        />
      </Field>
      <div className={styles.row}>
        <Button
          icon={<TextDescriptionRegular />}
          disabled={busy || !pasted.trim()}
          onClick={() => onPaste(pasted)}
          data-testid="narrative-use-pasted"
        >
          {t("narrativeUsePasted")}
        </Button>
      </div>
    </div>
  );
}
