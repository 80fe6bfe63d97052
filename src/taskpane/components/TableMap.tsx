import * as React from "react";
import {
  Badge,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { TableLocation } from "../../engine/result";
import { TABLE_ORDER, TABLE_SCHEMAS } from "../../engine/tables/schemas";
import { TableAssignment, TableKey } from "../../engine/tables/types";
import { Translate } from "../messages";

const useStyles = makeStyles({
  missing: { color: tokens.colorPaletteRedForeground1 },
  small: { fontSize: tokens.fontSizeBase200 },
  titleColumn: { width: "48%" },
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
    <Table size="small" aria-label={t("tablesFound")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.titleColumn}>{t("tableTitle")}</TableHeaderCell>
          <TableHeaderCell>{t("tableSheet")}</TableHeaderCell>
          <TableHeaderCell>{t("tableRange")}</TableHeaderCell>
          <TableHeaderCell />
        </TableRow>
      </TableHeader>
      <TableBody>
        {TABLE_ORDER.map((key) => {
          const locations = found.filter((l) => l.key === key);
          const assignment = assignments.find((a) => a.key === key);
          const title = locations[0]?.title || titleOf(key);
          return (
            <TableRow key={key} data-testid="table-row" data-key={key}>
              <TableCell>
                <Text className={styles.small}>{title}</Text>
                {assignment && (
                  <>
                    {" "}
                    <Badge size="small" appearance="tint">
                      {t("assigned")}
                    </Badge>
                  </>
                )}
              </TableCell>
              {locations.length > 0 ? (
                <>
                  <TableCell>{locations.map((l) => l.sheet).join("、")}</TableCell>
                  <TableCell>{locations.map((l) => l.range).join("、")}</TableCell>
                </>
              ) : assignment ? (
                <>
                  <TableCell>{assignment.sheet}</TableCell>
                  <TableCell>{assignment.range}</TableCell>
                </>
              ) : (
                <TableCell colSpan={2} className={styles.missing}>
                  {tables ? t("notFound") : ""}
                </TableCell>
              )}
              <TableCell>
                {assignment ? (
                  <Button size="small" appearance="subtle" onClick={() => onRemove(key)}>
                    {t("removeAssignment")}
                  </Button>
                ) : (
                  locations.length === 0 &&
                  tables && (
                    <Button size="small" onClick={() => onAssign(key)}>
                      {t("assign")}
                    </Button>
                  )
                )}
              </TableCell>
            </TableRow>
          );
        })}
        {others.map((l, i) => (
          <TableRow key={`${l.key}-${i}`} data-testid="table-row" data-key={l.key}>
            <TableCell>
              <Text className={styles.small}>{l.title || l.key}</Text>
            </TableCell>
            <TableCell>{l.sheet}</TableCell>
            <TableCell>{l.range}</TableCell>
            <TableCell />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
