import { Lang, SEVERITIES, Severity } from "../engine/findings";

/** What the command line asks for. */
export interface CheckArgs {
  /** Files, folders and glob patterns, in the order given. */
  files: string[];
  json: boolean;
  lang: Lang;
  /** Extra code-list CSV files. */
  codes: string[];
  /** User rule files (审核公式). */
  rules: string[];
  /** A 情况说明 for the one workbook given. */
  narrative?: string;
  /** Last year's report: a workbook (for the one workbook given) or a folder of them, paired by name. */
  previous?: string;
  /** Worker threads; undefined: one per core. */
  jobs?: number;
  /** Summary file: .xlsx (汇总 and 问题清单) or .csv (the findings). */
  out?: string;
  /** The least severe findings listed. */
  severity: Severity;
}

export type ParsedArgs =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "check"; args: CheckArgs }
  | { kind: "rules"; json: boolean }
  | { kind: "error"; message: string };

const LANGS: readonly string[] = ["zh", "en"];
const MAX_JOBS = 64;

/** Parses `check INPUT… [options]` (see usage.ts); "--opt=value" and "--opt value" both work. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.some((a) => a === "-h" || a === "--help")) return { kind: "help" };
  if (argv.some((a) => a === "-V" || a === "--version")) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: "error", message: "缺少命令 check（missing command: check）" };
  if (command === "rules") {
    const unknown = rest.find((a) => a !== "--json");
    if (unknown !== undefined) return { kind: "error", message: `未知选项“${unknown}”（unknown option）` };
    return { kind: "rules", json: rest.length > 0 };
  }
  if (command !== "check") return { kind: "error", message: `未知命令“${command}”（unknown command）` };
  const args: CheckArgs = { files: [], json: false, lang: "zh", codes: [], rules: [], severity: "info" };
  const error = (message: string): ParsedArgs => ({ kind: "error", message });
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.indexOf("=");
    const [flag, inline] =
      arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    if (flag === "--json" && inline === undefined) {
      args.json = true;
    } else if (flag === "--lang") {
      const lang = value();
      if (lang === undefined || !LANGS.includes(lang))
        return error("--lang 只能是 zh 或 en（--lang must be zh or en）");
      args.lang = lang as Lang;
    } else if (flag === "--codes") {
      const file = value();
      if (!file) return error("--codes 需要一个 CSV 文件（--codes needs a CSV file）");
      args.codes.push(file);
    } else if (flag === "--rules") {
      const file = value();
      if (!file) return error("--rules 需要一个审核公式文件（--rules needs a rule file）");
      args.rules.push(file);
    } else if (flag === "--narrative") {
      const file = value();
      if (!file)
        return error("--narrative 需要一个 .docx 或 .txt 文件（--narrative needs a .docx or .txt file）");
      args.narrative = file;
    } else if (flag === "--previous") {
      const path = value();
      if (!path)
        return error(
          "--previous 需要上年的工作簿或文件夹（--previous needs last year's workbook or folder）",
        );
      args.previous = path;
    } else if (flag === "--jobs" || flag === "-j") {
      const n = value();
      if (!n || !/^\d+$/.test(n) || Number(n) < 1 || Number(n) > MAX_JOBS) {
        return error(
          `--jobs 须为 1 到 ${MAX_JOBS} 的整数（--jobs must be a whole number from 1 to ${MAX_JOBS}）`,
        );
      }
      args.jobs = Number(n);
    } else if (flag === "--out" || flag === "-o") {
      const file = value();
      if (!file || !/\.(xlsx|csv)$/i.test(file)) {
        return error("--out 须为 .xlsx 或 .csv 文件（--out must name an .xlsx or .csv file）");
      }
      args.out = file;
    } else if (flag === "--severity") {
      const level = value();
      if (level === undefined || !(SEVERITIES as readonly string[]).includes(level)) {
        return error(
          "--severity 只能是 error、rounding、warning 或 info（--severity must be error, rounding, warning or info）",
        );
      }
      args.severity = level as Severity;
    } else if (flag === "--") {
      args.files.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith("-") && flag !== "-") {
      return error(`未知选项“${arg}”（unknown option）`);
    } else {
      args.files.push(arg);
    }
  }
  if (!args.files.length) return error("没有指定要检查的文件（no files given）");
  return { kind: "check", args };
}
