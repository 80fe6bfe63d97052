import * as React from "react";
import { Field, Label, makeStyles, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { RULE_GROUPS } from "../../engine";
import { PanelSettings } from "../host";
import { Translate } from "../messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  groups: { display: "flex", flexDirection: "column" },
});

interface Props {
  settings: PanelSettings;
  t: Translate;
  onChange: (settings: PanelSettings) => void;
}

export function SettingsView({ settings, t, onChange }: Props) {
  const styles = useStyles();
  const lang = settings.lang;
  return (
    <div className={styles.root}>
      <Field label={t("language")}>
        <RadioGroup
          layout="horizontal"
          value={settings.lang}
          onChange={(_, d) => onChange({ ...settings, lang: d.value === "en" ? "en" : "zh" })}
        >
          <Radio value="zh" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      {/* Not a Field: a Field names its one control, and each switch here has its own name. */}
      <div className={styles.groups} role="group" aria-labelledby="juesuan-rule-groups">
        <Label id="juesuan-rule-groups">{t("ruleGroups")}</Label>
        {RULE_GROUPS.map((g) => (
          <Switch
            key={g.id}
            label={lang === "en" ? g.en : g.zh}
            checked={!settings.disabledGroups.includes(g.id)}
            onChange={(_, d) =>
              onChange({
                ...settings,
                disabledGroups: d.checked
                  ? settings.disabledGroups.filter((id) => id !== g.id)
                  : [...settings.disabledGroups, g.id],
              })
            }
          />
        ))}
      </div>
      <Field label={t("roundingSlack")}>
        <RadioGroup
          value={String(settings.roundingSlack)}
          onChange={(_, d) => onChange({ ...settings, roundingSlack: Number(d.value) })}
        >
          <Radio value="0" label={t("slack0")} />
          <Radio value="1" label={t("slack1")} />
          <Radio value="2" label={t("slack2")} />
        </RadioGroup>
      </Field>
    </div>
  );
}
