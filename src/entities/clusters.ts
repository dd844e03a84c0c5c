/**
 * Word clusters for the entity tagger: data/word-clusters.tsv, learned from unlabelled
 * news by scripts/train-clusters.mjs (words that fill the same slots share a cluster, at
 * three granularities), with how that news capitalises each word inside sentences.
 * Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';

let clusters: Map<string, readonly string[]> | null = null;

/**
 * Cluster ids of a folded word, coarsest first, then its capitalisation bucket (A always,
 * M mostly, R rarely, N never, x too rare); empty for words the clusters never saw.
 */
export function clustersOf(folded: string): readonly string[] {
  if (!clusters) clusters = loadClusters(readFileSync(packagePath('data', 'word-clusters.tsv'), 'utf8'));
  return clusters.get(folded) ?? NONE;
}

const NONE: readonly string[] = [];

export function loadClusters(tsv: string): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, ...ids] = line.split('\t');
    map.set(word, ids);
  }
  return map;
}

/** How unlabelled news capitalises a folded word inside sentences (A, M, R, N, x); undefined when unseen. */
export function capitalisationOf(folded: string): string | undefined {
  return clustersOf(folded)[3];
}
