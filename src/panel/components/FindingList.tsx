import * as React from "react";
import { Badge, Input, makeStyles, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { Finding, Lang, SEVERITIES, Severity } from "../../engine/findings";
import { CellRef } from "../../engine/model";
import { TableLocation } from "../../engine/result";
import { countBySeverity, FindingFilter, groupFindings } from "../grouping";
import { severityName, Translate } from "../messages";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: "4px", marginBottom: "8px" },
  search: { width: "100%", marginBottom: "8px" },
  table: { marginBottom: "12px" },
  tableTitle: { display: "block", fontWeight: tokens.fontWeightSemibold, margin: "8px 0 4px" },
  severity: { display: "block", color: tokens.colorNeutralForeground3, margin: "4px 0" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: "6px 8px",
    marginBottom: "4px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  message: { display: "block", marginBottom: "2px" },
  amounts: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  cells: { display: "flex", flexWrap: "wrap", gap: "4px", marginTop: "2px" },
  cell: {
    border: "none",
    background: "none",
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    textDecoration: "underline",
  },
});

/** A rollup can rest on dozens of cells: list the first few, the click still selects them all. */
const MAX_CELLS = 8;

export const SEVERITY_COLOR: Record<Severity, "danger" | "severe" | "warning" | "informative"> = {
  error: "danger",
  rounding: "severe",
  warning: "warning",
  info: "informative",
};

interface Props {
  findings: Finding[];
  tables: TableLocation[];
  lang: Lang;
  t: Translate;
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
  onSelect: (cells: CellRef[]) => void;
}

export function FindingList({ findings, tables, lang, t, filter, onFilter, onSelect }: Props) {
  const styles = useStyles();
  const counts = countBySeverity(findings);
  const groups = React.useMemo(
    () => groupFindings(findings, tables, filter, lang),
    [findings, tables, filter, lang],
  );
  const toggle = (s: Severity) =>
    onFilter({
      ...filter,
      severities: filter.severities.includes(s)
        ? filter.severities.filter((x) => x !== s)
        : [...filter.severities, s],
    });
  return (
    <div>
      <div className={styles.filters} role="group" aria-label={t("filterSeverity")}>
        {/* 提示 only when there are any, as in the summary. */}
        {SEVERITIES.filter((s) => s !== "info" || counts.info > 0).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filter.severities.includes(s)}
            // Fluent's checked state is a faint grey; a filled button says "shown" at a glance.
            appearance={filter.severities.includes(s) ? "primary" : "secondary"}
            onClick={() => toggle(s)}
            data-testid={`filter-${s}`}
          >
            {severityName(lang, s)} {counts[s]}
          </ToggleButton>
        ))}
      </div>
      <Input
        className={styles.search}
        contentBefore={<SearchRegular />}
        placeholder={t("search")}
        aria-label={t("search")}
        value={filter.text}
        onChange={(_, d) => onFilter({ ...filter, text: d.value })}
      />
      {findings.length === 0 ? (
        <Text>{t("noFindings")}</Text>
      ) : groups.length === 0 ? (
        <Text>{t("noMatch")}</Text>
      ) : (
        groups.map((g) => (
          <section key={g.table} className={styles.table} data-testid="table-group" data-table={g.table}>
            <Text className={styles.tableTitle}>
              {g.title} <Badge appearance="outline">{g.count}</Badge>
            </Text>
            {g.severities.map((sg) => (
              <div key={sg.severity} data-severity={sg.severity}>
                <Text className={styles.severity} size={200}>
                  {severityName(lang, sg.severity)}
                  {lang === "en" ? ` (${sg.findings.length})` : `（${sg.findings.length}）`}
                </Text>
                <ul className={styles.list}>
                  {sg.findings.map((f, i) => (
                    <FindingItem key={`${f.rule}-${i}`} finding={f} t={t} onSelect={onSelect} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))
      )}
    </div>
  );
}

function FindingItem({
  finding,
  t,
  onSelect,
}: {
  finding: Finding;
  t: Translate;
  onSelect: Props["onSelect"];
}) {
  const styles = useStyles();
  const amounts = [
    finding.expected !== undefined ? `${t("expected")} ${finding.expected}` : "",
    finding.actual !== undefined ? `${t("actual")} ${finding.actual}` : "",
    finding.difference !== undefined ? `${t("difference")} ${finding.difference}` : "",
  ].filter(Boolean);
  return (
    <li
      className={styles.item}
      tabIndex={0}
      data-testid="finding"
      data-rule={finding.rule}
      onClick={() => onSelect(finding.cells)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect(finding.cells);
        }
      }}
    >
      <Text className={styles.message}>
        <Badge size="small" color={SEVERITY_COLOR[finding.severity]} /> {finding.message}
      </Text>
      {amounts.length > 0 && <Text className={styles.amounts}>{amounts.join(" · ")}</Text>}
      {finding.cells.length > 0 && (
        <div className={styles.cells} aria-label={t("cells")}>
          {finding.cells.slice(0, MAX_CELLS).map((c, i) => (
            <button
              key={i}
              type="button"
              className={styles.cell}
              onClick={(e) => {
                e.stopPropagation();
                onSelect([c]);
              }}
            >
              {c.sheet}!{c.address}
            </button>
          ))}
          {finding.cells.length > MAX_CELLS && (
            <Text className={styles.amounts}>{t("moreCells", { n: finding.cells.length - MAX_CELLS })}</Text>
          )}
        </div>
      )}
    </li>
  );
}
