/**
 * Case and accent folding: the key under which words compare.
 * "António" and "Antonio" fold to "antonio"; "KORUT" and "Korut" to "korut".
 * Typographic apostrophes fold to ASCII.
 */

const COMBINING = /\p{M}+/gu;
const ASCII_ONLY = /^[\x00-\x7F]*$/;

/** Lower-case and strip diacritics (NFD, drop combining marks). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .normalize('NFC');
}
