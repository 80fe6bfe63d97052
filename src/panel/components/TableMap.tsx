import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { TableLocation } from "../../engine";
import { TABLE_ORDER, TABLE_SCHEMAS } from "../../engine/tables/schemas";
import { TableAssignment, TableKey } from "../../engine/tables/types";
import { Translate } from "../messages";

// A list, not a table: a 350 px task pane has no room for sheet and range as columns of their own.
const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    padding: "4px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flex: 1, minWidth: 0 },
  title: { display: "block", fontSize: tokens.fontSizeBase200 },
  where: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  missing: { color: tokens.colorPaletteRedForeground1 },
  action: { flexShrink: 0 },
});

interface Props {
  /** Undefined until the first check: only the assignments are known then. */
  tables: TableLocation[] | undefined;
  assignments: TableAssignment[];
  t: Translate;
  onAssign: (key: TableKey) => void;
  onRemove: (key: TableKey) => void;
}

const titleOf = (key: string) => TABLE_SCHEMAS.find((s) => s.key === key)?.title ?? key;

/** Where each table was found; a standard table recognition missed can be assigned the selected range. */
export function TableMap({ tables, assignments, t, onAssign, onRemove }: Props) {
  const styles = useStyles();
  const found = tables ?? [];
  const others = found.filter((l) => !TABLE_ORDER.includes(l.key as TableKey));
  return (
    <ul className={styles.list} aria-label={t("tablesFound")}>
      {TABLE_ORDER.map((key) => {
        const locations = found.filter((l) => l.key === key);
        const assignment = assignments.find((a) => a.key === key);
        const title = locations[0]?.title || titleOf(key);
        const where = locations.length
          ? locations.map((l) => `${l.sheet}!${l.range}`).join("、")
          : assignment
            ? `${assignment.sheet}!${assignment.range}`
            : undefined;
        return (
          <li key={key} className={styles.row} data-testid="table-row" data-key={key}>
            <div className={styles.text}>
              <Text className={styles.title}>
                {title}
                {assignment && (
                  <>
                    {" "}
                    <Badge size="small" appearance="tint">
                      {t("assigned")}
                    </Badge>
                  </>
                )}
              </Text>
              {where ? (
                <Text className={styles.where}>{where}</Text>
              ) : (
                tables && <Text className={mergeClasses(styles.where, styles.missing)}>{t("notFound")}</Text>
              )}
            </div>
            {assignment ? (
              <Button
                className={styles.action}
                size="small"
                appearance="subtle"
                onClick={() => onRemove(key)}
              >
                {t("removeAssignment")}
              </Button>
            ) : (
              locations.length === 0 &&
              tables && (
                <Button className={styles.action} size="small" onClick={() => onAssign(key)}>
                  {t("assign")}
                </Button>
              )
            )}
          </li>
        );
      })}
      {others.map((l, i) => (
        <li key={`${l.key}-${i}`} className={styles.row} data-testid="table-row" data-key={l.key}>
          <div className={styles.text}>
            <Text className={styles.title}>{l.title || l.key}</Text>
            <Text className={styles.where}>
              {l.sheet}!{l.range}
            </Text>
          </div>
        </li>
      ))}
    </ul>
  );
}
