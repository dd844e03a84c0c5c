/**
 * Repeated paragraphs across articles (`warta dupes --level paragraph`): the same
 * near-duplicate clustering as for articles (near-duplicates.ts), over paragraphs of at
 * least MIN_WORDS words, keeping the clusters that span two articles or more: a wire
 * paragraph quoted by several outlets, a standard closing paragraph, a statement printed
 * whole. Keys are made here from the paragraphs' text (a snapshot keeps only article keys).
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { clusterDuplicates, type DupeCluster, type DupeOptions } from './near-duplicates.js';
import { KEY_WIDTH, SHINGLE, textShingles, writeKey } from './shingles.js';

/** Shorter paragraphs (datelines, one-line quotes, leftover labels) are left out. */
export const MIN_WORDS = SHINGLE + 3;

/** Clusters of near-duplicate paragraphs (members are paragraph units) found in two documents or more. */
export function repeatedParagraphs(index: CorpusIndex, options: DupeOptions = {}, keep?: (doc: number) => boolean): DupeCluster[] {
  const units: number[] = [];
  const lengths = index.paragraphs.lengths;
  for (let u = 0; u < index.docOf.length; u++) if (lengths[u] >= MIN_WORDS && (!keep || keep(index.docOf[u]))) units.push(u);
  // Keys one paragraph at a time, each document read once and not kept; a set is made again
  // only for a candidate that is not an exact copy.
  const read = (d: number) => index.documentAt?.(d) ?? index.documents[d];
  const textOf = (u: number, doc = read(index.docOf[u])) => doc.paragraphs[index.paraOf[u]].text;
  const setOf = (i: number) => textShingles([textOf(units[i])]);
  const keys = new Uint32Array(units.length * KEY_WIDTH);
  for (let i = 0; i < units.length; ) {
    const d = index.docOf[units[i]];
    const doc = read(d);
    for (; i < units.length && index.docOf[units[i]] === d; i++) writeKey(textShingles([textOf(units[i], doc)]), keys, i * KEY_WIDTH);
  }
  const clusters = clusterDuplicates(
    { count: units.length, keys, shinglesOf: setOf, dayOf: (i) => index.docDay[index.docOf[units[i]]] },
    options,
  );
  return clusters
    .map((c) => ({ canonical: units[c.canonical], members: c.members.map((m) => ({ ...m, document: units[m.document] })) }))
    .filter((c) => new Set(c.members.map((m) => index.docOf[m.document])).size > 1);
}
