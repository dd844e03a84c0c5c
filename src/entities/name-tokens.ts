/**
 * Small tests on tokens shared by the rule detector and the boundary repair.
 */
import type { Token } from '../model.js';

/** All capitals (and digits) after a capital: "PBB", "G20". */
export const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}\d]+$/u.test(s);

/** Only a space or two between two tokens (no comma, quote or bracket). */
export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 2;
}
