import { formatAmount, Money } from "../engine/decimal";
import { Lang, SEVERITIES, Severity } from "../engine/findings";
import { CellRef } from "../engine/model";
import { FileReport } from "./report";

/** The terminal report: per file, where each table is, then findings by severity, then a summary line. */

const SEVERITY_LABEL: Record<Severity, Record<Lang, string>> = {
  error: { zh: "错误", en: "Errors" },
  rounding: { zh: "尾差", en: "Rounding differences" },
  warning: { zh: "警告", en: "Warnings" },
  info: { zh: "提示", en: "Notes" },
};

const WORDS = {
  zh: {
    colon: "：",
    tables: "找到的表",
    none: "未找到任何决算公开表",
    cells: "单元格",
    expected: "应为",
    actual: "实为",
    difference: "差额",
    clean: "未发现问题",
    unreadable: "无法读取",
    summary: (tables: number, counts: string) => `小结：${tables} 张表；${counts}`,
    batch: (files: number, unreadable: number, withErrors: number, clean: number) =>
      `共检查 ${files} 个文件：${withErrors} 个有错误，${clean} 个未发现错误，${unreadable} 个无法读取`,
    count: (label: string, n: number) => `${label} ${n} 条`,
  },
  en: {
    colon: ": ",
    tables: "Tables found",
    none: "No disclosure table found",
    cells: "cells",
    expected: "expected",
    actual: "actual",
    difference: "difference",
    clean: "no findings",
    unreadable: "cannot read",
    summary: (tables: number, counts: string) => `Summary: ${tables} tables; ${counts}`,
    batch: (files: number, unreadable: number, withErrors: number, clean: number) =>
      `${files} files checked: ${withErrors} with errors, ${clean} without errors, ${unreadable} unreadable`,
    count: (label: string, n: number) => `${n} ${label.toLowerCase()}`,
  },
};

const ANSI: Record<Severity | "bold" | "dim", string> = {
  error: "\x1b[31m",
  rounding: "\x1b[33m",
  warning: "\x1b[35m",
  info: "\x1b[36m",
  bold: "\x1b[1m",
  dim: "\x1b[2m",
};

/** "1362.34" → "1,362.34": a finding's decimal string as the tables print it, at its own decimals. */
export function groupDigits(amount: string): string {
  return formatAmount(new Money(amount), amount.split(".")[1]?.length ?? 0);
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  const wide = text.match(
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g,
  );
  return text.length + (wide?.length ?? 0);
}

const padEnd = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

const cellText = (c: CellRef) => `${/[^\p{L}\p{N}_]/u.test(c.sheet) ? `'${c.sheet}'` : c.sheet}!${c.address}`;

/** The reason in English before the Chinese detail, which names the file, part or limit. */
const READ_FAILURE_EN: Record<NonNullable<FileReport["reason"]>, string> = {
  "not-workbook": "not a workbook",
  encrypted: "encrypted, or an old .xls",
  corrupt: "corrupt",
  "too-large": "too large",
  "not-found": "file not found",
  unreadable: "the file could not be read",
  internal: "internal error while checking",
};

export function formatText(reports: FileReport[], lang: Lang, color: boolean): string {
  const w = WORDS[lang];
  const paint = (style: keyof typeof ANSI, s: string) => (color ? `${ANSI[style]}${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const r of reports) {
    out.push(paint("bold", r.file));
    if (r.error !== undefined) {
      const why = lang === "en" && r.reason ? ` (${READ_FAILURE_EN[r.reason]})` : "";
      out.push(`  ${paint("error", `${w.unreadable}${why}${w.colon}${r.error}`)}`, "");
      continue;
    }
    if (r.tables.length) {
      out.push(`  ${w.tables} (${r.tables.length})`);
      const keyWidth = Math.max(...r.tables.map((t) => displayWidth(t.key)));
      for (const t of r.tables) {
        out.push(
          `    ${padEnd(t.key, keyWidth)}  ${t.title}  ${paint("dim", cellText({ sheet: t.sheet, address: t.range }))}`,
        );
      }
    } else {
      out.push(`  ${paint("warning", w.none)}`);
    }
    const counts: string[] = [];
    for (const severity of SEVERITIES) {
      const findings = r.findings.filter((f) => f.severity === severity);
      counts.push(w.count(SEVERITY_LABEL[severity][lang], findings.length));
      if (!findings.length) continue;
      out.push(`  ${paint(severity, `${SEVERITY_LABEL[severity][lang]} (${findings.length})`)}`);
      for (const f of findings) {
        out.push(`    ${paint(severity, "•")} ${f.message}  ${paint("dim", `[${f.rule}]`)}`);
        if (f.cells.length) out.push(`      ${w.cells}${w.colon}${f.cells.map(cellText).join(", ")}`);
        const amounts = (
          [
            [w.expected, f.expected],
            [w.actual, f.actual],
            [w.difference, f.difference],
          ] as const
        ).filter(([, v]) => v !== undefined);
        if (amounts.length)
          out.push(`      ${amounts.map(([k, v]) => `${k} ${groupDigits(v as string)}`).join("  ")}`);
      }
    }
    if (!r.findings.length) out.push(`  ${w.clean}`);
    out.push(`  ${w.summary(r.tables.length, counts.join(lang === "zh" ? "，" : ", "))}`, "");
  }
  return `${out.join("\n")}\n`;
}

/** One closing line over many files, for a reviewer who checked a whole batch. */
export function formatBatchSummary(reports: FileReport[], lang: Lang): string {
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const withErrors = reports.filter((r) => r.findings.some((f) => f.severity === "error")).length;
  const clean = reports.length - unreadable - withErrors;
  return `${WORDS[lang].batch(reports.length, unreadable, withErrors, clean)}\n`;
}
