/**
 * An in-memory Excel workbook behind office-addin-mock proxies, for the Excel host's tests.
 *
 * office-addin-mock gives each proxy Office.js's load/sync discipline: a scalar read before
 * `load` + `context.sync()` yields an error string, so a host that forgets to load fails these tests.
 * It cannot model a workbook on its own (its objects are static trees), so this fake adds what it
 * lacks: proxies built on demand from the stored cells (getRange, getUsedRangeOrNullObject …),
 * collections (worksheets, customXmlParts) whose `items` forward `load` to each item, writes that
 * reach the store at `sync` (property writes, fill.clear(), hyperlinks, sheet add/delete, XML parts),
 * Excel's entry rules for written values (a leading apostrophe makes text; "=" makes a formula unless
 * the cell is formatted "@"), change events (worksheets.onChanged), sheet protection (writes refused with
 * AccessDenied), a response size limit (a request refused whole), defined names that move with inserted
 * and deleted rows, and sorts that move cells (formats too) without moving names, which the mock has no
 * notion of.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseRange, toA1 } from "../../src/engine/model";
import { quoteSheet, splitSheetAddress } from "../../src/hosts/excel/address";
import { ExcelRun } from "../../src/hosts/excel/run";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency tree
// ships ES modules that jest cannot load; the enum is all it gets here.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

export interface FakeFill {
  color: string;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
}

export interface FakeCell {
  value: string | number | boolean;
  text?: string;
  formula?: string;
  quotePrefix?: boolean;
  /** null: no fill (Office.js reports #FFFFFF, pattern null, tintAndShade null). */
  fill: FakeFill | null;
  /** null: characters of different fonts (rich text), as Office.js reports them. */
  fontColor: string | null;
  bold: boolean | null;
  numberFormat: string;
  hyperlink?: Excel.RangeHyperlink;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: string[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  /** A protected sheet refuses format and value writes at sync, as Excel does (AccessDenied). */
  protected: boolean;
  allowFormatCells: boolean;
}

type Pending = () => void;

const WHITE = "#FFFFFF";

export function blankCell(): FakeCell {
  return { value: "", fill: null, fontColor: "#000000", bold: false, numberFormat: "General" };
}

/** Splits "A1:B2" into its cells' row/col pairs. */
function cellsOf(address: string): { row: number; col: number }[] {
  const r = parseRange(address);
  if (!r) throw new Error(`fake: bad address ${address}`);
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/**
 * Builds an OfficeMockObject, working around its populate step, which cannot take null values: they
 * are set afterwards through the same internal setter, so they too must be loaded before being read.
 */
function mockOf(data: Record<string, unknown>): OfficeMockObject {
  const withoutNulls = (d: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(d)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, isPlain(v) ? withoutNulls(v) : v]),
    );
  const mock = new OfficeMockObject(withoutNulls(data));
  const setNulls = (target: OfficeMockObject, d: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(d)) {
      if (v === null) (target as unknown as { setValue(k: string, v: unknown): void }).setValue(k, null);
      else if (isPlain(v)) setNulls(target[k], v);
    }
  };
  setNulls(mock, data);
  return mock;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/** A proxy's writable fields and the values it started with, to find what the code wrote. */
interface Tracked {
  mock: OfficeMockObject;
  commit?: () => void;
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
}

