import Decimal from "decimal.js";
import { emitter } from "../catalogue";
import { CodeList } from "../codes";
import { formatAmount, sum, ZERO } from "../decimal";
import { Finding, Lang } from "../findings";
import { CellRef } from "../model";
import { showAmount } from "../rules/format";
import { PerfTable } from "../selfeval";
import { TableInstance } from "../tables/types";
import { compareFigure, compareRatio, showPercent } from "./arithmetic";
import * as CHECK from "./checks";
import { conceptDef } from "./concepts";
import { baseConcept, NarrFigure, readNarrative, sentenceAt, statedBefore } from "./read";
import { Quantity, Section, TableQuantities } from "./quantities";
import { NarrativeContext as Ctx, report } from "./report";
import { NarrativeCoverage, NarrativeSource } from "./types";
import { eachMatch } from "./text";
import { wordingFindings } from "./wording";

/**
 * The 情况说明 against the tables (issue 8, domain §5). Every figure is read clause by clause; one that
 * cannot be tied to exactly one quantity is counted as unchecked, never guessed. Findings carry the
 * paragraph and the exact characters they are about (`text`), and the table cells compared.
 */

export interface NarrativeResult {
  findings: Finding[];
  coverage: NarrativeCoverage;
}

const amountText = (f: NarrFigure): string => formatAmount(f.value, f.decimals);

const printed = (f: NarrFigure) => ({ value: f.value, decimals: f.decimals });

const ROUNDING_NOTE = {
  zh: "（相差 {difference}，属尾差，仍应一致）",
  en: " (a rounding difference of {difference}; still worth fixing)",
};
const SAME_NOTE = {
  zh: "；与{other} {otherValue} 一致，请核对口径",
  en: "; it equals {other} {otherValue}: check which figure is meant",
};

/** Each tied amount against its primary cell; a miss that equals another source says which. */
function checkAmounts(ctx: Ctx, figures: NarrFigure[]): void {
  for (const f of figures) {
    const q = f.quantity;
    if (f.kind !== "amount" || !q) continue;
    const [primary, ...others] = q.sources;
    f.checked = true;
    const { verdict, difference } = compareFigure(printed(f), primary);
    if (verdict === "exact") continue;
    const same = others.find((o) => compareFigure(printed(f), o).verdict === "exact");
    const notes = [...(verdict === "rounding" ? [ROUNDING_NOTE] : []), ...(same ? [SAME_NOTE] : [])];
    report(
      ctx,
      CHECK.AMOUNT,
      f,
      {
        cell: primary.label,
        value: showAmount(primary.value, primary.decimals, ctx.lang),
        difference: formatAmount(difference, f.decimals),
        other: same?.label ?? "",
        otherValue: same ? showAmount(same.value, same.decimals, ctx.lang) : "",
      },
      [...primary.cells, ...(same?.cells ?? [])],
      {
        severity: verdict === "rounding" ? "rounding" : undefined,
        suffix: notes.length
          ? { zh: notes.map((n) => n.zh).join(""), en: notes.map((n) => n.en).join("") }
          : undefined,
        table: primary.table,
        expected: (primary.value ?? ZERO).toFixed(),
        actual: f.value.toFixed(),
        difference: difference.toFixed(),
      },
    );
  }
}

/** The figure before `f` in its clause, when it is an amount. */
function amountBefore(f: NarrFigure): NarrFigure | undefined {
  const prev = f.prev;
  return prev && prev.clause === f.clause && prev.kind === "amount" ? prev : undefined;
}

/** The base a share is over when the sentence names none (domain §5). */
function implicitBase(concept: string | undefined, section: Section): string | undefined {
  if (!concept) return undefined;
  if (concept.startsWith("class:") || concept.startsWith("row:"))
    return section === "YB"
      ? "YB.total"
      : section === "ZC"
        ? "ZC.total"
        : section === "SR"
          ? "SR.total"
          : undefined;
  if (concept.startsWith("SR.") && concept !== "SR.total") return "SR.total";
  if (/^ZC\.[^t]|^basic$|^project$/.test(concept)) return section === "YB" ? "YB.total" : "ZC.total";
  if (concept.startsWith("SG.") && concept !== "SG.合计") return "SG.合计";
  if (/^GP\.(goods|works|services|sme)$/.test(concept)) return "GP.total";
  if (concept === "GP.micro") return "GP.sme";
  return undefined;
}

