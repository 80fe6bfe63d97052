import { displayFormat, numberDisplay } from "./numberFormat";

const SHORT_DATE = displayFormat("yyyy/m/d");

/**
 * What Excel shows for a date (its UTC parts) under a number format; without a date format, the short
 * date as a Chinese Excel shows it (2024/12/31).
 */
export function dateText(date: Date, numFmt: string | undefined): string {
  const serial = date.getTime() / 86_400_000 + 25569;
  const format = displayFormat(numFmt ?? "");
  return numberDisplay(serial, format.date ? format : SHORT_DATE);
}
