/**
 * Bounded Levenshtein distance: true when `a` and `b` differ by at most `max` edits.
 * Two reused rows, a length filter first, and an early exit once a whole row exceeds
 * the bound: fuzzy queries test every distinct word of the corpus with it.
 */
let prev = new Uint16Array(64);
let cur = new Uint16Array(64);

export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const n = b.length;
  if (prev.length <= n) {
    prev = new Uint16Array(n + 1);
    cur = new Uint16Array(n + 1);
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] <= max;
}
