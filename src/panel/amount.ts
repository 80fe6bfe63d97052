import { formatAmount, Money } from "../engine/decimal";

const PLAIN_DECIMAL = /^-?\d+(?:\.(\d+))?$/;

/**
 * An amount of a finding (a decimal string, as in the JSON) as the CLI and the messages print it:
 * thousands grouped, the decimals it came with (1362.34 → 1,362.34). Anything else is shown as it is.
 */
export function showAmount(value: string): string {
  const m = PLAIN_DECIMAL.exec(value);
  return m ? formatAmount(new Money(value), m[1]?.length ?? 0) : value;
}