interface Base {
  value: Decimal | null;
  decimals: number;
  cells: CellRef[];
  table?: string;
  name: string;
}

/** A base's value: its table cell; else the same concept stated in the paragraph before. */
function baseValue(ctx: Ctx, concept: string, f: NarrFigure): Base | undefined {
  const def = conceptDef(concept);
  const name = def ? def[ctx.lang] : concept;
  const q = ctx.tq.resolve(concept, { kind: "value" }, f.section);
  if (q) {
    const s = q.sources[0];
    return { value: s.value, decimals: s.decimals, cells: s.cells, table: s.table, name: s.label };
  }
  const last = statedBefore(ctx.paragraphs[f.paragraph - 1], concept, f.start);
  if (!last) return undefined;
  last.checked = true;
  return { value: last.value, decimals: last.decimals, cells: [], name };
}

const PLUGGED = {
  zh: "（各项占比凑足 100%，属舍位平衡，仍建议按实际计算）",
  en: " (moved to make the shares add to 100%; still worth computing as is)",
};

/**
 * A share over its base. Shares of one base that add to exactly 100% may carry a last share moved by
 * one unit to get there (舍位平衡): that is a rounding difference, not an error.
 */
function checkShares(ctx: Ctx, figures: NarrFigure[]): void {
  const shares: { f: NarrFigure; part: NarrFigure; base: Base; group: string }[] = [];
  for (const f of figures) {
    if (f.percent?.kind !== "share" || f.percent.namedPart) continue;
    const part = amountBefore(f);
    if (!part) continue;
    const concept = f.percent.base
      ? baseConcept(f.percent.base, ctx.tq)
      : implicitBase(part.concept, f.section);
    const base = concept && baseValue(ctx, concept, f);
    if (base) shares.push({ f, part, base, group: `${f.section}|${concept}` });
  }
  const totals = new Map<string, { sum: Decimal; count: number }>();
  for (const { f, group } of shares) {
    const t = totals.get(group) ?? { sum: ZERO, count: 0 };
    totals.set(group, { sum: t.sum.plus(f.value), count: t.count + 1 });
  }
  for (const { f, part, base, group } of shares) {
    f.checked = part.checked = true;
    const cells = [...base.cells, ...(part.quantity?.sources[0].cells ?? [])];
    const extra = { table: base.table ?? part.quantity?.sources[0].table };
    const result = compareRatio(printed(f), printed(part), base);
    if (!result) {
      report(ctx, CHECK.SHARE_ZERO, f, { baseName: base.name }, cells, extra);
      continue;
    }
    if (result.verdict === "exact") continue;
    const computed = showPercent(result.computed, f.decimals);
    const t = totals.get(group);
    const unit = new Decimal(10).pow(-f.decimals);
    const plugged = t !== undefined && t.count > 1 && t.sum.eq(100) && f.value.minus(computed).abs().eq(unit);
    report(
      ctx,
      CHECK.SHARE,
      f,
      {
        part: amountText(part),
        base: showAmount(base.value, base.decimals, ctx.lang),
        baseName: base.name,
        computed,
      },
      cells,
      {
        ...extra,
        severity: result.verdict === "rounding" || plugged ? "rounding" : undefined,
        suffix: plugged ? PLUGGED : undefined,
      },
    );
  }
}

const BUDGET_NAMES: Record<string, { zh: string; en: string }> = {
  年初: { zh: "年初预算", en: "the initial budget (年初预算)" },
  全年: { zh: "全年预算", en: "the full-year budget (全年预算)" },
  调整: { zh: "调整预算", en: "the adjusted budget (调整预算)" },
  预算: { zh: "预算", en: "the budget" },
};

