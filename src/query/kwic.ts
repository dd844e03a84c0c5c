/**
 * KWIC (keyword in context): one concordance line per match occurrence, as AntConc
 * shows them. Lines come in rank order, or sorted by the words left or right of the
 * keyword (1L, 2L, ... / 1R, 2R, ...), or in corpus order.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { withDefaults } from '../options.js';
import { matchSpans, rankUnits, runQuery, type SearchOptions } from './search.js';

import { DEFAULT_KWIC, type KwicSort } from './defaults.js';

export { DEFAULT_KWIC, type KwicSort };

export interface KwicOptions extends SearchOptions {
  /** Order of lines (default: `rank`). */
  sort?: KwicSort;
  /** Characters of context on each side (default: `40`). */
  width?: number;
}

export interface KwicLine {
  readonly document: string;
  readonly file: string;
  readonly paragraph: number;
  readonly line: number;
  /** Context before the keyword (whole, not cut to width). */
  readonly left: string;
  readonly keyword: string;
  readonly right: string;
  /** Offsets of the keyword in the paragraph text. */
  readonly start: number;
  readonly end: number;
}

export interface KwicResult {
  readonly query: string;
  /** All occurrences (lines before --limit). */
  readonly total: number;
  readonly lines: readonly KwicLine[];
}

const words = (s: string) => tokenize(s).map((t) => foldWord(t.surface));

/** Concordance lines for a query. */
export function kwic(index: CorpusIndex, query: string, options: KwicOptions = {}): KwicResult {
  const opts = withDefaults(DEFAULT_KWIC, options);
  const run = runQuery(index, query, opts);
  const order = opts.sort === 'rank' ? rankUnits(run).map((x) => x.u) : Array.from(run.units);
  const lines: KwicLine[] = [];
  for (const u of order) {
    const doc = index.documents[index.docOf[u]];
    const p = doc.paragraphs[index.paraOf[u]];
    for (const [a, b] of matchSpans(index, run, u)) {
      lines.push({
        document: doc.id,
        file: doc.file,
        paragraph: p.index,
        line: p.line,
        left: p.text.slice(0, a),
        keyword: p.text.slice(a, b),
        right: p.text.slice(b),
        start: a,
        end: b,
      });
    }
  }
  if (opts.sort === 'left' || opts.sort === 'right') {
    const key = (l: KwicLine) => (opts.sort === 'left' ? words(l.left).reverse() : words(l.right));
    const keys = new Map(lines.map((l) => [l, key(l)]));
    lines.sort((x, y) => compareWordLists(keys.get(x)!, keys.get(y)!) || foldWord(x.keyword).localeCompare(foldWord(y.keyword)));
  }
  return { query, total: lines.length, lines: lines.slice(0, Math.max(0, opts.limit)) };
}

function compareWordLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length, 4); i++) {
    const c = a[i].localeCompare(b[i]);
    if (c) return c;
  }
  return a.length - b.length;
}
