/**
 * Which documents an analysis counts: those every command counts (dates, --dedupe; see
 * search-index/kept-documents.ts) and, with a query (--query), those with a paragraph
 * matching it. Null when every document counts.
 */
import type { DayRange } from '../dates/date-range.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { runQuery } from '../query/search.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';

export function documentFilter(
  index: CorpusIndex,
  dates: DayRange | null,
  query?: string,
  /** Documents to leave out (1 = out): the copies `--dedupe` folds. */
  skipDocs?: Uint8Array | null,
): ((doc: number) => boolean) | null {
  const kept = keptDocuments(index, dates, skipDocs);
  if (!query) return kept;
  const matched = new Uint8Array(index.documents.length);
  for (const u of runQuery(index, query).units) matched[index.docOf[u]] = 1;
  return (d) => matched[d] === 1 && (!kept || kept(d));
}
