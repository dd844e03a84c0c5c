/**
 * The defaults of the query commands, in one place: the query modules merge them into
 * their options, and the command line's help texts and flag defaults are made from them.
 * Kept apart from search.ts so that `warta --help` loads no search code.
 */

/** Orders of concordance lines: by rank, by the word left or right of the keyword, or corpus order. */
export const KWIC_SORTS = ['rank', 'left', 'right', 'doc'] as const;
export type KwicSort = (typeof KWIC_SORTS)[number];

/** Defaults of `search` (see SearchOptions). */
export const DEFAULT_SEARCH = {
  limit: 10,
  any: false,
  lenient: false,
  context: 0,
  explain: false,
  exactWeight: 1,
  proximityWeight: 1,
} as const;

/** Defaults of `search --articles` (see query/articles.ts). */
export const DEFAULT_ARTICLES = { perArticle: 3 };

/** Defaults of `kwic` (see KwicOptions). */
export const DEFAULT_KWIC = { sort: 'rank' as KwicSort, width: 40, limit: 100 };

/** Defaults of `corpusStats` (see StatsOptions). */
export const DEFAULT_STATS = { top: 10 } as const;

/** Defaults of `keywords` (analysis/keywords.ts): minimum frequency where a word is key, and LL >= 3.84 (p < 0.05). */
export const DEFAULT_KEYWORDS = { minFreq: 5, minLL: 3.84 };

/** The association measures `collocates` can sort by. */
export const COLLOCATE_MEASURES = ['logdice', 'mi', 'mi3', 'tscore', 'll'] as const;

/** Defaults of `collocates` (analysis/collocates.ts): window L5-R5, minimum frequency 5, sorted by logDice. */
export const DEFAULT_COLLOCATES = { left: 5, right: 5, minFreq: 5, sort: 'logdice' as (typeof COLLOCATE_MEASURES)[number] };

/** Defaults of `ngrams` (analysis/ngrams.ts): 2 to 4 words, at least 3 times in 2 documents. */
export const DEFAULT_NGRAMS = { min: 2, max: 4, minFreq: 3, minRange: 2 };
