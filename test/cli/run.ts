import { CliIO, main } from "../../src/cli/main";
import { readLocalFile } from "../../src/cli/read-file";

/** Runs `juesuan …` in-process and captures what it prints. */
export async function runCli(
  argv: string[],
  options: { tty?: boolean; stderrTty?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTty ?? false },
    readFile: readLocalFile,
    env: options.env ?? {},
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** The `--json` document's shape (the contract). */
export interface JsonReport {
  version: string;
  skipped: number;
  files: {
    file: string;
    department?: string;
    year?: string;
    error?: string;
    reason?: string;
    counts: { error: number; rounding: number; warning: number; info: number };
    narrativeError?: string;
    previous?: string;
    previousError?: string;
    tables: { key: string; title: string; sheet: string; range: string }[];
    findings: {
      rule: string;
      severity: string;
      message: string;
      cells: { sheet: string; address: string }[];
      expected: string | null;
      actual: string | null;
      difference: string | null;
      table?: string;
    }[];
  }[];
}
