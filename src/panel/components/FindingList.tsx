import * as React from "react";
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Finding, Lang, TableLocation } from "../../engine";
import { CellRef } from "../../engine/model";
import { showAmount } from "../amount";
import { FindingFilter, groupFindings } from "../grouping";
import { severityName, Translate } from "../messages";
import { ExplanationText } from "../explanation-messages";
import { ExplanationEditor } from "./ExplanationEditor";
import { NarrativeQuotes } from "./NarrativeQuote";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  section: { marginBottom: "12px" },
  sectionTitle: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    margin: "8px 0 4px",
  },
  table: { marginBottom: "8px" },
  tableTitle: { display: "block", color: tokens.colorNeutralForeground2, margin: "4px 0" },
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
  message: { display: "flex", gap: "6px", alignItems: "flex-start", marginBottom: "2px" },
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

interface Props {
  findings: Finding[];
  tables: TableLocation[];
  lang: Lang;
  t: Translate;
  filter: FindingFilter;
  /** The finding when a whole finding was clicked (a narrative one's paragraph is shown then). */
  onSelect: (cells: CellRef[], finding?: Finding) => void;
  /** Where findings can be given a 说明: its texts and how to save one. */
  explain?: { t: ExplanationText; onSave: (finding: Finding, text: string) => Promise<boolean> };
}

/**
 * The findings the filter shows, by severity (icon and word, most severe first), then by table, the
 * root causes first (see groupFindings). The counts by severity are in the summary, not repeated here.
 */
export function FindingList({ findings, tables, lang, t, filter, onSelect, explain }: Props) {
  const styles = useStyles();
  const sections = React.useMemo(
    () => groupFindings(findings, tables, filter, lang),
    [findings, tables, filter, lang],
  );
  if (findings.length === 0) return <Text>{t("noFindings")}</Text>;
  if (sections.length === 0) return <Text>{t("noMatch")}</Text>;
  return (
    <div>
      {sections.map((s) => (
        <section key={s.severity} className={styles.section} data-severity={s.severity}>
          <Text as="h3" className={styles.sectionTitle}>
            <SeverityIcon severity={s.severity} />
            {severityName(lang, s.severity)}
          </Text>
          {s.tables.map((g) => (
            <div key={g.table} className={styles.table} data-testid="table-group" data-table={g.table}>
              <Text className={styles.tableTitle} size={200}>
                {g.title} <Badge appearance="outline">{g.findings.length}</Badge>
              </Text>
              <ul className={styles.list}>
                {g.findings.map((f, i) => (
                  <FindingItem
                    key={`${f.rule}-${i}`}
                    finding={f}
                    lang={lang}
                    t={t}
                    onSelect={onSelect}
                    explain={explain}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function FindingItem({
  finding,
  lang,
  t,
  onSelect,
  explain,
}: {
  finding: Finding;
  lang: Lang;
  t: Translate;
  onSelect: Props["onSelect"];
  explain: Props["explain"];
}) {
  const styles = useStyles();
  const amounts = [
    finding.expected !== undefined ? `${t("expected")} ${showAmount(finding.expected)}` : "",
    finding.actual !== undefined ? `${t("actual")} ${showAmount(finding.actual)}` : "",
    finding.difference !== undefined ? `${t("difference")} ${showAmount(finding.difference)}` : "",
  ].filter(Boolean);
  return (
    <li
      className={styles.item}
      tabIndex={0}
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-explained={finding.explanation !== undefined || undefined}
      onClick={() => onSelect(finding.cells, finding)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect(finding.cells, finding);
        }
      }}
    >
      <Text className={styles.message}>
        <SeverityIcon severity={finding.severity} label={severityName(lang, finding.severity)} />
        <span>{finding.message}</span>
      </Text>
      <NarrativeQuotes finding={finding} />
      {amounts.length > 0 && <Text className={styles.amounts}>{amounts.join(" · ")}</Text>}
      {finding.cells.length > 0 && (
        <div className={styles.cells} aria-label={t("cells")}>
          {finding.cells.slice(0, MAX_CELLS).map((c, i) => (
            <button
              key={i}
              type="button"
              className={styles.cell}
              // Last year's cell is in another workbook: named with it, not selectable here.
              disabled={c.file !== undefined}
              title={c.file !== undefined ? t("previousCell") : undefined}
              onClick={(e) => {
                e.stopPropagation();
                onSelect([c]);
              }}
            >
              {c.file !== undefined && `[${c.file}]`}
              {c.sheet}!{c.address}
            </button>
          ))}
          {finding.cells.length > MAX_CELLS && (
            <Text className={styles.amounts}>{t("moreCells", { n: finding.cells.length - MAX_CELLS })}</Text>
          )}
        </div>
      )}
      {explain && <ExplanationEditor finding={finding} t={explain.t} onSave={explain.onSave} />}
    </li>
  );
}
