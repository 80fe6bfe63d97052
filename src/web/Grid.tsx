import * as React from "react";
import { columnName, Sheet, sheetBounds, textAt, toA1 } from "../engine/model";
import { cellKey, GridPoint, GridStore } from "./gridStore";
import { pageText } from "./messages";

/** Fixed row height lets the grid render only the rows on screen, whatever the sheet's length. */
export const ROW_HEIGHT = 24;
const OVERSCAN = 20;
const ROW_HEADER_WIDTH = 48;
/** A drag this close to an edge of the grid, or past it, scrolls it that way (px). */
export const DRAG_EDGE = 24;
/** While the pointer rests past an edge, the grid keeps scrolling every this many ms. */
const DRAG_REPEAT_MS = 50;

/** Column widths from the texts of the first rows; a CJK glyph is about two Latin ones wide. */
function columnWidths(sheet: Sheet, left: number, right: number, top: number): number[] {
  const widths: number[] = [];
  const rows = Math.min(sheet.values.length, 200);
  for (let col = left; col <= right; col++) {
    let units = 4;
    for (let row = top; row < top + rows; row++) {
      const text = textAt(sheet, row, col);
      if (text.length * 2 <= units) continue;
      let u = 0;
      for (const ch of text) u += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      units = Math.max(units, u);
    }
    widths.push(Math.min(260, Math.max(56, 12 + units * 7)));
  }
  return widths;
}

/** A merge shows at most this many columns: a title merged across a whole row (A1:XFD1) is not 16,384 cells. */
const MERGE_COLUMNS = 64;

/**
 * The last column worth showing: the last one with a text, or a merge's (capped) right edge. Columns
 * past it are empty, and rendering them (up to XFD) would freeze the page.
 */
function lastColumn(sheet: Sheet, left: number, right: number, top: number): number {
  let last = left;
  sheet.values.forEach((row, i) => {
    for (let col = Math.min(right, sheet.origin.col + row.length - 1); col > last; col--)
      if (textAt(sheet, top + i, col) !== "") last = col;
  });
  for (const m of sheet.merges) last = Math.max(last, Math.min(m.right, m.left + MERGE_COLUMNS - 1, right));
  return last;
}

/** Top-left cells of merges, with their column span (rows of a tall merge are left as plain cells). */
function mergeSpans(sheet: Sheet, right: number): { spans: Map<string, number>; covered: Set<string> } {
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const end = Math.min(m.right, right);
    if (end <= m.left) continue;
    spans.set(`${m.top},${m.left}`, end - m.left + 1);
    for (let col = m.left + 1; col <= end; col++) covered.add(`${m.top},${col}`);
  }
  return { spans, covered };
}

/** How far a point lies past the band near an edge: negative before it, positive after, else 0. */
function overshoot(at: number, start: number, end: number): number {
  if (at < start + DRAG_EDGE) return at - (start + DRAG_EDGE);
  if (at > end - DRAG_EDGE) return at - (end - DRAG_EDGE);
  return 0;
}

