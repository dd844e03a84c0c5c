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

/** Defaults of `kwic` (see KwicOptions). */
export const DEFAULT_KWIC = { sort: 'rank' as KwicSort, width: 40, limit: 100 };

/** Defaults of `corpusStats` (see StatsOptions). */
export const DEFAULT_STATS = { top: 10 } as const;
