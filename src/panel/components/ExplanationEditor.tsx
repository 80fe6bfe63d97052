import * as React from "react";
import { Badge, Button, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { CommentEditRegular } from "@fluentui/react-icons";
import { Finding } from "../../engine/findings";
import { ExplanationText } from "../explanation-messages";

const useStyles = makeStyles({
  root: { marginTop: "4px" },
  shown: {
    display: "block",
    margin: "4px 0",
    padding: "4px 8px",
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
  },
  label: { fontWeight: tokens.fontWeightSemibold, marginRight: "4px" },
  buttons: { display: "flex", gap: "6px", marginTop: "4px" },
  textarea: { width: "100%" },
});

interface Props {
  finding: Finding;
  t: ExplanationText;
  /** Saves the text (empty text removes the explanation); false when it could not be saved. */
  onSave: (finding: Finding, text: string) => Promise<boolean>;
}

/**
 * A finding's 说明: shown as text (never markup) when there is one, and a small button that opens a
 * textarea to write, change or remove it. Clicks and keys stay here: the finding around it selects its
 * cells on click, Enter and Space.
 */
export function ExplanationEditor({ finding, t, onSave }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<string>();
  const [saving, setSaving] = React.useState(false);
  const save = async (text: string) => {
    setSaving(true);
    try {
      // A failed save keeps the textarea open, with what was typed.
      if (await onSave(finding, text)) setDraft(undefined);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div
      className={styles.root}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
      data-testid="explanation"
    >
      {finding.explanation !== undefined && draft === undefined && (
        <Text className={styles.shown} data-testid="explanation-text">
          <Badge appearance="tint" color="success" size="small" className={styles.label}>
            {t.explained}
          </Badge>
          {finding.explanation}
        </Text>
      )}
      {draft === undefined ? (
        <Button
          size="small"
          appearance="subtle"
          icon={<CommentEditRegular />}
          onClick={() => setDraft(finding.explanation ?? "")}
        >
          {finding.explanation !== undefined ? t.edit : t.add}
        </Button>
      ) : (
        <>
          <Textarea
            className={styles.textarea}
            aria-label={t.label}
            placeholder={t.placeholder}
            value={draft}
            onChange={(_, d) => setDraft(d.value)}
            resize="vertical"
            autoFocus
          />
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" disabled={saving} onClick={() => void save(draft)}>
              {t.save}
            </Button>
            <Button size="small" disabled={saving} onClick={() => setDraft(undefined)}>
              {t.cancel}
            </Button>
            {finding.explanation !== undefined && (
              <Button size="small" appearance="subtle" disabled={saving} onClick={() => void save("")}>
                {t.remove}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