/** 完成率 = 决算 ÷ the budget it names; a zero budget has none; a rate on another budget is said so. */
function checkRates(ctx: Ctx, figures: NarrFigure[]): void {
  const name = (k: string) => BUDGET_NAMES[k][ctx.lang];
  const kindOf = (g: NarrFigure) => (g.role?.kind === "budget" ? g.role.budget : "预算");
  for (const f of figures) {
    if (f.percent?.kind !== "rate") continue;
    const named = f.percent.budget;
    const before = f.siblings.filter((g) => g.start < f.start && g.kind === "amount");
    const actual = [...before].reverse().find((g) => g.role?.kind === "actual");
    const budgets = before.filter((g) => g.role?.kind === "budget");
    const matching = budgets.filter((g) => named === "预算" || kindOf(g) === named || kindOf(g) === "预算");
    const den = matching.length === 1 ? matching[0] : undefined;
    if (actual && !budgets.length) {
      tableBudgetRate(ctx, f, actual, named);
      continue;
    }
    if (!actual || (!den && budgets.length !== 1)) continue;
    // The rate as computed on a budget other than the named one (年初 0, 全年 1,014.16 → 95.89%).
    const other = budgets.find(
      (g) => g !== den && compareRatio(printed(f), printed(actual), printed(g))?.verdict === "exact",
    );
    const used = [actual, ...(den ? [den] : []), ...(other ? [other] : [])];
    if (!den && !other) continue;
    for (const g of [f, ...used]) g.checked = true;
    if (other && (!den || compareRatio(printed(f), printed(actual), printed(den))?.verdict !== "exact")) {
      const r = compareRatio(printed(f), printed(actual), printed(other));
      report(
        ctx,
        CHECK.RATE_DENOMINATOR,
        f,
        {
          named: name(named),
          other: name(kindOf(other)),
          otherValue: amountText(other),
          actual: amountText(actual),
          computed: showPercent(r?.computed ?? ZERO, f.decimals),
        },
        [],
      );
      continue;
    }
    if (!den) continue;
    const r = compareRatio(printed(f), printed(actual), printed(den));
    if (r?.verdict === "exact") continue;
    // The figures are formatted only for a finding.
    const params = {
      actual: amountText(actual),
      denominatorName: name(kindOf(den)),
      denominator: amountText(den),
    };
    if (!r) report(ctx, CHECK.RATE_ZERO, f, params, []);
    else
      report(ctx, CHECK.RATE, f, { ...params, computed: showPercent(r.computed, f.decimals) }, [], {
        severity: r.verdict === "rounding" ? "rounding" : undefined,
      });
  }
}

/** A 三公 完成率 whose sentence gives no budget: over the 三公 table's 预算数 (the full-year budget). */
function tableBudgetRate(ctx: Ctx, f: NarrFigure, actual: NarrFigure, named: string): void {
  if (!actual.concept?.startsWith("SG.") || !(named === "全年" || named === "预算")) return;
  const q = ctx.tq.resolve(actual.concept, { kind: "budget", budget: "全年" }, f.section);
  const src = q?.sources[0];
  if (!src) return;
  f.checked = actual.checked = true;
  const r = compareRatio(printed(f), printed(actual), src);
  if (r?.verdict === "exact") return;
  const params = {
    actual: amountText(actual),
    denominatorName: src.label,
    denominator: showAmount(src.value, src.decimals, ctx.lang),
  };
  if (!r) report(ctx, CHECK.RATE_ZERO, f, params, src.cells, { table: src.table });
  else
    report(ctx, CHECK.RATE, f, { ...params, computed: showPercent(r.computed, f.decimals) }, src.cells, {
      table: src.table,
      severity: r.verdict === "rounding" ? "rounding" : undefined,
    });
}

/** This year's figure of a 同比's subject: stated earlier in the paragraph, else the table's. */
function currentValue(
  ctx: Ctx,
  delta: NarrFigure,
): { value: Decimal; decimals: number; fig?: NarrFigure; q?: Quantity } | undefined {
  const concept = delta.concept;
  if (!concept) return undefined;
  const last = statedBefore(ctx.paragraphs[delta.paragraph - 1], concept, delta.start);
  if (last) return { value: last.value, decimals: last.decimals, fig: last };
  const q = ctx.tq.resolve(concept, { kind: "value" }, delta.section);
  const s = q?.sources[0];
  return s ? { value: s.value ?? ZERO, decimals: s.decimals, q } : undefined;
}

/**
 * A 同比 change and rate against last year's table figure, when last year's report was given and holds
 * the subject: the change must be this year − last year, the rate the change ÷ last year. False when
 * there is no such figure (the rate is then checked on 上年 = 本年 ∓ 增减额).
 */
