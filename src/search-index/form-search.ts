/**
 * Prefix and fuzzy (edit distance) lookup over the lexicon's forms, for `word*` and
 * `word~N` queries, without testing every form.
 *
 * Forms are kept sorted, and also sorted within each length. A prefix is a
 * binary-searched range. Fuzzy search looks only at forms whose length is within the
 * bound, and walks them as a trie without building one: the Levenshtein rows of a
 * shared prefix are reused from the previous form, and when a row's minimum exceeds the
 * bound, every form with that prefix is skipped with one binary search.
 */
interface Sorted {
  readonly forms: string[];
  readonly ids: Uint32Array;
}

function sortedOf(forms: readonly string[], order: readonly number[]): Sorted {
  return { forms: order.map((i) => forms[i]), ids: Uint32Array.from(order) };
}

/** Index of the first form >= s. */
function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class FormSearch {
  private readonly all: Sorted;
  private readonly byLength: Sorted[] = [];
  private rows: Uint16Array[] = [];

  /** `sortedIds`: every form id in the order of its form (Lexicon.sortedFormIds; a snapshot keeps it). */
  constructor(forms: readonly string[], sortedIds: ArrayLike<number>) {
    const order = Array.from(sortedIds);
    this.all = sortedOf(forms, order);
    // Grouping the sorted ids by length keeps each group sorted.
    const groups: number[][] = [];
    for (const i of order) (groups[forms[i].length] ??= []).push(i);
    groups.forEach((g, len) => (this.byLength[len] = sortedOf(forms, g)));
  }

  /** Ids of the forms starting with `prefix`. */
  prefix(prefix: string): number[] {
    const { forms, ids } = this.all;
    const out: number[] = [];
    for (let i = lowerBound(forms, prefix); i < forms.length && forms[i].startsWith(prefix); i++) out.push(ids[i]);
    return out;
  }

  /** Ids of the forms within `max` edits (Levenshtein, UTF-16 units) of `word`. */
  fuzzy(word: string, max: number): number[] {
    const out: number[] = [];
    for (let len = Math.max(0, word.length - max); len <= word.length + max; len++) {
      const group = this.byLength[len];
      if (group) this.walk(group, word, max, out);
    }
    return out;
  }

  private walk({ forms: sorted, ids }: Sorted, word: string, max: number, out: number[]): void {
    const n = word.length;
    const row = (d: number) => {
      while (this.rows.length <= d) this.rows.push(new Uint16Array(0));
      if (this.rows[d].length < n + 1) this.rows[d] = new Uint16Array(n + 1);
      return this.rows[d];
    };
    const first = row(0);
    for (let j = 0; j <= n; j++) first[j] = j;
    let prev = '';
    let valid = 0; // rows 0..valid hold the prefixes of `prev`
    let i = 0;
    while (i < sorted.length) {
      const f = sorted[i];
      let k = 0;
      const lim = Math.min(valid, f.length, prev.length);
      while (k < lim && f.charCodeAt(k) === prev.charCodeAt(k)) k++;
      let pruned = -1;
      for (let d = k + 1; d <= f.length; d++) {
        const above = this.rows[d - 1];
        const cur = row(d);
        const c = f.charCodeAt(d - 1);
        cur[0] = d;
        let min = d;
        for (let j = 1; j <= n; j++) {
          const sub = above[j - 1] + (c === word.charCodeAt(j - 1) ? 0 : 1);
          const del = above[j] + 1;
          const ins = cur[j - 1] + 1;
          // biome-ignore lint/complexity/useMathMinMax: the inner loop of every fuzzy lookup; comparisons, no call
          const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
          cur[j] = v;
          if (v < min) min = v;
        }
        if (min > max) {
          pruned = d;
          break;
        }
      }
      prev = f;
      if (pruned >= 0) {
        // No form starting with f[0..pruned) can come back within the bound.
        valid = pruned;
        i = Math.max(i + 1, lowerBound(sorted, f.slice(0, pruned) + '\uffff'));
        continue;
      }
      valid = f.length;
      if (this.rows[f.length][n] <= max) out.push(ids[i]);
      i++;
    }
  }
}
