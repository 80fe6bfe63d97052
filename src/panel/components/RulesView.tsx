import * as React from "react";
import { Button, Field, Input, makeStyles, Switch, Text, Textarea, tokens } from "@fluentui/react-components";
import {
  AddRegular,
  BeakerRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  DeleteRegular,
  EditRegular,
} from "@fluentui/react-icons";
import { catalogue, describeRule, fill, Finding, isRule, Lang } from "../../engine";
import { parseRule } from "../../engine/rules/language";
import { UserRuleEntry } from "../../engine/rules/user";
import { severityName } from "../messages";
import { rulesText } from "../rules-messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  rule: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  actions: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "center" },
  error: { color: tokens.colorPaletteRedForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  builtIn: { display: "flex", flexDirection: "column", gap: "2px" },
});

interface Props {
  lang: Lang;
  /** Where the rules are kept, said under the heading. */
  where: "excel" | "browser";
  rules: UserRuleEntry[];
  onChange: (rules: UserRuleEntry[]) => void;
  /** Runs one rule alone on the open workbook. */
  onTest: (rule: UserRuleEntry) => Promise<Finding[]>;
}

/** What the rule text says as it is typed: fine, or where it goes wrong and why. */
function useParseNote(text: string, lang: Lang): { ok: boolean; note: string } {
  const t = rulesText(lang);
  return React.useMemo(() => {
    const r = parseRule(text);
    if (r.ok) return { ok: true, note: t.valid };
    const { offset, length, messages } = r.error;
    const at = text.slice(offset, offset + length);
    const reason = messages[lang];
    return {
      ok: false,
      note: at ? fill(t.parseError, { char: offset + 1, at, reason }) : fill(t.parseEnd, { reason }),
    };
  }, [text, lang, t]);
}

interface EditorProps {
  lang: Lang;
  initial: UserRuleEntry;
  taken: Set<string>;
  onSave: (rule: UserRuleEntry) => void;
  onCancel: () => void;
}

function RuleEditor({ lang, initial, taken, onSave, onCancel }: EditorProps) {
  const styles = useStyles();
  const t = rulesText(lang);
  const [id, setId] = React.useState(initial.id ?? "");
  const [text, setText] = React.useState(initial.text);
  const parsed = useParseNote(text, lang);
  const idTaken = id.trim() !== "" && taken.has(id.trim());
  const note = idTaken ? fill(t.idTaken, { id: id.trim() }) : parsed.note;
  return (
    <div className={styles.rule} role="form" aria-label={t.rule}>
      <Field label={t.id}>
        <Input value={id} onChange={(_, d) => setId(d.value)} />
      </Field>
      <Field label={t.rule}>
        <Textarea
          value={text}
          placeholder={t.example}
          resize="vertical"
          textarea={{ className: styles.text }}
          onChange={(_, d) => setText(d.value)}
        />
      </Field>
      <Text
        size={200}
        role="status"
        className={parsed.ok && !idTaken ? styles.ok : styles.error}
        data-testid="parse-note"
      >
        {note}
      </Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!parsed.ok || idTaken}
          onClick={() => {
            const rule: UserRuleEntry = { ...initial, text: text.trim() };
            if (id.trim()) rule.id = id.trim();
            else delete rule.id;
            onSave(rule);
          }}
        >
          {t.save}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </div>
  );
}

type Outcome = { busy: true } | { findings: Finding[] } | { failed: string };

function TestOutcome({ outcome, lang }: { outcome: Outcome; lang: Lang }) {
  const t = rulesText(lang);
  if ("busy" in outcome) return <Text size={200}>{t.testing}</Text>;
  if ("failed" in outcome) return <Text size={200}>{outcome.failed}</Text>;
  if (!outcome.findings.length) return <Text size={200}>{t.holds}</Text>;
  return (
    <div role="list" aria-label={fill(t.testFindings, { n: outcome.findings.length })}>
      <Text size={200}>{fill(t.testFindings, { n: outcome.findings.length })}</Text>
      {outcome.findings.map((f, i) => (
        <Text as="p" size={200} role="listitem" key={i}>
          {severityName(lang, f.severity)}：{f.message}
        </Text>
      ))}
    </div>
  );
}

/**
 * The 规则 view: the user's 审核公式 (add, edit, switch off, delete, test on the open workbook) and the
 * built-in rules in the same language, each of which can be switched off by a `关闭 <id>` rule.
 */
