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

/** The token grammar as a regular expression: the specification the scanner below implements. */
export const TOKEN_PATTERN = /[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010\u2011]|['\u2019](?=\p{L}))[\p{L}\p{N}\p{M}]+|(?<=\p{N})[.,]\p{N}+)*/gu;

// Character classes: bit 1 letter, 2 number, 4 mark. ASCII from a table, the rest from
// Unicode property escapes, memoised per code point.
const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const WORD = LETTER | NUMBER | MARK;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = NUMBER;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = LETTER;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LETTER;
const IS_L = /^\p{L}$/u;
const IS_N = /^\p{N}$/u;
const IS_M = /^\p{M}$/u;
const wideClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  let k = wideClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (IS_L.test(ch) ? LETTER : 0) | (IS_N.test(ch) ? NUMBER : 0) | (IS_M.test(ch) ? MARK : 0);
    wideClass.set(cp, k);
  }
  return k;
}

/** Class of the code point at i, and its width in code units (packed: class << 2 | width). */
function at(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (ASCII_CLASS[c] << 2) | 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return (classOf(cp) << 2) | 2;
  }
  return (classOf(c) << 2) | 1;
}

/**
 * Call `visit(start, end)` for each token without allocating token records: a scanner
 * over code points, equal to TOKEN_PATTERN (a property test holds it to that), with an
 * ASCII fast path. `last` stops after that many tokens (0-based index of the last).
 */
export function forEachToken(text: string, visit: (start: number, end: number) => void, last = Infinity): void {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n && count <= last) {
    let x = at(text, i);
    if (!((x >> 2) & WORD)) {
      i += x & 3;
      continue;
    }
    const start = i;
    let lastClass = 0;
    let mask = WORD;
    for (;;) {
      // A run of characters in `mask`; lastClass remembers the last one (for "3.000").
      while (i < n) {
        x = at(text, i);
        const k = x >> 2;
        if (!(k & mask)) break;
        lastClass = k;
        i += x & 3;
      }
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i);
      const nextClass = at(text, i + 1) >> 2;
      if ((c === 45 || c === 0x2010 || c === 0x2011) && nextClass & WORD) mask = WORD;
      else if ((c === 39 || c === 0x2019) && nextClass & LETTER) mask = WORD;
      else if ((c === 46 || c === 44) && lastClass & NUMBER && nextClass & NUMBER) mask = NUMBER;
      else break;
      i++;
    }
    visit(start, i);
    count++;
  }
}

/** Split text into tokens with character offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(text, (start, end) => out.push({ surface: text.slice(start, end), start, end }));
  return out;
}

/** True when the first character of the word is an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const a = word.charCodeAt(0);
  if (a < 128) return a >= 65 && a <= 90;
  const c = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
