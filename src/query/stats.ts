/**
 * `stats`: corpus + index + entities -> the numbers a user checks first.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import type { Corpus } from '../pipeline/load.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import type { EntityTable } from '../entities/resolve.js';
import { DEFAULT_STATS } from './defaults.js';

export interface StatsOptions {
  /** Rows in the top-terms and top-entities lists (default: `10`). */
  top?: number;
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
  readonly topTerms: readonly { term: string; count: number; documents: number }[];
  readonly topEntities: readonly { name: string; type: string; mentions: number }[];
}

/** Compute corpus statistics. Top terms leave stopwords, numbers and one-letter words out. */
export function corpusStats(corpus: Corpus, index: CorpusIndex, entities: EntityTable, options: StatsOptions = {}): CorpusStats {
  const top = options.top ?? DEFAULT_STATS.top;
  const P = index.paragraphs;
  P.load?.all();
  const removedByRule: Record<string, number> = {};
  let removedLines = 0;
  for (const d of corpus.documents) {
    for (const r of d.removed) {
      removedByRule[r.rule] = (removedByRule[r.rule] ?? 0) + 1;
      removedLines++;
    }
  }
  // Count per term: occurrences and documents; show the most frequent surface... via the key.
  const counts: { term: string; count: number; documents: number }[] = [];
  for (let t = 0; t < index.terms.keys.length; t++) {
    const key = index.terms.keys[t];
    if (key.length < 2 || STOPWORDS.has(key) || /^\p{N}/u.test(key)) continue;
    let count = 0;
    const docs = new Set<number>();
    for (let k = P.termStart[t]; k < P.termStart[t + 1]; k++) {
      count += P.postingTf[k];
      docs.add(index.docOf[P.postingUnits[k]]);
    }
    if (count > 0) counts.push({ term: key, count, documents: docs.size });
  }
  counts.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  let tokens = 0;
  for (let u = 0; u < P.unitCount; u++) tokens += P.lengths[u];
  return {
    files: corpus.files.length,
    skippedFiles: corpus.files.filter((f) => f.status !== 'ok').length,
    documents: corpus.documents.length,
    emptyDocuments: corpus.documents.filter((d) => d.paragraphs.length === 0 && !d.title).length,
    paragraphs: P.unitCount,
    tokens,
    types: index.lexicon.forms.length,
    removedLines,
    removedByRule,
    topTerms: counts.slice(0, top),
    topEntities: entities.entities.slice(0, top).map((e) => ({ name: e.name, type: e.type, mentions: e.mentions })),
  };
}
