import * as React from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { HistoryRegular, DismissRegular } from "@fluentui/react-icons";
import { Translate } from "../messages";

const useStyles = makeStyles({
  line: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  name: { color: tokens.colorNeutralForeground2 },
  refused: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  t: Translate;
  /** Last year's report open now, by file name. */
  file: string | undefined;
  /** Why the last check did not compare with it. */
  refused: string | undefined;
  busy: boolean;
  onOpen: (file: File) => void;
  onRemove: () => void;
}

/** 上年报表: opens last year's .xlsx for the cross-year checks and says which one is compared with. */
export function PreviousLine({ t, file, refused, busy, onOpen, onRemove }: Props) {
  const styles = useStyles();
  const picker = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.line}>
      <Button size="small" icon={<HistoryRegular />} disabled={busy} onClick={() => picker.current?.click()}>
        {t("previousOpen")}
      </Button>
      <input
        ref={picker}
        type="file"
        accept=".xlsx"
        hidden
        data-testid="previous-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          // Cleared, so that choosing the same file again (after fixing it) opens it again.
          e.target.value = "";
          if (chosen) onOpen(chosen);
        }}
      />
      {file !== undefined && (
        <>
          <Text size={200} className={styles.name} data-testid="previous-file">
            {t("previousPaired", { name: file })}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={t("previousRemove")}
            title={t("previousRemove")}
            onClick={onRemove}
          />
          {refused && (
            <Text size={200} className={styles.refused} data-testid="previous-refused">
              {refused}
            </Text>
          )}
        </>
      )}
    </div>
  );
}
