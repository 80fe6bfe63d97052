import { Lang } from "../engine/findings";

/** What the command line asks for. */
export interface CheckArgs {
  files: string[];
  json: boolean;
  lang: Lang;
  /** Extra code-list CSV files. */
  codes: string[];
}

export type ParsedArgs =
  | { kind: "help" }
  | { kind: "check"; args: CheckArgs }
  | { kind: "rules"; json: boolean }
  | { kind: "error"; message: string };

const LANGS: readonly string[] = ["zh", "en"];

/** Parses `check FILE… [--json] [--lang zh|en] [--codes FILE]`; "--opt=value" and "--opt value" both work. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.some((a) => a === "-h" || a === "--help")) return { kind: "help" };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: "error", message: "缺少命令 check（missing command: check）" };
  if (command === "rules") {
    const unknown = rest.find((a) => a !== "--json");
    if (unknown !== undefined) return { kind: "error", message: `未知选项“${unknown}”（unknown option）` };
    return { kind: "rules", json: rest.length > 0 };
  }
  if (command !== "check") return { kind: "error", message: `未知命令“${command}”（unknown command）` };
  const args: CheckArgs = { files: [], json: false, lang: "zh", codes: [] };
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
      if (lang === undefined || !LANGS.includes(lang)) {
        return { kind: "error", message: `--lang 只能是 zh 或 en（--lang must be zh or en）` };
      }
      args.lang = lang as Lang;
    } else if (flag === "--codes") {
      const file = value();
      if (!file) return { kind: "error", message: "--codes 需要一个 CSV 文件（--codes needs a CSV file）" };
      args.codes.push(file);
    } else if (flag === "--") {
      args.files.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith("-") && flag !== "-") {
      return { kind: "error", message: `未知选项“${arg}”（unknown option）` };
    } else {
      args.files.push(arg);
    }
  }
  if (!args.files.length) return { kind: "error", message: "没有指定要检查的文件（no files given）" };
  return { kind: "check", args };
}
