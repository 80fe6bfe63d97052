/**
 * xl/workbook.xml and its relationships: which sheets there are, in order, and which part holds each;
 * where the shared strings and the styles are; and whether dates count from 1904.
 */
import { parsePart, prefixed } from "./xml";
import { WorkbookReadError, ZipEntry } from "./zip";

export interface SheetPart {
  name: string;
  entry: ZipEntry;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings?: ZipEntry;
  styles?: ZipEntry;
  date1904: boolean;
}

const WORKBOOK = "xl/workbook.xml";
const RELS = "xl/_rels/workbook.xml.rels";

/** A relationship's target as a part name: relative to xl/, or absolute from the package root. */
function partName(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export function readWorkbookParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): WorkbookParts {
  const workbook = entries.get(WORKBOOK);
  if (!workbook) {
    throw new WorkbookReadError(
      "不是工作簿（zip 文件中没有 xl/workbook.xml，不是 .xlsx 文件）",
      "not-workbook",
    );
  }
  const listed: { name: string; id?: string }[] = [];
  let date1904 = false;
  let inSheets = false;
  parsePart(bytes, workbook, {
    open(name, a) {
      if (name === "sheets") inSheets = true;
      else if (name === "sheet" && inSheets) listed.push({ name: a.name ?? "", id: prefixed(a, "id") });
      else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
    close(name) {
      if (name === "sheets") inSheets = false;
    },
  });
  const targets = new Map<string, { type: string; target: string }>();
  const rels = entries.get(RELS);
  if (rels) {
    parsePart(bytes, rels, {
      open(name, a) {
        if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External")
          targets.set(a.Id, { type: a.Type ?? "", target: partName(a.Target) });
      },
    });
  }
  const ofType = (type: string) => {
    for (const t of targets.values()) if (t.type.endsWith(`/${type}`)) return entries.get(t.target);
    return undefined;
  };
  const sheets: SheetPart[] = [];
  for (const s of listed) {
    const rel = s.id === undefined ? undefined : targets.get(s.id);
    // Chart sheets, dialog and macro sheets hold no cells to check.
    if (rel && !rel.type.endsWith("/worksheet")) continue;
    const entry = rel && entries.get(rel.target);
    if (!entry) {
      throw new WorkbookReadError(
        `工作簿已损坏（工作表“${s.name}”${rel ? `的部件 ${rel.target} ` : ""}不存在）`,
        "corrupt",
      );
    }
    sheets.push({ name: s.name, entry });
  }
  return { sheets, sharedStrings: ofType("sharedStrings"), styles: ofType("styles"), date1904 };
}
