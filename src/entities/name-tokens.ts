/**
 * Small tests on tokens shared by the rule detector and the boundary repair.
 */
import type { Token } from '../model.js';

/** All capitals (and digits) after a capital: "PBB", "G20". */
export const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}\d]+$/u.test(s);

/**
 * The tokens a mention covers, as [first, last] indexes: the first token starting at or after
 * the mention's start (-1 when none), and the last one ending inside it.
 */
export function tokenRange(tokens: readonly Token[], m: { readonly start: number; readonly end: number }): [number, number] {
  const a = tokens.findIndex((t) => t.start >= m.start);
  let b = a;
  while (b + 1 < tokens.length && tokens[b + 1].end <= m.end) b++;
  return [a, b];
}

/** Only a space or two between two tokens (no comma, quote or bracket). */
export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 2;
}