function checkYoyAgainstPrevious(
  ctx: Ctx,
  rate: NarrFigure,
  delta: NarrFigure,
  current: { value: Decimal; decimals: number; q?: Quantity },
): boolean {
  const last = ctx.previous;
  const concept = delta.concept;
  const source =
    last && concept ? last.tq.resolve(concept, { kind: "value" }, delta.section)?.sources[0] : undefined;
  if (!last || !source) return false;
  const before = source.value ?? ZERO;
  // This year's table cell too when the paragraph stated this year's figure itself.
  const here = current.q ?? (concept ? ctx.tq.resolve(concept, { kind: "value" }, delta.section) : undefined);
  const thisCells = here?.sources[0]?.cells ?? [];
  // Last year's cells are in the other workbook: each says which.
  const lastCells = source.cells.map((c) => ({ sheet: c.sheet, address: c.address, file: last.file }));
  const cells = [...thisCells, ...lastCells];
  const decimals = Math.max(current.decimals, source.decimals);
  const previous = formatAmount(before, source.decimals);
  const change = current.value.minus(before).abs();
  const c = compareFigure(printed(delta), { value: change, decimals });
  const up = current.value.gte(before);
  if (c.verdict !== "exact" || (!change.isZero() && up !== (delta.role?.kind === "delta" && delta.role.up))) {
    report(
      ctx,
      CHECK.YOY_PREVIOUS,
      delta,
      {
        current: formatAmount(current.value, current.decimals),
        previous,
        computed: formatAmount(current.value.minus(before), decimals),
        file: last.file,
      },
      cells,
      { severity: c.verdict === "rounding" ? "rounding" : undefined },
    );
  }
  const r = compareRatio(
    printed(rate),
    { value: change, decimals },
    { value: before, decimals: source.decimals },
  );
  if (r && r.verdict !== "exact")
    report(
      ctx,
      CHECK.YOY_PREVIOUS_RATE,
      rate,
      {
        delta: formatAmount(change, decimals),
        previous,
        computed: showPercent(r.computed, rate.decimals),
        file: last.file,
      },
      cells,
      { severity: r.verdict === "rounding" ? "rounding" : undefined },
    );
  return true;
}

function checkYoy(ctx: Ctx, figures: NarrFigure[]): void {
  for (const f of figures) {
    if (f.percent?.kind !== "yoy") continue;
    const same = f.siblings;
    const delta = [...same].reverse().find((g) => g.start < f.start && g.role?.kind === "delta");
    if (!delta || delta.role?.kind !== "delta") continue;
    if (delta.role.up !== f.percent.up) {
      delta.checked = f.checked = true;
      report(
        ctx,
        CHECK.YOY_DIRECTION,
        f,
        { first: `${delta.role.word}${delta.quote}`, second: `${f.percent.word}${f.quote}` },
        [],
      );
      continue;
    }
    const current = currentValue(ctx, delta);
    if (!current) continue;
    delta.checked = f.checked = true;
    if (current.fig) current.fig.checked = true;
    if (checkYoyAgainstPrevious(ctx, f, delta, current)) continue;
    const up = delta.role.up;
    const previous = up ? current.value.minus(delta.value) : current.value.plus(delta.value);
    const cells = current.q?.sources[0].cells ?? [];
    const prevDecimals = Math.max(current.decimals, delta.decimals);
    // The figures are formatted only for a finding.
    const params = () => ({
      current: formatAmount(current.value, current.decimals),
      sign: up ? "−" : "+",
      delta: amountText(delta),
      previous: formatAmount(previous, prevDecimals),
    });
    if (previous.isZero()) {
      report(ctx, CHECK.YOY_ZERO, f, params(), cells);
      continue;
    }
    const r = compareRatio(
      printed(f),
      { value: delta.value, decimals: delta.decimals },
      { value: previous, decimals: prevDecimals },
    );
    if (!r || r.verdict === "exact") continue;
    report(ctx, CHECK.YOY_RATE, f, { ...params(), computed: showPercent(r.computed, f.decimals) }, cells, {
      severity: r.verdict === "rounding" ? "rounding" : undefined,
    });
  }
  // "持平" beside a change that is not zero.
  for (const p of ctx.paragraphs) {
    // Sentences are cut from the paragraph's flat text: one search says whether any says 持平.
    if (!p.flat.includes("持平")) continue;
    p.sentences.forEach((s, i) => {
      if (!s.text.includes("持平")) return;
      const changes = p.bySentence[i].filter(
        (g) => (g.role?.kind === "delta" || g.percent?.kind === "yoy") && !g.value.isZero(),
      );
      for (const g of changes.slice(0, 1)) {
        g.checked = true;
        report(ctx, CHECK.YOY_FLAT, g, {}, []);
      }
    });
  }
}

