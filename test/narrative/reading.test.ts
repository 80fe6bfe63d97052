import { halfWidth, isSpaceCode, normalise, squash } from "../../src/engine/text";
import { eachMatch, readParagraph } from "../../src/engine/narrative/text";
import { eachClassWord } from "../../src/engine/narrative/wording";

/**
 * The fast paths of the text normalisers and of the narrative's reading, each against the plain
 * version it replaces (a regex replace, matchAll, splitting piece by piece) on hand-picked and on
 * generated text: the results must be the same, character for character.
 */

/** A deterministic generator of strings from given pieces. */
function generated(pieces: string[], count: number, maxPieces: number, seed = 7): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * maxPieces) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join(""),
  );
}

const PIECES = [
  "收入",
  "合计",
  "支出",
  "类支出",
  "(类)",
  "（类）",
  "占",
  "本年",
  "万元",
  "元",
  "亿元",
  "%",
  "％",
  "，",
  ",",
  "。",
  ";",
  "；",
  "!",
  "！",
  "?",
  "？",
  "\n",
  " ",
  "\u3000",
  "\t",
  "\u00a0",
  "1",
  "2",
  "０",
  "３",
  ".",
  "．",
  "23.50",
  "1,234.5",
  "一般公共服务",
  "卫生健康",
  "以上",
  "/",
  "持平",
  "其中",
];

describe("halfWidth and squash", () => {
  it("treat as a space exactly what the regex class \\s (with U+3000) does, for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /[\s\u3000]/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("hand back the very string when there is nothing to change", () => {
    const plain = "一般公共预算财政拨款收入2897.43万元";
    expect(halfWidth(plain)).toBe(plain);
    expect(squash(plain)).toBe(plain);
    expect(normalise("")).toBe("");
  });

  it("change full-width forms and take out spaces, line breaks and U+3000", () => {
    expect(halfWidth("（１０分）＞＝９５％，１２．３０")).toBe("(10分)>=95%,12.30");
    expect(halfWidth("\uff00\uff01\uff5e\uff5f")).toBe("\uff00!~\uff5f");
    expect(squash(" 收 入\n合\u3000计\t")).toBe("收入合计");
    expect(normalise("一般公共预算\n财政拨款（ １ ）")).toBe("一般公共预算财政拨款(1)");
  });

  it("give what the plain regex replaces give, on generated text", () => {
    const slow = (t: string) =>
      t.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    for (const t of generated(PIECES, 500, 30)) {
      expect(halfWidth(t)).toBe(slow(t));
      expect(squash(t)).toBe(t.replace(/[\s\u3000]+/g, ""));
    }
  });
});

describe("eachMatch", () => {
  it("gives what matchAll gives, empty matches included", () => {
    const seen = (re: RegExp, text: string) => {
      const out: [number, string][] = [];
      eachMatch(re, text, (m) => out.push([m.index, m[0]]));
      return out;
    };
    const all = (re: RegExp, text: string) =>
      [...text.matchAll(re)].map((m): [number, string] => [m.index ?? 0, m[0]]);
    for (const [re, text] of [
      [/\d{4}年度/g, "2024年度与2023年度相比"],
      [/a*/g, "baac"],
      [/^\s*(\d{4})/g, " 2024 2023"],
      [/x/g, "none here"],
    ] as const) {
      expect(seen(re, text)).toEqual(all(re, text));
      expect(re.lastIndex).toBe(0);
    }
  });
});

describe("eachClassWord", () => {
  const CLASS_WORDS = /([\u4e00-\u9fa5]{1,30})(?:\(类\)|类支出)/g;
  const matches = (text: string) => {
    const out: [number, string][] = [];
    eachClassWord(text, (m) => out.push([m.index, m[0]]));
    return out;
  };

  it("finds the 类 names a full scan finds, longest run first", () => {
    const text = "1.一般公共服务支出类支出 137.96 万元;医疗卫生与计划生育支出(类)，a(类)，类支出类支出";
    expect(matches(text)).toEqual([...text.matchAll(CLASS_WORDS)].map((m) => [m.index, m[0]]));
    expect(matches(text).map(([, w]) => w)).toEqual([
      "一般公共服务支出类支出",
      "医疗卫生与计划生育支出(类)",
      "类支出类支出",
    ]);
  });

  it("takes at most 30 characters before the suffix, as the regex does", () => {
    const text = `${"一".repeat(45)}类支出`;
    expect(matches(text)).toEqual([[15, `${"一".repeat(30)}类支出`]]);
  });

  it("agrees with matchAll on generated text", () => {
    const pieces = [
      "一",
      "般",
      "公共",
      "类",
      "支出",
      "类支出",
      "(类)",
      "(",
      ")",
      "a",
      " ",
      "，",
      "一".repeat(20),
    ];
    for (const t of generated(pieces, 2000, 25, 11))
      expect(matches(t)).toEqual([...t.matchAll(CLASS_WORDS)].map((m) => [m.index, m[0]]));
  });
});

