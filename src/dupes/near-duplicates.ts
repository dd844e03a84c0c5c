/**
 * Near-duplicate articles (wire copies and republished stories): word 5-shingles of each
 * article's paragraphs, MinHash signatures (64 hash functions) with banded locality-sensitive
 * hashing (16 bands of 4 rows) to find candidate pairs, then the exact Jaccard similarity of
 * the shingle sets (or their containment, for an article cut from a longer one) to confirm,
 * so precision does not rest on the sketch. Confirmed pairs are joined into clusters; each
 * cluster's canonical member is its earliest dated article, else the first in path order.
 *
 * With 16 bands of 4 rows, a pair of Jaccard s becomes a candidate with probability
 * 1 - (1 - s^4)^16: 0.65 at s = 0.4, 0.99 at s = 0.6, so pairs above the default threshold
 * (0.5, measured below in the note) are almost never missed.
 */
import type { NewsDocument } from '../model.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';

export const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Share of a shorter article's shingles inside a longer one that makes it a copy (a cut article). */
export const CONTAINMENT = 0.9;

export interface DupeOptions {
  /** Jaccard (or containment) at or above which two articles are near-duplicates (default: `0.5`). */
  threshold?: number;
  /** Count a shorter article whose shingles are 90 % inside a longer one (default: `true`). */
  containment?: boolean;
}

export const DEFAULT_DUPES = { threshold: 0.5, containment: true };

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

/** FNV-1a of a string, 32 bits. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct shingle hashes of a document's paragraphs (a shingle never crosses a paragraph). */
export function shingles(doc: NewsDocument): Uint32Array {
  const out = new Set<number>();
  for (const p of doc.paragraphs) {
    const words = tokenize(p.text).map((t) => hashString(foldWord(t.surface)));
    const n = Math.min(SHINGLE, words.length);
    for (let i = 0; i + n <= words.length; i++) {
      let h = 0x9747b28c;
      for (let j = 0; j < n; j++) h = Math.imul(h ^ words[i + j], 0x5bd1e995) ^ (h >>> 13);
      out.add(h >>> 0);
    }
  }
  return Uint32Array.from(out).sort();
}

// Hash functions h_k(x) = a_k * x + b_k (32-bit), from a fixed seed so signatures are stable.
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
{
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let k = 0; k < HASHES; k++) {
    A[k] = next() | 1;
    B[k] = next();
  }
}

/** The MinHash signature of a shingle set. */
export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set)
    for (let k = 0; k < HASHES; k++) {
      const h = (Math.imul(A[k], x) + B[k]) >>> 0;
      if (h < sig[k]) sig[k] = h;
    }
  return sig;
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
  const threshold = options.threshold ?? DEFAULT_DUPES.threshold;
  const useContainment = options.containment ?? DEFAULT_DUPES.containment;
  const sets = documents.map(shingles);
  // Candidates: documents sharing all the rows of one band.
  const buckets = new Map<string, number[]>();
  sets.forEach((set, d) => {
    if (!set.length) return;
    const sig = signature(set);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(d);
      else buckets.set(key, [d]);
    }
  });
  const parent = Int32Array.from(documents, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const checked = new Set<number>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const pair = a * documents.length + b;
        if (checked.has(pair) || find(a) === find(b)) continue;
        checked.add(pair);
        const s = similarity(sets[a], sets[b]);
        if (s.jaccard >= threshold || (useContainment && s.containment >= CONTAINMENT)) parent[find(a)] = find(b);
      }
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < documents.length; d++) {
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
        const s = d === canonical ? { jaccard: 1, containment: 1 } : similarity(sets[canonical], sets[d]);
        return { document: d, similarity: Math.round(s.jaccard * 1000) / 1000, containment: Math.round(s.containment * 1000) / 1000 };
      }),
    });
  }
  return clusters.sort((a, b) => b.members.length - a.members.length || a.canonical - b.canonical);
}