/** 决算数大于年初预算数 / 决算数与预算数持平, each read as [relation word, budget named]. */
const RELATIONS: [RegExp, (m: RegExpMatchArray) => [string, string | undefined]][] = [
  [
    /(?:决算数?|执行数)\s*(大于|高于|超过|小于|低于|等于|持平于?)\s*(年初|全年|调整)?预算数?/g,
    (m) => [m[1], m[2]],
  ],
  [/(?:决算数?|执行数)\s*与\s*(年初|全年|调整)?预算数?\s*(持平|相等|一致|相同)/g, (m) => [m[2], m[1]]],
];

/** A relation word against the sentence's 决算 and the named budget. */
function checkRelations(ctx: Ctx): void {
  for (const p of ctx.paragraphs)
    for (const [re, parts] of RELATIONS)
      eachMatch(re, p.norm, (m) => {
        const [word, named] = parts(m);
        const at = m.index;
        const s = sentenceAt(p, at);
        const inSentence = (s >= 0 ? p.bySentence[s] : []).filter((g) => g.kind === "amount");
        const actual = [...inSentence].reverse().find((g) => g.role?.kind === "actual");
        const budgets = inSentence.filter(
          (g) => g.role?.kind === "budget" && (!named || g.role.budget === named || g.role.budget === "预算"),
        );
        if (!actual || budgets.length !== 1) return;
        const budget = budgets[0];
        const c = compareFigure(printed(actual), printed(budget));
        const holds = /大于|高于|超过/.test(word)
          ? actual.value.gt(budget.value) && c.verdict !== "exact"
          : /小于|低于/.test(word)
            ? actual.value.lt(budget.value) && c.verdict !== "exact"
            : c.verdict === "exact";
        if (holds) return;
        const spot = {
          paragraph: p.number,
          start: at,
          end: at + m[0].length,
          quote: p.text.slice(at, at + m[0].length),
        };
        report(ctx, CHECK.RELATION, spot, { left: amountText(actual), right: amountText(budget) }, []);
      });
}

/** A stated total and its parts in the same sentence (or the next one opening with 其中). */
const FAMILIES: { total: string[]; parts: string[][]; complete: boolean }[] = [
  { total: ["GP.total"], parts: [["GP.goods"], ["GP.works"], ["GP.services"]], complete: true },
  { total: ["GP.total"], parts: [["GP.sme"]], complete: false },
  { total: ["GP.sme"], parts: [["GP.micro"]], complete: false },
  {
    total: ["SR.total"],
    parts: ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"].map(
      (c) => [`SR.${c}`],
    ),
    complete: true,
  },
  {
    total: ["ZC.total"],
    parts: [["basic"], ["project"], ["ZC.上缴上级支出"], ["ZC.经营支出"], ["ZC.对附属单位补助支出"]],
    complete: true,
  },
  {
    total: ["YB.total"],
    parts: [
      ["basic", "YB.basic"],
      ["project", "YB.project"],
    ],
    complete: true,
  },
  { total: ["basic", "YB.basic"], parts: [["JB.personnel"], ["JB.public"]], complete: true },
];

