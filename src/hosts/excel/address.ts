/** Office.js addresses ("'My sheet'!A1:B2", "Sheet1!A1,Sheet1!C3") to and from their parts. */

/** A sheet name as Excel writes it in a reference: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'My ''x'''!A1:B2" → { sheet: "My 'x'", range: "A1:B2" }; an address without a sheet gives sheet "". */
export function splitSheetAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: address.trim() };
  const sheet = address.slice(0, bang).trim();
  const unquoted =
    sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, range: address.slice(bang + 1).trim() };
}

/**
 * The ranges of a multi-area address ("Sheet1!A1:B2,'a, b'!C3" → ["A1:B2", "C3"]). Sheet names may
 * hold commas, so commas only split outside quotes.
 */
export function splitAreas(address: string): string[] {
  return areaTexts(address).map((a) => splitSheetAddress(a).range);
}

/** The first area of a (multi-area) address, with its sheet: "'a, b'!A1:B2,'a, b'!C3" → a, b / A1:B2. */
export function splitFirstArea(address: string): { sheet: string; range: string } {
  return splitSheetAddress(areaTexts(address)[0] ?? "");
}

/** The areas of an address as written, each with its sheet; commas inside quoted names do not split. */
function areaTexts(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (i === address.length || (ch === "," && !quoted)) {
      const area = address.slice(start, i).trim();
      if (area) areas.push(area);
      start = i + 1;
    }
  }
  return areas;
}
