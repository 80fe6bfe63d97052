import * as React from "react";
import { makeStyles, Text, ToggleButton } from "@fluentui/react-components";
import { CheckResult, Lang, SEVERITIES, Severity } from "../../engine";
import { countBySeverity, FindingFilter } from "../grouping";
import { severityName, Translate } from "../messages";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "center" },
  tables: { marginRight: "4px" },
  // ToggleButton lays its content out as flex items, which drops the space between name and count.
  count: { marginLeft: "4px" },
});

interface Props {
  result: CheckResult;
  lang: Lang;
  t: Translate;
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
  /** "已说明 n 条": explained findings, counted apart (they stay in their severity's count). */
  explainedCount?: (n: number) => string;
}

/**
 * Tables found, and the one place the counts by severity are shown: each count is also the switch that
 * shows or hides its severity in the list (提示 only when there are any).
 */
export function Summary({ result, lang, t, filter, onFilter, explainedCount }: Props) {
  const styles = useStyles();
  const counts = countBySeverity(result.findings);
  const explained = result.findings.filter((f) => f.explanation !== undefined).length;
  const toggle = (s: Severity) =>
    onFilter({
      ...filter,
      severities: filter.severities.includes(s)
        ? filter.severities.filter((x) => x !== s)
        : [...filter.severities, s],
    });
  return (
    <div className={styles.root} data-testid="summary">
      <Text className={styles.tables}>
        {t("tablesFound")}
        <span className={styles.count} data-testid="count-tables">
          {result.tables.length}
        </span>
      </Text>
      <div className={styles.root} role="group" aria-label={t("filterSeverity")}>
        {SEVERITIES.filter((s) => s !== "info" || counts.info > 0).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            icon={<SeverityIcon severity={s} />}
            checked={filter.severities.includes(s)}
            // Fluent's checked state is a faint grey; an outlined button says "hidden" at a glance.
            appearance={filter.severities.includes(s) ? "secondary" : "subtle"}
            onClick={() => toggle(s)}
            data-testid={`filter-${s}`}
          >
            {severityName(lang, s)}
            <span className={styles.count} data-testid={`count-${s}`}>
              {counts[s]}
            </span>
          </ToggleButton>
        ))}
      </div>
      {explainedCount && explained > 0 && (
        <Text data-testid="count-explained">{explainedCount(explained)}</Text>
      )}
    </div>
  );
}
