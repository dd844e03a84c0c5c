/**
 * Which documents a command counts: those dated inside --since/--until, and not the copies
 * --dedupe folds. One predicate for search, stats, entities, trends, export and analysis.
 */
import { type DayRange, inRange } from '../dates/date-range.js';
import type { CorpusIndex } from './corpus-index.js';

/** Whether document d counts; null when every document does. */
export function keptDocuments(
  index: CorpusIndex,
  dates: DayRange | null | undefined,
  /** Documents to leave out (1 = out). */
  skipDocs?: Uint8Array | null,
): ((doc: number) => boolean) | null {
  if (!dates && !skipDocs) return null;
  return (d) => (!dates || inRange(index.docDay[d], dates)) && !skipDocs?.[d];
}
