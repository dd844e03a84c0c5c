/**
 * `stats`: corpus + index + entities -> the numbers a user checks first. The per-document
 * part (removed lines by rule, empty documents) and the per-term counts are kept in a
 * snapshot when it is made, so stats on a snapshot reads no document and no posting.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { termStatistics } from '../search-index/term-stats.js';
import type { DayRange } from '../dates/date-range.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { periodOf, periodsBetween } from '../dates/day-number.js';
import type { FileReport } from '../pipeline/load.js';
import type { NewsDocument } from '../model.js';
import { type DocumentSummary, summarizeDocuments } from '../pipeline/document-summary.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import type { EntityTable } from '../entities/resolve.js';
import { DEFAULT_STATS } from './defaults.js';

export interface StatsOptions {
  /** Rows in the top-terms and top-entities lists (default: `10`). */
  top?: number;
  /** Only articles dated inside this range (--since/--until); needs the source's documents. */
  dates?: DayRange | null;
  /** Documents to leave out (1 = out): the copies `--dedupe` folds. */
  skipDocs?: Uint8Array | null;
}

/** When the articles were published. */
export interface DateStats {
  /** First and last publication day (ISO), null when no article is dated. */
  readonly first: string | null;
  readonly last: string | null;
  readonly dated: number;
  readonly undated: number;
  /** Articles per month from the first to the last, empty months as zeros. */
  readonly perMonth: readonly { month: string; articles: number }[];
}

/** The corpus as stats reads it: its file reports, and its documents or their summary. */
export interface StatsSource {
  readonly files: readonly FileReport[];
  readonly documents?: readonly NewsDocument[];
  readonly summary?: DocumentSummary;
}

export interface CorpusStats {
  readonly files: number;
  readonly skippedFiles: number;
  readonly documents: number;
  /** Documents with no article text (empty, blank or boilerplate-only files). */
  readonly emptyDocuments: number;
  readonly paragraphs: number;
  readonly tokens: number;
  readonly types: number;
  readonly removedLines: number;
  readonly removedByRule: Record<string, number>;
  readonly dates: DateStats;
  readonly topTerms: readonly { term: string; count: number; documents: number }[];
  readonly topEntities: readonly { name: string; type: string; mentions: number }[];
}

/** Compute corpus statistics. Top terms leave stopwords, numbers and one-letter words out. */
export function corpusStats(corpus: StatsSource, index: CorpusIndex, entities: EntityTable, options: StatsOptions = {}): CorpusStats {
  const top = options.top ?? DEFAULT_STATS.top;
  const keep = keptDocuments(index, options.dates, options.skipDocs) ?? undefined;
  const documents = corpus.documents ?? [];
  const summary = keep ? summarizeDocuments(documents.filter((_, i) => keep(i))) : (corpus.summary ?? summarizeDocuments(documents));
  const P = index.paragraphs;
  // Occurrences and documents per term; the list shows each term's key.
  const termCounts = keep ? termStatistics(index, keep) : (index.termStats ?? termStatistics(index));
  const counts: { term: string; count: number; documents: number }[] = [];
  for (let t = 0; t < index.terms.keys.length; t++) {
    const key = index.terms.keys[t];
    if (key.length < 2 || STOPWORDS.has(key) || /^\p{N}/u.test(key)) continue;
    const count = termCounts.count[t];
    if (count > 0) counts.push({ term: key, count, documents: termCounts.documents[t] });
  }
  counts.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  let tokens = 0;
  let paragraphs = 0;
  for (let u = 0; u < P.unitCount; u++) {
    if (keep && !keep(index.docOf[u])) continue;
    tokens += P.lengths[u];
    paragraphs++;
  }
  return {
    files: corpus.files.length,
    skippedFiles: corpus.files.filter((f) => f.status !== 'ok').length,
    documents: summary.documents,
    emptyDocuments: summary.emptyDocuments,
    paragraphs,
    tokens,
    types: index.lexicon.forms.length,
    removedLines: summary.removedLines,
    removedByRule: summary.removedByRule,
    dates: dateStats(index, keep),
    topTerms: counts.slice(0, top),
    topEntities: entities.entities.slice(0, top).map((e) => ({ name: e.name, type: e.type, mentions: e.mentions })),
  };
}

/** Publication dates of the documents (those `keep` accepts), from the index alone. */
function dateStats(index: CorpusIndex, keep?: (doc: number) => boolean): DateStats {
  const perMonth = new Map<string, number>();
  let first = Infinity;
  let last = 0;
  let dated = 0;
  let undated = 0;
  index.docDay.forEach((day, d) => {
    if (keep && !keep(d)) return;
    if (!day) {
      undated++;
      return;
    }
    dated++;
    [first, last] = [Math.min(first, day), Math.max(last, day)];
    const m = periodOf(day, 'month');
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  });
  const iso = (day: number) => periodOf(day, 'day');
  return {
    first: dated ? iso(first) : null,
    last: dated ? iso(last) : null,
    dated,
    undated,
    perMonth: dated ? periodsBetween(first, last, 'month').map((month) => ({ month, articles: perMonth.get(month) ?? 0 })) : [],
  };
}
