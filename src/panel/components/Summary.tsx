import * as React from "react";
import { Badge, makeStyles, Text } from "@fluentui/react-components";
import { Lang, SEVERITIES } from "../../engine/findings";
import { CheckResult } from "../../engine/result";
import { countBySeverity } from "../grouping";
import { severityName, Translate } from "../messages";
import { SEVERITY_COLOR } from "./FindingList";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  // Badge lays its content out as flex items, which drops the space between name and count.
  count: { marginLeft: "4px" },
});

/** Tables found and findings by severity; 提示 only when there are any. */
export function Summary({ result, lang, t }: { result: CheckResult; lang: Lang; t: Translate }) {
  const styles = useStyles();
  const counts = countBySeverity(result.findings);
  return (
    <div className={styles.root} data-testid="summary">
      <Text>
        {t("tablesFound")}
        <span className={styles.count} data-testid="count-tables">
          {result.tables.length}
        </span>
      </Text>
      {SEVERITIES.filter((s) => s !== "info" || counts.info > 0).map((s) => (
        <Badge key={s} color={SEVERITY_COLOR[s]} appearance={counts[s] ? "filled" : "outline"}>
          {severityName(lang, s)}
          <span className={styles.count} data-testid={`count-${s}`}>
            {counts[s]}
          </span>
        </Badge>
      ))}
    </div>
  );
}
