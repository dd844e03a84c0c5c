/**
 * Near-duplicate articles (wire copies and republished stories): each article's key
 * (shingles.ts: 16 LSH band hashes of a 64-function MinHash signature over word
 * 5-shingles) finds candidate pairs, which are confirmed on the exact Jaccard similarity of
 * their shingle sets (or their containment, for an article cut from a longer one), so
 * precision does not rest on the sketch; two articles with the same set hash and size are
 * exact copies, confirmed without reading them. Confirmed pairs are joined into clusters;
 * each cluster's canonical member is its earliest dated article, else the first in path
 * order.
 *
 * With 16 bands of 4 rows, a pair of Jaccard s becomes a candidate with probability
 * 1 - (1 - s^4)^16: 0.65 at s = 0.4, 0.99 at s = 0.6, so pairs above the default threshold
 * (0.6, chosen from npm run eval:dupes) are almost never missed. Candidates come from
 * sorting each band's hashes (memory linear in the articles); a run of more than
 * RUN_PAIRS articles sharing a band (a template) is compared with its RUN_PAIRS previous
 * members only, so no band costs more than linear time.
 */
import type { NewsDocument } from '../model.js';
import { BANDS, KEY_WIDTH, keysOf, textShingles } from './shingles.js';

/** Share of a shorter article's shingles inside a longer one that makes it a copy (a cut article). */
export const CONTAINMENT = 0.9;
const RUN_PAIRS = 32;

export interface DupeOptions {
  /** Jaccard (or containment) at or above which two articles are near-duplicates (default: `0.6`). */
  threshold?: number;
  /** Count a shorter article whose shingles are 90 % inside a longer one (default: `true`). */
  containment?: boolean;
}

export const DEFAULT_DUPES = { threshold: 0.6, containment: true };

export interface DupeMember {
  readonly document: number;
  /** Jaccard similarity of its shingles with the canonical member's (1 for the canonical one). */
  readonly similarity: number;
  /** Share of the smaller article's shingles found in the other. */
  readonly containment: number;
}

export interface DupeCluster {
  readonly canonical: number;
  readonly members: readonly DupeMember[];
}

/** What clustering needs of n items: their keys, their shingle sets on demand, their days. */
export interface DupeInput {
  readonly count: number;
  /** KEY_WIDTH numbers per item (shingles.ts). */
  readonly keys: Uint32Array;
  /** The sorted shingle set of item i (asked only of candidates that are not exact copies). */
  readonly shinglesOf: (i: number) => Uint32Array;
  /** Item i's day (YYYYMMDD, 0 undated). */
  readonly dayOf: (i: number) => number;
}

/** The sorted distinct shingle hashes of a document's paragraphs. */
export function shingles(doc: NewsDocument): Uint32Array {
  return textShingles(doc.paragraphs.map((p) => p.text));
}

/** |A ∩ B| of two sorted sets. */
function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Jaccard and containment of two sorted shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  if (!a.length || !b.length) return { jaccard: 0, containment: 0 };
  const both = overlap(a, b);
  return { jaccard: both / (a.length + b.length - both), containment: both / Math.min(a.length, b.length) };
}

/** Clusters of near-duplicate documents; `dayOf(d)` is a document's day (YYYYMMDD, 0 undated). */
export function nearDuplicates(documents: readonly NewsDocument[], dayOf: (d: number) => number, options: DupeOptions = {}): DupeCluster[] {
  const sets = documents.map(shingles);
  return clusterDuplicates({ count: documents.length, keys: keysOf(sets), shinglesOf: (d) => sets[d], dayOf }, options);
}

/** Calls visit(a, b) for the candidate pairs: items sharing all the rows of one band. */
function forEachCandidate(keys: Uint32Array, count: number, visit: (a: number, b: number) => void): void {
  const items: number[] = [];
  for (let i = 0; i < count; i++) if (keys[i * KEY_WIDTH + BANDS + 1] > 0) items.push(i);
  // Band hash and item packed in one float, so a typed-array sort orders both.
  const scale = 2 ** 21;
  const packed = count < scale ? new Float64Array(items.length) : null;
  for (let b = 0; b < BANDS; b++) {
    let order: ArrayLike<number>;
    if (packed) {
      items.forEach((i, k) => {
        packed[k] = keys[i * KEY_WIDTH + b] * scale + i;
      });
      packed.sort();
      order = Float64Array.from(packed, (x) => x % scale);
    } else {
      order = [...items].sort((x, y) => keys[x * KEY_WIDTH + b] - keys[y * KEY_WIDTH + b] || x - y);
    }
    for (let start = 0; start < order.length; ) {
      const band = keys[order[start] * KEY_WIDTH + b];
      let end = start + 1;
      while (end < order.length && keys[order[end] * KEY_WIDTH + b] === band) end++;
      for (let j = start + 1; j < end; j++) for (let i = Math.max(start, j - RUN_PAIRS); i < j; i++) visit(order[i], order[j]);
      start = end;
    }
  }
}

/** Do two items have the same shingle set (set hash and size)? */
function sameSet(keys: Uint32Array, a: number, b: number): boolean {
  const x = a * KEY_WIDTH + BANDS;
  const y = b * KEY_WIDTH + BANDS;
  return keys[x] === keys[y] && keys[x + 1] === keys[y + 1];
}

/** Clusters of near-duplicate items, largest first. */
export function clusterDuplicates(input: DupeInput, options: DupeOptions = {}): DupeCluster[] {
  const threshold = options.threshold ?? DEFAULT_DUPES.threshold;
  const useContainment = options.containment ?? DEFAULT_DUPES.containment;
  const { count, keys, dayOf } = input;
  const sets = new Map<number, Uint32Array>();
  const setOf = (i: number) => {
    let s = sets.get(i);
    if (!s) sets.set(i, (s = input.shinglesOf(i)));
    return s;
  };
  const compare = (a: number, b: number) => (sameSet(keys, a, b) ? { jaccard: 1, containment: 1 } : similarity(setOf(a), setOf(b)));
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const checked = new Set<number>();
  forEachCandidate(keys, count, (a, b) => {
    if (find(a) === find(b)) return;
    const pair = Math.min(a, b) * count + Math.max(a, b);
    if (checked.has(pair)) return;
    checked.add(pair);
    const s = compare(a, b);
    if (s.jaccard >= threshold || (useContainment && s.containment >= CONTAINMENT)) parent[find(a)] = find(b);
  });
  const groups = new Map<number, number[]>();
  for (let d = 0; d < count; d++) {
    const r = find(d);
    const g = groups.get(r);
    if (g) g.push(d);
    else groups.set(r, [d]);
  }
  const clusters: DupeCluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // The earliest dated member, else the first in path order.
    const dated = members.filter((d) => dayOf(d) > 0).sort((a, b) => dayOf(a) - dayOf(b) || a - b);
    const canonical = dated[0] ?? members[0];
    clusters.push({
      canonical,
      members: members.map((d) => {
        const s = d === canonical ? { jaccard: 1, containment: 1 } : compare(canonical, d);
        return { document: d, similarity: Math.round(s.jaccard * 1000) / 1000, containment: Math.round(s.containment * 1000) / 1000 };
      }),
    });
  }
  return clusters.sort((a, b) => b.members.length - a.members.length || a.canonical - b.canonical);
}
