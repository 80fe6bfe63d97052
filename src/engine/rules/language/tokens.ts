import { RuleSyntaxError } from "./errors";

/**
 * The rule language's tokens. Names (table keys, line names, column ids, option words) are free text,
 * so a WORD is any run of characters that is not white space or punctuation; the parser reads a term's
 * slot back from the source between its first and last token, which keeps names with "(境)" or "/" whole.
 */
export type TokenType =
  "{" | "}" | "[" | "]" | "," | "|" | ":" | "=" | "+" | "-" | "≤" | "≥" | "≈" | "string" | "word";

export interface Token {
  type: TokenType;
  /** The text as written ("<=" for ≤; a string's content without its quotes, escapes resolved). */
  text: string;
  start: number;
  end: number;
}

/** Full-width forms an IME types, read as their ASCII twins (one character for one, so offsets hold). */
const FULL_WIDTH: Record<string, string> = {
  "｛": "{",
  "｝": "}",
  "［": "[",
  "］": "]",
  "，": ",",
  "｜": "|",
  "：": ":",
  "＝": "=",
  "＋": "+",
  "－": "-",
  "−": "-",
  "＜": "<",
  "＞": ">",
  "“": '"',
  "”": '"',
  "＂": '"',
  "∑": "Σ",
};

const SINGLE = new Set(["{", "}", "[", "]", ",", "|", ":", "=", "+", "≤", "≥", "≈"]);
const isSpace = (c: string) => /\s/.test(c);
const breaksWord = (c: string) => isSpace(c) || SINGLE.has(c) || c === '"' || c === "<" || c === ">";

export function normalise(ch: string): string {
  return FULL_WIDTH[ch] ?? ch;
}

export function tokenize(source: string): Token[] {
  // Code units, as a text box's caret counts them: every character the language uses is one unit.
  const chars = source.split("").map(normalise);
  const at = (k: number) => chars[k] ?? "";
  const tokens: Token[] = [];
  const push = (type: TokenType, text: string, start: number, end: number) =>
    tokens.push({ type, text, start, end });
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    const start = i;
    if (isSpace(c)) {
      i++;
    } else if (c === "<" || c === ">") {
      if (at(i + 1) !== "=")
        throw new RuleSyntaxError(i, 1, {
          zh: `“${c}”不是关系符：请写 ≤（<=）、≥（>=）、= 或 ≈`,
          en: `“${c}” is not a relation: write ≤ (<=), ≥ (>=), = or ≈`,
        });
      i += 2;
      push(c === "<" ? "≤" : "≥", c + "=", start, i);
    } else if (c === '"') {
      let text = "";
      for (i++; i < chars.length && chars[i] !== '"'; i++) {
        if (chars[i] === "\\" && i + 1 < chars.length) i++;
        text += source[i];
      }
      if (i >= chars.length)
        throw new RuleSyntaxError(start, 1, {
          zh: '引号没有配对：说明文字应以 " 结束',
          en: 'unterminated string: a message must end with "',
        });
      i++;
      push("string", text, start, i);
    } else if (c === "-" && (breaksWord(at(i - 1)) || breaksWord(at(i + 1)) || !at(i + 1))) {
      // A minus between terms; inside a word ("completeness.missing-line") it is part of the word.
      i++;
      push("-", "-", start, i);
    } else if (SINGLE.has(c)) {
      i++;
      push(c as TokenType, c, start, i);
    } else {
      while (i < chars.length && !breaksWord(chars[i]) && !(chars[i] === "-" && breaksWord(at(i + 1)))) i++;
      push("word", chars.slice(start, i).join(""), start, i);
    }
  }
  return tokens;
}
