import * as React from "react";
import { Finding } from "../engine/findings";
import { readIdentity } from "../engine/identity";
import { Workbook } from "../engine/model";
import { CheckOptions } from "../engine/result";
import { Translate } from "./messages";

type Report = (status: { intent: "success" | "error" | "info"; text: string }) => void;

/** Department names as tables write them: spaces and a trailing 本级 make no difference (as in the CLI). */
const sameDepartment = (name: string) => name.replace(/\s+/g, "").replace(/本级$/, "");

/**
 * Last year's report for the cross-year checks (group "previous"): an .xlsx the user opens beside the
 * current workbook, read in the panel and kept in memory for the session only (never written anywhere).
 * Each handler resolves to true when it changed (the panel then checks again).
 */
export function usePrevious(t: Translate, report: Report) {
  const [previous, setPrevious] = React.useState<{ file: string; workbook: Workbook }>();
  const [busy, setBusy] = React.useState(false);
  /** Why the last check did not compare with it (another year or department), shown beside its name. */
  const [refused, setRefused] = React.useState<string>();
  // The check reads the latest without waiting for a render.
  const current = React.useRef(previous);
  current.current = previous;

  const open = async (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<boolean> => {
    setBusy(true);
    try {
      // Loaded when first used: the reader (exceljs) is large, and most checks compare with no other year.
      const { readXlsx } = await import("../hosts/xlsx/read");
      const workbook = await readXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      current.current = { file: file.name, workbook };
      setPrevious(current.current);
      setRefused(undefined);
      report({ intent: "success", text: t("previousOpened", { name: file.name }) });
      return true;
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      report({ intent: "error", text: t("previousUnreadable", { name: file.name, msg }) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const remove = (): boolean => {
    const was = current.current;
    if (!was) return false;
    current.current = undefined;
    setPrevious(undefined);
    setRefused(undefined);
    report({ intent: "success", text: t("previousRemoved", { name: was.file }) });
    return true;
  };

  /**
   * The check's option: last year's workbook, when one is open and its tables name the department of
   * `workbook` and the year before (as the command line pairs them); else none, and the line says why.
   */
  const options = React.useCallback(
    (workbook: Workbook): Pick<CheckOptions, "previous"> => {
      const last = current.current;
      if (!last) return {};
      const here = readIdentity(workbook.sheets, []);
      const there = readIdentity(last.workbook.sheets, []);
      const name = last.file;
      const why =
        here.year !== undefined && there.year !== undefined && Number(there.year) !== Number(here.year) - 1
          ? t("previousWrongYear", { name, year: there.year, current: here.year })
          : here.department !== undefined &&
              there.department !== undefined &&
              sameDepartment(here.department) !== sameDepartment(there.department)
            ? t("previousOtherDepartment", { name, department: there.department, current: here.department })
            : undefined;
      setRefused(why);
      return why === undefined ? { previous: last } : {};
    },
    [t],
  );

  return { file: previous?.file, refused, busy, open, remove, options };
}

/** Findings with only their cells in this workbook: last year's cells (`file`) cannot be marked here. */
export function inThisWorkbook(findings: readonly Finding[]): Finding[] {
  return findings.map((f) =>
    f.cells.some((c) => c.file !== undefined)
      ? { ...f, cells: f.cells.filter((c) => c.file === undefined) }
      : f,
  );
}
