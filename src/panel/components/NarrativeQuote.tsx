import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Finding, TextQuote } from "../../engine";
import { CellRef } from "../../engine/model";
import { Translate } from "../messages";
import { highlight, QuotedParagraph } from "../narrative";

/** What a quote needs from the panel: the quoted paragraph, and a way to select its cell. */
export interface NarrativeLookup {
  t: Translate;
  paragraph(quote: TextQuote, finding: Finding): QuotedParagraph | undefined;
  select(cells: CellRef[]): void;
}

export const NarrativeContext = React.createContext<NarrativeLookup | undefined>(undefined);

const useStyles = makeStyles({
  quote: {
    display: "block",
    width: "100%",
    textAlign: "start",
    margin: "4px 0",
    padding: "4px 8px",
    border: "none",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontFamily: "inherit",
  },
  link: { cursor: "pointer", ":hover": { borderLeftColor: tokens.colorBrandStroke1 } },
  label: { fontWeight: tokens.fontWeightSemibold, marginRight: "4px" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1 },
});

/**
 * A narrative finding's sentence with the quoted figure highlighted, as text (never markup). A paragraph
 * that stands in a cell of the workbook selects that cell when clicked.
 */
export function NarrativeQuotes({ finding }: { finding: Finding }) {
  const lookup = React.useContext(NarrativeContext);
  if (!lookup || !finding.text?.length) return null;
  return (
    <>
      {finding.text.map((q, i) => (
        <Quote key={i} quote={q} paragraph={lookup.paragraph(q, finding)} lookup={lookup} />
      ))}
    </>
  );
}

function Quote({
  quote,
  paragraph,
  lookup,
}: {
  quote: TextQuote;
  paragraph: QuotedParagraph | undefined;
  lookup: NarrativeLookup;
}) {
  const styles = useStyles();
  const parts = paragraph && highlight(paragraph.text, quote.quote);
  const label = (
    <span className={styles.label}>{lookup.t("narrativeParagraph", { n: quote.paragraph })}</span>
  );
  const body = parts ? (
    <>
      {parts.before}
      <mark className={styles.mark}>{parts.quote}</mark>
      {parts.after}
    </>
  ) : (
    // The paragraph is not at hand (the narrative changed since the check): the quote alone.
    <mark className={styles.mark}>{quote.quote}</mark>
  );
  const cell = paragraph?.cell;
  if (!cell)
    return (
      <span className={styles.quote} data-testid="narrative-quote">
        {label}
        {body}
      </span>
    );
  return (
    <button
      type="button"
      className={mergeClasses(styles.quote, styles.link)}
      data-testid="narrative-quote"
      title={lookup.t("narrativeShowCell")}
      onClick={(e) => {
        e.stopPropagation();
        lookup.select([cell]);
      }}
    >
      {label}
      {body}
    </button>
  );
}
