import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DecimalArrowRightFilled, ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import { Severity } from "../../engine";

/**
 * Each severity has its own shape as well as its colour: the error and 尾差 reds are 1.08:1 apart in
 * contrast, so colour alone cannot tell them apart (nor can a colour-blind reader). The word goes
 * beside the icon wherever a severity is named.
 */
const ICONS: Record<Severity, typeof ErrorCircleFilled> = {
  error: ErrorCircleFilled,
  rounding: DecimalArrowRightFilled,
  warning: WarningFilled,
  info: InfoFilled,
};

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: "text-bottom", fontSize: "16px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  rounding: { color: tokens.colorPaletteDarkOrangeForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

/** The severity's icon; `label` names it for screen readers where no word stands beside it. */
export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <Icon
      className={mergeClasses(styles.icon, styles[severity])}
      data-icon={severity}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      role={label ? "img" : undefined}
    />
  );
}
