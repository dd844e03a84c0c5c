/**
 * Schwartz & Hearst (2003) short-form / long-form alignment: does "Korut" abbreviate
 * "Korea Utara"? Every character of the short form must appear in the long form in
 * order, scanning right to left, and the first character must start a word.
 * Filters from field notes: 2-10 characters, at least one letter, not longer than the
 * long form, and the long form has at most min(|short| + 5, |short| * 2) words.
 */
export function isAbbreviationOf(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  if (s.length < 2 || s.length > 10 || !/\p{L}/u.test(s) || s.length >= l.length) return false;
  const words = l.split(/[\s-]+/).length;
  if (words > Math.min(s.length + 5, s.length * 2)) return false;
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1])))) li--;
    if (li < 0) return false;
    si--;
    li--;
  }
  return true;
}
