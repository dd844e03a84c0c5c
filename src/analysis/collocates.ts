/**
 * Collocates: the words within a window of a query's matches, inside the paragraph (a
 * window never crosses a paragraph; punctuation is no position), with the association
 * measures corpus tools report. For a collocate c of node n, O = the co-occurrences in the
 * windows, R1 = the node's matches, C1 = c's frequency in the corpus, N = the corpus's
 * tokens, and E = R1 * C1 / N (as #LancsBox computes it, without the window's size):
 *
 * - logDice (Rychly 2008): 14 + log2(2 O / (R1 + C1)); the default order, as in #LancsBox and
 *   Sketch Engine: it does not grow with the corpus's size;
 * - MI (Church & Hanks 1990): log2(O / E); MI3: log2(O^3 / E);
 * - t-score: (O - E) / sqrt(O);
 * - log-likelihood (Dunning 1993) over the 2 x 2 table O, R1 - O, C1 - O, N - R1 - C1 + O.
 */
import { COLLOCATE_MEASURES, DEFAULT_COLLOCATES } from '../query/defaults.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { unitText } from '../search-index/corpus-index.js';
import { matchSpans, runQuery, type SearchOptions } from '../query/search.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { wordFrequencies } from './word-list.js';
import { association } from './association.js';

export { association };

export { COLLOCATE_MEASURES, DEFAULT_COLLOCATES };
export type CollocateMeasure = (typeof COLLOCATE_MEASURES)[number];

export interface CollocateOptions extends SearchOptions {
  /** Words to the left and right of each match (default: 5 and 5). */
  left?: number;
  right?: number;
  /** Only collocates seen at least this many times in the windows (default: `5`). */
  minFreq?: number;
  sort?: CollocateMeasure;
  hideStopwords?: boolean;
}

export interface Collocate {
  readonly word: string;
  /** Co-occurrences in the windows (O), and left and right of the node. */
  readonly observed: number;
  readonly left: number;
  readonly right: number;
  /** The collocate's frequency in the corpus (C1). */
  readonly frequency: number;
  /** R1 * C1 / N. */
  readonly expected: number;
  readonly logDice: number;
  readonly mi: number;
  readonly mi3: number;
  readonly tScore: number;
  readonly ll: number;
  /** A `warta search` query that shows the co-occurrences. */
  readonly query: string;
}

export interface Collocates {
  readonly query: string;
  readonly window: { readonly left: number; readonly right: number };
  /** The node's matches (R1) and the corpus's tokens (N). */
  readonly nodeFrequency: number;
  readonly tokens: number;
  readonly collocates: readonly Collocate[];
}

/** Parse a window such as "L5R5", "L3R0" or "5". */
export function parseWindow(text: string): { left: number; right: number } | null {
  const both = /^\s*(\d+)\s*$/.exec(text);
  if (both) return { left: Number(both[1]), right: Number(both[1]) };
  const m = /^\s*L(\d+)\s*R(\d+)\s*$/i.exec(text);
  return m ? { left: Number(m[1]), right: Number(m[2]) } : null;
}

/** The window counts of every word around the matches of `query`: word -> [left, right]. */
export function windowCounts(index: CorpusIndex, query: string, left: number, right: number, options: SearchOptions = {}) {
  const run = runQuery(index, query, options);
  const counts = new Map<string, [number, number]>();
  let nodes = 0;
  for (const u of run.units) {
    const text = unitText(index, u);
    const tokens = tokenize(text);
    const spans = matchSpans(index, run, u);
    // Token indices covered by each match: the node is those tokens; its window is around them.
    const inMatch = new Uint8Array(tokens.length);
    const matches: [number, number][] = [];
    for (const [a, b] of spans) {
      let first = -1;
      let last = -1;
      tokens.forEach((t, i) => {
        if (t.start >= a && t.end <= b) {
          if (first < 0) first = i;
          last = i;
          inMatch[i] = 1;
        }
      });
      if (first >= 0) matches.push([first, last]);
    }
    nodes += matches.length;
    for (const [first, last] of matches) {
      for (let i = Math.max(0, first - left); i <= Math.min(tokens.length - 1, last + right); i++) {
        if (inMatch[i]) continue;
        const w = foldWord(tokens[i].surface);
        const c = counts.get(w) ?? [0, 0];
        c[i < first ? 0 : 1]++;
        counts.set(w, c);
      }
    }
  }
  return { counts, nodes, units: run.units.length };
}

/** Collocates of a query's matches, sorted by the chosen measure. */
export function collocates(index: CorpusIndex, query: string, options: CollocateOptions = {}): Collocates {
  const left = options.left ?? DEFAULT_COLLOCATES.left;
  const right = options.right ?? DEFAULT_COLLOCATES.right;
  const minFreq = options.minFreq ?? DEFAULT_COLLOCATES.minFreq;
  const sort = options.sort ?? DEFAULT_COLLOCATES.sort;
  const { counts, nodes } = windowCounts(index, query, left, right, options);
  const corpus = wordFrequencies(index);
  const N = corpus.tokens;
  const span = Math.max(left, right);
  const rows: Collocate[] = [];
  for (const [word, [l, r]] of counts) {
    const O = l + r;
    if (O < minFreq || (options.hideStopwords && STOPWORDS.has(word))) continue;
    const C1 = corpus.counts.get(word) ?? O;
    rows.push({
      word,
      observed: O,
      left: l,
      right: r,
      frequency: C1,
      ...association(O, nodes, C1, N),
      query: /^[\p{L}\p{N}-]+$/u.test(query.trim()) ? `"${query.trim()} ${word}"~${span}` : `(${query}) AND =${word}`,
    });
  }
  const key: Record<CollocateMeasure, (c: Collocate) => number> = {
    logdice: (c) => c.logDice,
    mi: (c) => c.mi,
    mi3: (c) => c.mi3,
    tscore: (c) => c.tScore,
    ll: (c) => c.ll,
  };
  rows.sort((a, b) => key[sort](b) - key[sort](a) || b.observed - a.observed || (a.word < b.word ? -1 : 1));
  return { query, window: { left, right }, nodeFrequency: nodes, tokens: N, collocates: rows };
}
