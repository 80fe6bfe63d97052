import { readFileSync } from "fs";
import { join } from "path";

/** The tool's version from package.json (src/cli and lib/cli both sit two levels below it). */
export function toolVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}
