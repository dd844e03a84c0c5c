/**
 * BM25 as pure functions, with the parameters Lucene, Elasticsearch, Lunr and Orama use.
 *
 *   idf(t)      = ln(1 + (N - df + 0.5) / (df + 0.5))          (Lucene's non-negative idf)
 *   score(t, p) = idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(p) / avgLen))
 */

export interface Bm25Params {
  /** Term-frequency saturation (default: `1.2`). */
  readonly k1: number;
  /** Length normalisation (default: `0.75`). */
  readonly b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Inverse document frequency of a term found in `df` of `n` units. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The length-normalised term-frequency factor of BM25 (without idf). */
export function tfNorm(tf: number, len: number, avgLen: number, p: Bm25Params = DEFAULT_BM25): number {
  const norm = avgLen > 0 ? 1 - p.b + (p.b * len) / avgLen : 1;
  return (tf * (p.k1 + 1)) / (tf + p.k1 * norm);
}

/** BM25 contribution of one term to one unit. */
export function bm25(tf: number, len: number, avgLen: number, termIdf: number, p: Bm25Params = DEFAULT_BM25): number {
  return termIdf * tfNorm(tf, len, avgLen, p);
}
