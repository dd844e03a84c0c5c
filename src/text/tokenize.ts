/**
 * Unicode tokenizer for Indonesian news text.
 *
 * A token is a run of letters, digits and combining marks, joined across:
 * - hyphens between word characters ("negara-negara", "Kim Jong-un", "anti-tank");
 * - apostrophes between letters ("Jum'at");
 * - dots and commas between digits ("3.000", "1,5", "1.500.000.000").
 * Everything else separates tokens. Capitals are kept (natural's tokenizer deletes
 * them); offsets satisfy `text.slice(start, end) === surface`.
 */
import type { Token } from '../model.js';

const TOKEN =
  /[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010\u2011]|['\u2019](?=\p{L}))[\p{L}\p{N}\p{M}]+|(?<=\p{N})[.,]\p{N}+)*/gu;

/** Split text into tokens with character offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ surface: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Call `visit(start, end)` for each token without allocating token records. */
export function forEachToken(text: string, visit: (start: number, end: number) => void): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    visit(m.index, m.index + m[0].length);
  }
}

/** Like forEachToken, stopping after token number `last` (0-based). */
export function forEachTokenUntil(text: string, last: number, visit: (start: number, end: number) => void): void {
  TOKEN.lastIndex = 0;
  let i = 0;
  for (let m = TOKEN.exec(text); m !== null && i <= last; m = TOKEN.exec(text), i++) {
    visit(m.index, m.index + m[0].length);
  }
}

/** True when the first character of the word is an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