/** The index of the column whose left edge is the last at or before x (offsets include the row header). */
function columnAt(offsets: number[], x: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function inRange(p: GridPoint, a: GridPoint, b: GridPoint): boolean {
  return (
    p.row >= Math.min(a.row, b.row) &&
    p.row <= Math.max(a.row, b.row) &&
    p.col >= Math.min(a.col, b.col) &&
    p.col <= Math.max(a.col, b.col)
  );
}

/** A read-only view of the open workbook: sheet tabs, the used range, highlights from the panel. */
export function Grid({ store }: { store: GridStore }) {
  const state = React.useSyncExternalStore(store.subscribe, store.getState);
  const sheet = state.workbook?.sheets[state.active];
  const scroller = React.useRef<HTMLDivElement>(null);
  const [view, setView] = React.useState({ top: 0, height: 600 });
  const dragging = React.useRef(false);
  const [drag, setDrag] = React.useState(false);

  const layout = React.useMemo(() => {
    if (!sheet) return undefined;
    const all = sheetBounds(sheet);
    const b = { ...all, right: lastColumn(sheet, all.left, all.right, all.top) };
    const widths = columnWidths(sheet, b.left, b.right, b.top);
    const offsets = [ROW_HEADER_WIDTH];
    for (const w of widths) offsets.push(offsets[offsets.length - 1] + w);
    return { bounds: b, widths, offsets, ...mergeSpans(sheet, b.right) };
  }, [sheet]);

  const onScroll = () => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight || 600 });
  };

  // Another sheet or workbook starts at its top-left, not where the last one was scrolled to.
  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollLeft = 0;
    onScroll();
  }, [sheet]);

  const target = state.scrollTo;
  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !target || !layout || target.sheet !== sheet?.name) return;
    const { bounds, offsets } = layout;
    el.scrollTop = Math.max(0, (target.row - bounds.top) * ROW_HEIGHT - el.clientHeight / 3);
    el.scrollLeft = Math.max(0, offsets[Math.max(0, target.col - bounds.left)] - el.clientWidth / 3);
    onScroll();
  }, [target, layout, sheet]);

  // A drag toward a column or row off screen scrolls the grid and takes the selection along, also while
  // the pointer is outside the grid (the cells' own events stop there) and while it rests past an edge.
  React.useEffect(() => {
    if (!drag) return undefined;
    let last: MouseEvent | undefined;
    const follow = () => {
      const el = scroller.current;
      const now = store.getState().range;
      if (!el || !last || !layout || !now) return;
      const box = el.getBoundingClientRect();
      const dx = overshoot(last.clientX, box.left + ROW_HEADER_WIDTH, box.right);
      const dy = overshoot(last.clientY, box.top + ROW_HEIGHT, box.bottom);
      if (!dx && !dy) return;
      el.scrollLeft = Math.max(0, el.scrollLeft + dx);
      el.scrollTop = Math.max(0, el.scrollTop + dy);
      onScroll();
      const { bounds, offsets } = layout;
      const x = Math.min(Math.max(last.clientX, box.left), box.right) - box.left + el.scrollLeft;
      const y = Math.min(Math.max(last.clientY, box.top), box.bottom) - box.top + el.scrollTop - ROW_HEIGHT;
      const focus = {
        col: Math.min(bounds.right, bounds.left + columnAt(offsets, x)),
        row: Math.min(bounds.bottom, Math.max(bounds.top, bounds.top + Math.floor(y / ROW_HEIGHT))),
      };
      if (focus.col !== now.focus.col || focus.row !== now.focus.row)
        store.update({ range: { ...now, focus } });
    };
    const move = (e: MouseEvent) => {
      last = e;
      follow();
    };
    const up = () => {
      dragging.current = false;
      setDrag(false);
    };
    const timer = setInterval(follow, DRAG_REPEAT_MS);
    document.addEventListener("mousemove", move);
    document.addEventListener("mouseup", up);
    return () => {
      clearInterval(timer);
      document.removeEventListener("mousemove", move);
      document.removeEventListener("mouseup", up);
    };
  }, [drag, layout, store]);

  if (state.workbook && state.workbook.sheets.length === 0)
    return (
      <p className="grid-empty" data-testid="grid-empty">
        {pageText(state.lang, "noSheets", { name: state.workbook.name ?? "" })}
      </p>
    );
  if (!sheet || !layout) return null;
  const { bounds, widths, offsets, spans, covered } = layout;
  const rowCount = bounds.bottom - bounds.top + 1;
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const range = state.range?.sheet === sheet.name ? state.range : undefined;

  const point = (row: number, col: number) => ({ row, col });
  const startRange = (e: React.MouseEvent, p: GridPoint) => {
    dragging.current = true;
    setDrag(true);
    const anchor = e.shiftKey && range ? range.anchor : p;
    store.update({ range: { sheet: sheet.name, anchor, focus: p } });
  };
  const extendRange = (p: GridPoint) => {
    if (dragging.current && range) store.update({ range: { ...range, focus: p } });
  };

  const rows: React.ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const row = bounds.top + i;
    const cells: React.ReactNode[] = [<th key="h">{row + 1}</th>];
    for (let col = bounds.left; col <= bounds.right; col++) {
      if (covered.has(`${row},${col}`)) continue;
      const address = toA1(row, col);
      const key = cellKey(sheet.name, address);
      const text = textAt(sheet, row, col);
      const classes = [
        state.marked.has(key) ? "marked" : "",
        state.selected.has(key) ? "sel" : "",
        range && inRange(point(row, col), range.anchor, range.focus) ? "range" : "",
        typeof sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] === "number" ? "num" : "",
      ].filter(Boolean);
      cells.push(
        <td
          key={col}
          colSpan={spans.get(`${row},${col}`)}
          className={classes.join(" ") || undefined}
          data-cell={address}
          title={text}
          onMouseDown={(e) => startRange(e, point(row, col))}
          onMouseEnter={() => extendRange(point(row, col))}
        >
          {text}
        </td>,
      );
    }
    rows.push(<tr key={row}>{cells}</tr>);
  }

  return (
    <div className="grid">
      <div
        className="grid-scroll"
        ref={scroller}
        onScroll={onScroll}
        onMouseUp={() => {
          dragging.current = false;
          setDrag(false);
        }}
        data-testid="grid"
        data-sheet={sheet.name}
      >
        {rowCount <= 0 ? (
          <p className="grid-empty" data-testid="grid-empty">
            {pageText(state.lang, "emptySheet", { sheet: sheet.name })}
          </p>
        ) : (
          <table style={{ width: offsets[offsets.length - 1] }}>
            <colgroup>
              <col style={{ width: ROW_HEADER_WIDTH }} />
              {widths.map((w, i) => (
                <col key={i} style={{ width: w }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th />
                {widths.map((_, i) => (
                  <th key={i}>{columnName(bounds.left + i)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} />}
              {rows}
              {last < rowCount - 1 && <tr style={{ height: (rowCount - 1 - last) * ROW_HEIGHT }} />}
            </tbody>
          </table>
        )}
      </div>
      <div className="grid-tabs" role="tablist">
        {state.workbook?.sheets.map((s, i) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={i === state.active}
            className={i === state.active ? "active" : undefined}
            onClick={() => store.update({ active: i })}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
