/**
 * Near-duplicates of an indexed corpus: the keys made at ingest (or kept in its snapshot)
 * clustered over every document or a subset (near-duplicates.ts), and what `--dedupe`
 * folds: every near-duplicate article but the one kept of its cluster, as a per-document
 * mark, and the article each copy duplicates.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { clusterDuplicates, type DupeCluster, type DupeOptions, shingles } from './near-duplicates.js';
import { KEY_WIDTH, keysOf } from './shingles.js';

export interface Folded {
  /** 1 for a copy that --dedupe leaves out. */
  readonly skip: Uint8Array;
  /** The kept article of each copy's cluster, -1 for the others. */
  readonly duplicateOf: Int32Array;
  readonly count: number;
}

/**
 * Clusters of near-duplicate documents among `docs` (default: all), numbered as in the index.
 * Only candidates that are not exact copies are read again (from the snapshot, one by one).
 */
export function corpusDuplicates(index: CorpusIndex, options: DupeOptions = {}, docs?: readonly number[]): DupeCluster[] {
  const all = index.dupeKeys?.() ?? keysOf(index.documents.map(shingles));
  const ids = docs ?? null;
  const doc = (i: number) => (ids ? ids[i] : i);
  let keys = all;
  if (ids) {
    keys = new Uint32Array(ids.length * KEY_WIDTH);
    ids.forEach((d, i) => keys.set(all.subarray(d * KEY_WIDTH, (d + 1) * KEY_WIDTH), i * KEY_WIDTH));
  }
  const clusters = clusterDuplicates(
    {
      count: ids ? ids.length : index.documents.length,
      keys,
      shinglesOf: (i) => shingles(index.documentAt?.(doc(i)) ?? index.documents[doc(i)]),
      dayOf: (i) => index.docDay[doc(i)],
    },
    options,
  );
  if (!ids) return clusters;
  return clusters.map((c) => ({ canonical: doc(c.canonical), members: c.members.map((m) => ({ ...m, document: doc(m.document) })) }));
}

/** What --dedupe folds, from the corpus's clusters (`corpusDuplicates`). */
export function foldedCopies(index: CorpusIndex, clusters: readonly DupeCluster[]): Folded {
  const skip = new Uint8Array(index.documents.length);
  const duplicateOf = new Int32Array(index.documents.length).fill(-1);
  let count = 0;
  for (const c of clusters)
    for (const m of c.members)
      if (m.document !== c.canonical) {
        skip[m.document] = 1;
        duplicateOf[m.document] = c.canonical;
        count++;
      }
  return { skip, duplicateOf, count };
}