describe("readParagraph", () => {
  /** The former reading: pieces split one separator set at a time, figures matched clause by clause. */
  function reference(text: string) {
    const norm = text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    const sq = (t: string) => t.replace(/[\s\u3000]+/g, "");
    const pieces = (start: number, end: number, separators: string): [number, number][] => {
      const out: [number, number][] = [];
      let from = start;
      for (let i = start; i < end; i++)
        if (separators.includes(norm[i])) {
          out.push([from, i + 1]);
          from = i + 1;
        }
      if (from < end) out.push([from, end]);
      return out.filter(([s, e]) => /\S/.test(norm.slice(s, e)));
    };
    const AMOUNT =
      /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|万元|元)(?!\s*(?:以上|以下|以内|\/|每))/g;
    const PERCENT = /(?<![\d.,])(\d+)(?:\.(\d+))?\s*%/g;
    const figures = (start: number, end: number) => {
      const slice = norm.slice(start, end);
      const found = [
        ...[...slice.matchAll(AMOUNT)].map((m) => ({ kind: "amount", m })),
        ...[...slice.matchAll(PERCENT)].map((m) => ({ kind: "percent", m })),
      ].sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
      let from = start;
      return found.map(({ kind, m }) => {
        const s = start + (m.index ?? 0);
        const label = sq(norm.slice(from, s));
        from = s + m[0].length;
        return { kind, quote: text.slice(s, from), start: s, end: from, label };
      });
    };
    return pieces(0, norm.length, "。！？!?\n").map(([s, e]) => ({
      start: s,
      end: e,
      text: sq(norm.slice(s, e)),
      clauses: pieces(s, e, ";").map(([cs, ce]) => ({ start: cs, end: ce, figures: figures(cs, ce) })),
    }));
  }

  const read = (text: string) =>
    readParagraph(text).sentences.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => ({
        ...c,
        figures: c.figures.map((f) => ({
          kind: f.kind,
          quote: f.quote,
          start: f.start,
          end: f.end,
          label: f.label,
        })),
      })),
    }));

  it("reads sentences, clauses and figures with their labels", () => {
    const text = "2024 年度收入合计 2,897.43 万元；其中：财政拨款收入 100 万元，占 3.5％。\n\n支出持平！";
    const { norm, flat, sentences } = readParagraph(text);
    expect(norm).toBe(halfWidth(text));
    expect(flat).toBe(squash(norm));
    expect(sentences.map((s) => s.text)).toEqual([
      "2024年度收入合计2,897.43万元;其中:财政拨款收入100万元,占3.5%。",
      "支出持平!",
    ]);
    const figures = sentences[0].clauses.flatMap((c) => c.figures);
    expect(figures.map((f) => [f.quote, f.label, f.value.toFixed(), f.decimals])).toEqual([
      ["2,897.43 万元", "2024年度收入合计", "2897.43", 2],
      ["100 万元", "其中:财政拨款收入", "100", 0],
      ["3.5％", ",占", "3.5", 1],
    ]);
    expect(read(text)).toEqual(reference(text));
  });

  it("drops pieces of spaces only and keeps a line break's figures apart", () => {
    for (const text of ["  \n ; 。", "100\n万元", "100万元\n以上", "", "；；", "5%"])
      expect(read(text)).toEqual(reference(text));
    expect(read("100\n万元")).toEqual([
      { start: 0, end: 4, text: "100", clauses: [{ start: 0, end: 4, figures: [] }] },
      { start: 4, end: 6, text: "万元", clauses: [{ start: 4, end: 6, figures: [] }] },
    ]);
  });

  it("agrees with the former reading on generated text", () => {
    for (const t of generated(PIECES, 1500, 40, 3)) expect(read(t)).toEqual(reference(t));
  });
});