export function RulesView({ lang, where, rules, onChange, onTest }: Props) {
  const styles = useStyles();
  const t = rulesText(lang);
  const [editing, setEditing] = React.useState<number>();
  // About a hundred lines: drawn only when asked for, so that typing a rule stays quick.
  const [showBuiltIn, setShowBuiltIn] = React.useState(false);
  const [outcomes, setOutcomes] = React.useState<Map<UserRuleEntry, Outcome>>(new Map());
  const builtIn = React.useMemo(() => catalogue().filter((c) => c.group !== "user"), []);
  const switchedOff = new Set(
    rules.flatMap((r) => {
      const p = r.disabled ? undefined : parseRule(r.text);
      return p?.ok && p.statement.type === "disable" ? p.statement.ids : [];
    }),
  );

  const idsBut = (index: number) => new Set(rules.flatMap((r, i) => (i !== index && r.id ? [r.id] : [])));
  const save = (index: number, rule: UserRuleEntry) => {
    onChange(index === rules.length ? [...rules, rule] : rules.map((r, i) => (i === index ? rule : r)));
    setEditing(undefined);
  };
  const test = async (rule: UserRuleEntry) => {
    setOutcomes((m) => new Map(m).set(rule, { busy: true }));
    let outcome: Outcome;
    try {
      outcome = { findings: await onTest(rule) };
    } catch (e) {
      outcome = { failed: e instanceof Error ? e.message : String(e) };
    }
    setOutcomes((m) => new Map(m).set(rule, outcome));
  };

  return (
    <div className={styles.root}>
      <Text weight="semibold">{t.userRules}</Text>
      <Text size={200}>{where === "excel" ? t.whereExcel : t.whereBrowser}</Text>
      {!rules.length && editing === undefined && <Text>{t.none}</Text>}
      {rules.map((rule, i) =>
        editing === i ? (
          <RuleEditor
            key={i}
            lang={lang}
            initial={rule}
            taken={idsBut(i)}
            onSave={(r) => save(i, r)}
            onCancel={() => setEditing(undefined)}
          />
        ) : (
          <div className={styles.rule} key={i} data-testid="user-rule">
            <Text className={styles.text}>
              {rule.id ? `${rule.id}: ` : ""}
              {rule.text}
            </Text>
            <div className={styles.actions}>
              <Switch
                label={t.enabled}
                checked={!rule.disabled}
                onChange={(_, d) =>
                  onChange(rules.map((r, k) => (k === i ? { ...r, disabled: !d.checked } : r)))
                }
              />
              <Button size="small" icon={<EditRegular />} onClick={() => setEditing(i)}>
                {t.edit}
              </Button>
              <Button size="small" icon={<BeakerRegular />} onClick={() => void test(rule)}>
                {t.test}
              </Button>
              <Button
                size="small"
                icon={<DeleteRegular />}
                onClick={() => onChange(rules.filter((_, k) => k !== i))}
              >
                {t.remove}
              </Button>
            </div>
            {outcomes.get(rule) && <TestOutcome outcome={outcomes.get(rule) as Outcome} lang={lang} />}
          </div>
        ),
      )}
      {editing === rules.length ? (
        <RuleEditor
          lang={lang}
          initial={{ text: "" }}
          taken={idsBut(-1)}
          onSave={(r) => save(rules.length, r)}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <Button icon={<AddRegular />} onClick={() => setEditing(rules.length)}>
          {t.add}
        </Button>
      )}
      <Button
        appearance="subtle"
        aria-expanded={showBuiltIn}
        icon={showBuiltIn ? <ChevronDownRegular /> : <ChevronRightRegular />}
        onClick={() => setShowBuiltIn(!showBuiltIn)}
      >
        {fill(t.builtIn, { n: builtIn.length })}
      </Button>
      {showBuiltIn && (
        <div className={styles.builtIn}>
          {builtIn.map((c) => (
            <div key={c.id} className={styles.actions} data-testid="built-in-rule">
              <Text className={styles.text}>
                {c.id} · {severityName(lang, c.severity)} ·{" "}
                {isRule(c) ? describeRule(c) : (c.describe ?? c.messages)[lang]}
              </Text>
              {switchedOff.has(c.id) ? (
                <Text size={200}>{t.switchedOff}</Text>
              ) : (
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onChange([...rules, { text: `关闭 ${c.id}` }])}
                >
                  {t.switchOff}
                </Button>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
