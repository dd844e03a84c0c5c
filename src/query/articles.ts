/**
 * `search --articles`: articles ranked for a query, each with its best paragraphs. A person
 * looking for a story wants the article, and the words of a description are spread over
 * its paragraphs, so an article is scored as
 *
 *   score(a) = its best paragraph's score
 *              x (weight of the query words found anywhere in the article / weight of all) ^ coordination
 *
 * where a word weighs its idf (evaluate.ts, leafWeight), so holding the rare words counts more.
 * Paragraph scores are warta's BM25+ (search.ts, evaluate.ts) without their own coordination.
 * Adding the article's other paragraphs, or the BM25 of the article as one text, ranked worse
 * on the development queries (long articles with many common words came first); the
 * measurements are in the README's ranking section. An article matches when one of its
 * paragraphs matches the query (with --any: holds one of its words).
 */
import { withDefaults } from '../options.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { DEFAULT_EVALUATE } from './evaluate.js';
import { DEFAULT_ARTICLES, DEFAULT_SEARCH } from './defaults.js';
import { hitOf, round, runQuery, type SearchHit, type SearchOptions } from './search.js';

export interface ArticleOptions extends SearchOptions {
  /** Best paragraphs shown under each article (default: `3`). */
  perArticle?: number;
}

export interface ArticleHit {
  readonly document: string;
  readonly file: string;
  readonly title: string | null;
  readonly score: number;
  /** Its best matching paragraphs, best first. */
  readonly hits: readonly SearchHit[];
}

export interface ArticleResult {
  readonly query: string;
  /** Articles that match. */
  readonly total: number;
  readonly articles: readonly ArticleHit[];
}

export function searchArticles(index: CorpusIndex, query: string, options: ArticleOptions = {}): ArticleResult {
  const opts = withDefaults({ ...DEFAULT_SEARCH, ...DEFAULT_ARTICLES }, options);
  const coordination = opts.coordination ?? DEFAULT_EVALUATE.coordination;
  const run = runQuery(index, query, { ...opts, coordination: 0 });
  const scores = run.ev.scoreAll(run.units, run.leaves);
  const masks = run.ev.heldMasks(run.units, run.leaves);
  const leaves = Math.min(32, run.leaves.length);
  const weights = run.leaves.slice(0, 32).map((l) => run.ev.leafWeight(l));
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  // The article's paragraphs, best first.
  const byDoc = new Map<number, { u: number; s: number; mask: number }[]>();
  run.units.forEach((u, i) => {
    const d = index.docOf[u];
    const list = byDoc.get(d);
    const item = { u, s: scores[i], mask: masks[i] };
    if (list) list.push(item);
    else byDoc.set(d, [item]);
  });
  const ranked: { d: number; s: number; paras: { u: number; s: number }[] }[] = [];
  for (const [d, paras] of byDoc) {
    paras.sort((a, b) => b.s - a.s || a.u - b.u);
    let s = paras[0].s;
    let mask = 0;
    for (const p of paras) mask |= p.mask;
    if (leaves > 1 && coordination > 0) s *= (heldWeight(mask, weights) / totalWeight) ** coordination;
    ranked.push({ d, s, paras });
  }
  ranked.sort((a, b) => b.s - a.s || a.d - b.d);
  const articles = ranked.slice(0, opts.limit).map(({ d, s, paras }): ArticleHit => {
    const doc = index.documents[d];
    return {
      document: doc.id,
      file: doc.file,
      title: doc.title,
      score: round(s),
      hits: paras.slice(0, opts.perArticle).map((p) => hitOf(index, run, p.u, p.s, opts)),
    };
  });
  return { query, total: ranked.length, articles };
}

function heldWeight(mask: number, weights: readonly number[]): number {
  let w = 0;
  for (let i = 0; i < weights.length; i++) if (mask & (1 << i)) w += weights[i];
  return w;
}
