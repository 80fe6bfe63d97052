import { SheetView } from "./grid";
import { IndicatorColumns } from "./recognize-indicators";
import { PerfNumber } from "./types";

/** "年度目标1：政务服务（45分）": the block's name, and its weight when the label states one. */
export interface GoalLabel {
  row: number;
  name: string;
  weight?: PerfNumber;
}

/** Rows from+1 … stop−1 read as one 年度目标 block under `cols`; `label` names it. */
export interface GoalSection {
  from: number;
  stop: number;
  cols: IndicatorColumns;
  label?: GoalLabel;
}

/**
 * The 年度目标 blocks of a table. The seed puts a label above each block's own indicator header; other
 * 整体 tables give one header and put the labels between the indicator rows ("年度目标1：…", rows,
 * "年度目标2：…", rows). A label with indicator rows below it opens a block under the header above it;
 * a label with none (only the next header follows) names the block of that next header.
 *
 * `stops` are the rows that end indicator rows (headers, 总分, 偏差原因, labels); `bottom` the region's last row.
 */
export function goalSections(
  view: SheetView,
  headers: { row: number; cols: IndicatorColumns }[],
  labels: GoalLabel[],
  stops: number[],
  bottom: number,
): GoalSection[] {
  const labelRows = new Set(labels.map((l) => l.row));
  const inner = new Set<GoalLabel>();
  const sections: GoalSection[] = [];
  headers.forEach((h, i) => {
    const end = Math.min(bottom + 1, ...stops.filter((r) => r > h.row && !labelRows.has(r)));
    // Indicator rows name an indicator and score it; a label's description on a row of its own does not.
    const hasRows = (from: number, to: number) => {
      for (let r = from + 1; r < to; r++) {
        if (view.text(r, h.cols.name) !== "" && view.text(r, h.cols.score) !== "") return true;
      }
      return false;
    };
    const within = labels.filter((l) => l.row > h.row && l.row < end);
    const stopAfter = (k: number) => (k + 1 < within.length ? within[k + 1].row : end);
    const opened = within.filter((l, k) => hasRows(l.row, stopAfter(k)));
    const above = [...labels]
      .reverse()
      .find((l) => l.row < h.row && (i === 0 || l.row > headers[i - 1].row) && !inner.has(l));
    const first = within.length > 0 ? within[0].row : end;
    // The header's own rows (none when a label follows it at once).
    if (opened.length === 0 || hasRows(h.row, first)) {
      sections.push({ from: h.row, stop: first, cols: h.cols, label: above });
    }
    for (const l of opened) {
      inner.add(l);
      sections.push({ from: l.row, stop: stopAfter(within.indexOf(l)), cols: h.cols, label: l });
    }
  });
  return sections;
}