function checkParts(ctx: Ctx): void {
  for (const p of ctx.paragraphs)
    p.sentences.forEach((s, i) => {
      // A total is one of this sentence's figures: a sentence with none has nothing to check.
      const own = p.bySentence[i];
      if (!own.length) return;
      const next = p.sentences[i + 1];
      const listed = next && next.text.startsWith("其中") ? p.bySentence[i + 1] : [];
      const scope = [...own, ...listed].filter(
        (g) => g.kind === "amount" && (g.role?.kind === "value" || g.role?.kind === "actual"),
      );
      for (const fam of FAMILIES) {
        const total = scope.find((g) => g.sentence === s && fam.total.includes(g.concept ?? ""));
        if (!total) continue;
        const after = scope.filter((g) => g !== total && (g.sentence !== s || g.start > total.start));
        const parts = fam.parts
          .map((alts) => after.find((g) => alts.includes(g.concept ?? "")))
          .filter((g): g is NarrFigure => !!g);
        const all = parts.length === fam.parts.length;
        if (!parts.length) continue;
        const equal = fam.complete && all;
        const partsSum = sum(parts.map((g) => g.value));
        const diff = total.value.minus(partsSum);
        const bad = equal ? !diff.isZero() : diff.isNegative();
        total.checked = true;
        for (const g of parts) g.checked = true;
        if (!bad) continue;
        const radius = parts.reduce(
          (r, g) => r.plus(new Decimal(10).pow(-g.decimals).div(2)),
          new Decimal(10).pow(-total.decimals).div(2),
        );
        const rounding = diff.abs().lte(radius);
        const names = parts.map((g) => conceptDef(g.concept ?? "")?.[ctx.lang] ?? g.concept).join(" + ");
        report(
          ctx,
          CHECK.PARTS,
          total,
          {
            total: amountText(total),
            relation: equal ? "≠" : "<",
            parts: names,
            sum: formatAmount(partsSum, Math.max(...parts.map((g) => g.decimals))),
          },
          [],
          {
            severity: equal && rounding ? "rounding" : undefined,
            expected: partsSum.toFixed(),
            actual: total.value.toFixed(),
            difference: diff.toFixed(),
          },
        );
      }
    });
}

/** The same quantity stated twice with different values (one already wrong against its table is said once). */
function checkRepeats(ctx: Ctx, figures: NarrFigure[]): void {
  const first = new Map<string, NarrFigure>();
  // Figures share quantities (each resolved once): their cells are written out once.
  const cellsOf = new Map<Quantity, string>();
  const cellKey = (q: Quantity) => {
    let key = cellsOf.get(q);
    if (key === undefined)
      cellsOf.set(q, (key = q.sources[0].cells.map((c) => `${c.sheet}!${c.address}`).join()));
    return key;
  };
  for (const f of figures) {
    if (f.kind !== "amount" || !f.concept || !f.role || f.role.kind === "delta") continue;
    const role = f.role.kind === "budget" ? `预算:${f.role.budget}` : "决算";
    const key = f.quantity
      ? `${cellKey(f.quantity)}:${f.role.kind === "budget" ? "预算" : "决算"}`
      : `${f.concept}:${role}:${f.concept.startsWith("class:") || f.concept.startsWith("row:") ? f.section : ""}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, f);
      continue;
    }
    if (compareFigure(printed(f), printed(seen)).verdict === "exact" || f.wrong || seen.wrong) continue;
    f.checked = seen.checked = true;
    const def = conceptDef(f.concept);
    report(
      ctx,
      CHECK.REPEAT,
      f,
      {
        name: def ? def[ctx.lang] : (f.quantity?.sources[0].label ?? f.concept),
        first: seen.paragraph,
        firstQuote: seen.quote,
      },
      f.quantity?.sources[0].cells ?? [],
      {
        expected: seen.value.toFixed(),
        actual: f.value.toFixed(),
        difference: f.value.minus(seen.value).toFixed(),
      },
    );
  }
}

export function checkNarrative(
  source: NarrativeSource,
  tables: readonly TableInstance[],
  codes: CodeList,
  lang: Lang = "zh",
  projects: readonly PerfTable[] = [],
  previous?: { file: string; tables: readonly TableInstance[] },
): NarrativeResult {
  const tq = new TableQuantities(tables, codes, lang, projects);
  const paragraphs = readNarrative(source.paragraphs, tq);
  const ctx: Ctx = { lang, emit: emitter(lang), source, tq, paragraphs, findings: [] };
  if (previous) ctx.previous = { file: previous.file, tq: new TableQuantities(previous.tables, codes, lang) };
  const figures: NarrFigure[] = [];
  for (const p of paragraphs) for (const f of p.figures) figures.push(f);
  checkAmounts(ctx, figures);
  checkShares(ctx, figures);
  checkRates(ctx, figures);
  checkYoy(ctx, figures);
  checkRelations(ctx);
  checkParts(ctx);
  checkRepeats(ctx, figures);
  ctx.findings.push(...wordingFindings(ctx, tq.year()));
  const checked = figures.filter((f) => f.checked).length;
  const wrong = figures.filter((f) => f.checked && f.wrong).length;
  return {
    findings: ctx.findings,
    coverage: {
      source: source.source,
      paragraphs: source.paragraphs.length,
      figures: figures.length,
      checked,
      matched: checked - wrong,
      wrong,
      unchecked: figures.length - checked,
    },
  };
}
