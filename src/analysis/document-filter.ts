/**
 * Which documents an analysis counts: those dated inside --since/--until, with a query
 * (--query) those with a paragraph matching it, and with --dedupe not the folded copies.
 * Null when every document counts.
 */
import { type DayRange, inRange } from '../dates/date-range.js';
import { runQuery } from '../query/search.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';

export function documentFilter(
  index: CorpusIndex,
  dates: DayRange | null,
  query?: string,
  /** Documents to leave out (1 = out): the copies `--dedupe` folds. */
  skipDocs?: Uint8Array | null,
): ((doc: number) => boolean) | null {
  if (!dates && !query && !skipDocs) return null;
  let matched: Uint8Array | null = null;
  if (query) {
    matched = new Uint8Array(index.documents.length);
    for (const u of runQuery(index, query).units) matched[index.docOf[u]] = 1;
  }
  return (d) => (!dates || inRange(index.docDay[d], dates)) && (!matched || matched[d] === 1) && !skipDocs?.[d];
}