/** The areas of a reference ("='a, b'!$A$1,Sheet1!$B$2"), with their sheets; quoted commas do not split. */
function areasOf(formula: string): string[] {
  const text = formula.replace(/^=/, "");
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (i === text.length || (text[i] === "," && !quoted)) {
      areas.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return areas;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  parts: { id: string; xml: string }[] = [];
  names: FakeName[] = [];
  name = "book.xlsx";
  activeSheet = "";
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  /** Range proxies created in each sync's batch, to check batch sizes. */
  proxiesPerSync: number[] = [];
  handlers = new Set<(e: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>>();
  /** Set to make multi-area ranges fail, as on a host without ExcelApi 1.9. */
  noMultiArea = false;
  /**
   * Cells whose values or texts one sync may load before Excel refuses the whole request as too large
   * (ResponsePayloadSizeLimitExceeded), standing in for Excel on the web's ~5 MB response limit.
   */
  maxLoadedCellsPerSync = Infinity;
  private nextId = 1;

  addSheet(
    name: string,
    rows: (string | number | boolean | null)[][] = [],
    at = { row: 0, col: 0 },
  ): FakeSheet {
    const sheet = this.newSheet(name);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null) this.cellIn(sheet, at.row + i, at.col + j).value = v;
      }),
    );
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  newSheet(name: string): FakeSheet {
    return {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      frozenRows: 0,
      columnWidths: new Map(),
      protected: false,
      allowFormatCells: false,
    };
  }

  sheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === nameOrId || s.id === nameOrId);
  }

  cell(sheet: string, address: string): FakeCell {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`fake: no sheet ${sheet}`);
    const { row, col } = cellsOf(address)[0];
    return this.cellIn(s, row, col);
  }

  cellIn(sheet: FakeSheet, row: number, col: number): FakeCell {
    const key = toA1(row, col);
    let c = sheet.cells.get(key);
    if (!c) sheet.cells.set(key, (c = blankCell()));
    return c;
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) rows at a 0-based row, as Excel does: cells below move,
   * and so do the defined names that refer to them; a name's deleted cell becomes #REF!.
   */
  shiftRows(sheetName: string, at: number, count: number): void {
    const sheet = this.sheet(sheetName)!;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const { row, col } = cellsOf(key)[0];
      if (row < at) moved.set(key, cell);
      else if (count > 0 || row >= at - count) moved.set(toA1(row + count, col), cell);
    }
    sheet.cells = moved;
    for (const n of this.names) {
      n.formula = `=${areasOf(n.formula)
        .map((area) => {
          const { sheet: s, range } = splitSheetAddress(area);
          const r = parseRange(range.replace(/\$/g, ""));
          if (s !== sheet.name || !r || r.top < at) return area;
          if (count < 0 && r.top < at - count) return `${quoteSheet(s)}!#REF!`;
          return `${quoteSheet(s)}!$${toA1(r.top + count, r.left).replace(/(\d+)$/, "$$$1")}`;
        })
        .join(",")}`;
    }
  }

  /** Swaps two rows' cells, values and formats alike, as sorting does; names stay where they were. */
  swapRows(sheetName: string, a: number, b: number): void {
    const sheet = this.sheet(sheetName)!;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const { row, col } = cellsOf(key)[0];
      moved.set(toA1(row === a ? b : row === b ? a : row, col), cell);
    }
    sheet.cells = moved;
  }

  /** What an onChanged event delivers, to every handler still registered. */
  async fireChange(event: Partial<Excel.WorksheetChangedEventArgs>): Promise<void> {
    await Promise.all([...this.handlers].map((h) => h(event)));
  }

  /** Excel.run over this book: each run gets a fresh request context, as in Office.js. */
  get run(): ExcelRun {
    return (<T>(a: unknown, b?: (c: Excel.RequestContext) => Promise<T>) => {
      if (b) return b(a as Excel.RequestContext);
      return (a as (c: Excel.RequestContext) => Promise<T>)(new FakeContext(this).context);
    }) as ExcelRun;
  }
}

/** One request context: the proxies it handed out and the writes queued for its next sync. */
class FakeContext {
  readonly context: Excel.RequestContext;
  private tracked: Tracked[] = [];
  private pending: Pending[] = [];
  private rangesThisBatch = 0;
  private cellsLoadedThisBatch = 0;

  constructor(private book: FakeBook) {
    const workbook = this.mock({
      name: book.name,
      getSelectedRange: () => {
        const sel = book.selection;
        if (!sel) throw new Error("fake: nothing selected");
        const sheet = book.sheet(sel.sheet)!;
        if (!sel.address.includes(",")) return this.range(sheet, sel.address);
        // A multi-area selection: Excel names every area with its sheet.
        const areas = sel.address.split(",").map((a) => `${quoteSheet(sheet.name)}!${a}`);
        return this.mock({ address: areas.join(",") });
      },
    });
    Object.assign(workbook, {
      worksheets: this.worksheets(),
      customXmlParts: this.customXmlParts(),
      names: this.names(),
    });
    const context = this.mock({}) as unknown as Record<string, unknown>;
    context.workbook = workbook;
    context.sync = () => this.sync();
    this.context = context as unknown as Excel.RequestContext;
  }

  /** A proxy synced with the context, like every object Office.js hands out. */
  private mock(data: Record<string, unknown>): OfficeMockObject {
    return this.track(mockOf(data));
  }

  private track(mock: OfficeMockObject, commit?: () => void): OfficeMockObject {
    this.tracked.push({ mock, commit });
    return mock;
  }

  private async sync(): Promise<void> {
    this.book.syncCount++;
    this.book.proxiesPerSync.push(this.rangesThisBatch);
    this.rangesThisBatch = 0;
    const loaded = this.cellsLoadedThisBatch;
    this.cellsLoadedThisBatch = 0;
    if (loaded > this.book.maxLoadedCellsPerSync) {
      this.pending = [];
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    const pending = this.pending;
    this.pending = [];
    pending.forEach((op) => op());
    this.tracked.forEach((t) => t.commit?.());
    this.tracked.forEach((t) => void OfficeMockObject.prototype.sync.call(t.mock));
    // office-addin-mock finishes a sync in chained microtasks; let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** A collection whose load("items/x,items/y") loads x and y on each item proxy. */
  private collection(items: () => OfficeMockObject[], extra: Record<string, unknown>): OfficeMockObject {
    const mock = this.mock(extra);
    mock.load = (props: string) => {
      const list = items();
      const inner = props
        .split(",")
        .map((p) => p.trim().replace(/^items\//, ""))
        .join(",");
      list.forEach((item) => item.load(inner));
      mock.items = list;
      return mock;
    };
    return mock;
  }

  private worksheets(): OfficeMockObject {
    const book = this.book;
    const find = (key: string) => book.sheet(key);
    return this.collection(() => book.sheets.map((s) => this.worksheet(s)), {
      getItem: (key: string) => {
        const s = find(key);
        if (!s) throw new Error(`fake: ItemNotFound ${key}`);
        return this.worksheet(s);
      },
      getItemOrNullObject: (key: string) => {
        const s = find(key);
        const ws = s ? this.worksheet(s) : this.mock({ name: "", id: "", visibility: "Visible" });
        ws.isNullObject = !s;
        return ws;
      },
      add: (name: string) => {
        const sheet = book.newSheet(name);
        this.pending.push(() => {
          if (find(name)) throw new Error(`fake: sheet ${name} exists`);
          book.sheets.push(sheet);
        });
        return this.worksheet(sheet);
      },
      onChanged: {
        add: (handler: (e: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>) => {
          const context = this.context;
          this.pending.push(() => book.handlers.add(handler));
          return {
            context,
            remove: () => this.pending.push(() => book.handlers.delete(handler)),
          };
        },
      },
    });
  }

  private worksheet(sheet: FakeSheet): OfficeMockObject {
    const book = this.book;
    const ws = this.mock({
      id: sheet.id,
      name: sheet.name,
      visibility: sheet.visibility,
      protection: { protected: sheet.protected, options: { allowFormatCells: sheet.allowFormatCells } },
      getRange: (address: string) => this.range(sheet, address),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        this.range(sheet, `${toA1(row, col)}:${toA1(row + rows - 1, col + cols - 1)}`),
      getRanges: (addresses: string) => {
        if (book.noMultiArea) throw new Error("fake: getRanges needs ExcelApi 1.9");
        return this.mock({
          select: () => this.pending.push(() => (book.selection = { sheet: sheet.name, address: addresses })),
        });
      },
      getUsedRangeOrNullObject: () => this.usedRange(sheet),
      activate: () => this.pending.push(() => (book.activeSheet = sheet.name)),
      delete: () => this.pending.push(() => (book.sheets = book.sheets.filter((s) => s !== sheet))),
      freezePanes: { freezeRows: (n: number) => this.pending.push(() => (sheet.frozenRows = n)) },
    });
    ws.isNullObject = false;
    return ws;
  }

  private usedRange(sheet: FakeSheet): OfficeMockObject {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, c] of sheet.cells) {
      if (c.value === "") continue;
      const { row, col } = cellsOf(key)[0];
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (bottom < 0) {
      const empty = this.mock({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
      empty.isNullObject = true;
      return empty;
    }
    return this.range(sheet, `${toA1(top, left)}:${toA1(bottom, right)}`);
  }

  /** A range proxy holding the cells' state now; what the code writes to it is stored at sync. */
  private range(sheet: FakeSheet, address: string): OfficeMockObject {
    const book = this.book;
    this.rangesThisBatch++;
    const r = parseRange(address)!;
    const grid = <T>(f: (c: FakeCell) => T): T[][] => {
      const rows: T[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: T[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(f(book.cellIn(sheet, row, col)));
        rows.push(line);
      }
      return rows;
    };
    const first = book.cellIn(sheet, r.top, r.left);
    const fill = first.fill;
    const a1 =
      r.top === r.bottom && r.left === r.right
        ? toA1(r.top, r.left)
        : `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;
    const initial = {
      address: `${/^\w+$/.test(sheet.name) ? sheet.name : quoteSheet(sheet.name)}!${a1}`,
      rowIndex: r.top,
      columnIndex: r.left,
      rowCount: r.bottom - r.top + 1,
      columnCount: r.right - r.left + 1,
      values: grid((c) => c.value),
      text: grid((c) => c.text ?? (c.value === "" ? "" : String(c.value))),
      numberFormat: grid((c) => c.numberFormat),
      format: {
        columnWidth: 48,
        fill: {
          color: fill?.color ?? WHITE,
          pattern: fill?.pattern ?? null,
          patternColor: fill?.patternColor ?? null,
          tintAndShade: fill ? fill.tintAndShade : null,
          clear: () =>
            this.pending.push(() => {
              refuse("format");
              each((c) => (c.fill = null));
            }),
        },
        font: { color: first.fontColor, bold: first.bold },
      },
      getMergedAreasOrNullObject: () => {
        const inside = sheet.merges.filter((m) => {
          const mr = parseRange(m)!;
          return mr.top <= r.bottom && mr.bottom >= r.top && mr.left <= r.right && mr.right >= r.left;
        });
        const areas = this.mock({ address: inside.map((m) => `${quoteSheet(sheet.name)}!${m}`).join(",") });
        areas.isNullObject = inside.length === 0;
        return areas;
      },
      select: () => this.pending.push(() => (book.selection = { sheet: sheet.name, address: a1 })),
    };
    const each = (f: (c: FakeCell, i: number, j: number) => void) => {
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          f(book.cellIn(sheet, row, col), row - r.top, col - r.left);
    };
    const mock = mockOf(initial);
    const load = mock.load.bind(mock);
    mock.load = (props: Parameters<OfficeMockObject["load"]>[0]) => {
      if (/\b(values|text)\b/.test(JSON.stringify(props ?? "")))
        this.cellsLoadedThisBatch += initial.rowCount * initial.columnCount;
      return load(props);
    };
    const base = {
      values: initial.values as unknown,
      numberFormat: initial.numberFormat as unknown,
      fill: { ...initial.format.fill } as Record<string, unknown>,
      font: { ...initial.format.font } as Record<string, unknown>,
      columnWidth: initial.format.columnWidth as unknown,
    };
    const written = (now: unknown, before: unknown) =>
      now !== before && now !== undefined && !(typeof now === "string" && MOCK_ERRORS.has(now));
    const refuse = (what: "format" | "value") => {
      if (sheet.protected && (what === "value" || !sheet.allowFormatCells))
        throw Object.assign(new Error("You cannot perform the requested operation."), {
          code: "AccessDenied",
        });
    };
    const commit = () => {
      const { fill: f, font, columnWidth } = mock.format;
      const formatWritten =
        ["color", "pattern", "patternColor", "tintAndShade"].some((k) => written(f[k], base.fill[k])) ||
        written(font.color, base.font.color) ||
        written(font.bold, base.font.bold);
      if (formatWritten) refuse("format");
      if (written(mock.values, base.values)) refuse("value");
      if (written(mock.numberFormat, base.numberFormat)) {
        each((c, i, j) => (c.numberFormat = mock.numberFormat[i][j]));
        base.numberFormat = mock.numberFormat;
      }
      if (written(mock.values, base.values)) {
        each((c, i, j) => enter(c, mock.values[i][j]));
        base.values = mock.values;
      }
      if (mock.hyperlink) {
        const link = mock.hyperlink as Excel.RangeHyperlink;
        each((c) => {
          c.hyperlink = link;
          if (link.textToDisplay !== undefined) enter(c, link.textToDisplay);
        });
        delete mock.hyperlink;
      }
      for (const key of ["color", "pattern", "patternColor", "tintAndShade"]) {
        if (!written(f[key], base.fill[key])) continue;
        const value = f[key];
        each((c) => {
          c.fill ??= { color: WHITE, pattern: null, patternColor: null, tintAndShade: 0 };
          if (key === "color") Object.assign(c.fill, { color: value, tintAndShade: 0 });
          else Object.assign(c.fill, { [key]: value });
        });
        base.fill[key] = value;
      }
      if (written(font.color, base.font.color)) {
        each((c) => (c.fontColor = font.color));
        base.font.color = font.color;
      }
      if (written(font.bold, base.font.bold)) {
        each((c) => (c.bold = font.bold));
        base.font.bold = font.bold;
      }
      if (written(columnWidth, base.columnWidth)) {
        each((_, __, j) => sheet.columnWidths.set(r.left + j, columnWidth));
        base.columnWidth = columnWidth;
      }
    };
    mock.isNullObject = false;
    return this.track(mock, commit);
  }

  private names(): OfficeMockObject {
    const book = this.book;
    const proxy = (n: FakeName) => {
      const mock = this.mock({
        name: n.name,
        formula: n.formula,
        visible: n.visible,
        delete: () => this.pending.push(() => (book.names = book.names.filter((x) => x !== n))),
      });
      // The only property the host writes: committed at sync, like a range's formats.
      this.tracked[this.tracked.length - 1].commit = () => {
        if (typeof mock.visible === "boolean") n.visible = mock.visible;
      };
      return mock;
    };
    return this.collection(() => book.names.map(proxy), {
      add: (name: string, reference: string) => {
        const n: FakeName = { name, formula: reference, visible: true };
        this.pending.push(() => {
          if (book.names.some((x) => x.name.toLowerCase() === name.toLowerCase()))
            throw new Error(`fake: name ${name} exists`);
          book.names.push(n);
        });
        return proxy(n);
      },
    });
  }

  private customXmlParts(): OfficeMockObject {
    const book = this.book;
    const partProxy = (part: { id: string; xml: string }) =>
      this.mock({
        id: part.id,
        getXml: () => ({ value: part.xml }),
        setXml: (xml: string) => this.pending.push(() => (part.xml = xml)),
        delete: () => this.pending.push(() => (book.parts = book.parts.filter((p) => p !== part))),
      });
    return this.mock({
      getByNamespace: (ns: string) =>
        this.collection(() => book.parts.filter((p) => p.xml.includes(`xmlns="${ns}"`)).map(partProxy), {}),
      add: (xml: string) => {
        this.pending.push(() =>
          book.parts.push({ id: `{part-${book.parts.length + 1}-${Date.now()}}`, xml }),
        );
      },
    });
  }
}

/** Excel's entry rules for a value written by code. */
function enter(cell: FakeCell, value: unknown): void {
  cell.formula = undefined;
  cell.quotePrefix = false;
  cell.text = undefined;
  if (typeof value === "string" && value.startsWith("'")) {
    cell.value = value.slice(1);
    cell.quotePrefix = true;
  } else if (typeof value === "string" && isFormula(value) && cell.numberFormat !== "@") {
    cell.formula = value;
    cell.value = 0;
  } else {
    cell.value = value as string | number | boolean;
  }
}

/** "=…" and "@…" always; "+…" / "-…" unless they are numbers. */
function isFormula(value: string): boolean {
  return /^[=@]/.test(value) || (/^[+-]/.test(value) && !Number.isFinite(Number(value)));
}
