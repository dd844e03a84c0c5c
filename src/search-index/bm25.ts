/**
 * BM25+ as pure functions: BM25 with the k1 and b Lucene, Elasticsearch, Lunr and Orama use,
 * plus the lower bound delta of Lv and Zhai's BM25+ (MiniSearch uses 0.5), so a matching term
 * always adds at least delta x idf however long the paragraph.
 *
 *   idf(t)      = ln(1 + (N - df + 0.5) / (df + 0.5))          (Lucene's non-negative idf)
 *   score(t, p) = idf(t) * (delta + tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(p) / avgLen)))
 *
 * delta = 1 (the paper's value) ranked best on the development queries (README: ranking).
 */

export interface Bm25Params {
  /** Term-frequency saturation (default: `1.2`). */
  readonly k1: number;
  /** Length normalisation (default: `0.75`). */
  readonly b: number;
  /** BM25+'s lower bound: added to the term-frequency factor of every matching term (default: `1`). */
  readonly delta?: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, delta: 1 };

/** Inverse document frequency of a term found in `df` of `n` units. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The length-normalised term-frequency factor of BM25 (without idf). */
export function tfNorm(tf: number, len: number, avgLen: number, p: Bm25Params = DEFAULT_BM25): number {
  const norm = avgLen > 0 ? 1 - p.b + (p.b * len) / avgLen : 1;
  return (p.delta ?? 0) + (tf * (p.k1 + 1)) / (tf + p.k1 * norm);
}

/** BM25 contribution of one term to one unit. */
export function bm25(tf: number, len: number, avgLen: number, termIdf: number, p: Bm25Params = DEFAULT_BM25): number {
  return termIdf * tfNorm(tf, len, avgLen, p);
}
