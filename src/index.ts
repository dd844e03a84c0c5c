/**
 * warta as a library: the same engine as the command line, from files to answers.
 *
 *   import { openCorpus, search, listEntities } from 'warta';
 *   const corpus = await openCorpus(['./berita'], {}, (d) => console.error(d.message));
 *   search(await corpus.index(), '"perundingan damai"').hits;
 *   listEntities(await corpus.entities(), { type: 'PER', top: 10 }).entities;
 *
 * The stages are exported too, for callers that build their own pipeline.
 */
export type * from './model.js';
export { DiagnosticList, type Report } from './diagnostics.js';
export { WartaError, QueryError, RulesFileError, CorpusPathError, OptionError, SnapshotError, UnknownEntityError } from './errors.js';
export {
  openCorpus,
  saveSnapshot,
  SEEDS_DIR,
  type CorpusHandle,
  type CorpusOptions,
  type CorpusSource,
  type SnapshotSummary,
} from './engine/index.js';
export { normalizeText } from './text/normalize.js';
export { tokenize } from './text/tokenize.js';
export { foldWord } from './text/fold.js';
export { Stemmer } from './text/stem.js';
export { decodeBytes } from './pipeline/decode.js';
export { discoverFiles } from './pipeline/discover.js';
export { classifyLines, type ClassifyOptions } from './pipeline/classify/classify.js';
export { LINE_RULES, STRUCTURAL_RULES } from './pipeline/classify/rules.js';
export { segmentDocument } from './pipeline/segment.js';
export { processText, type Corpus, type FileReport } from './pipeline/load.js';
export { buildCorpusIndex, type CorpusIndex } from './search-index/corpus-index.js';
export { bm25, idf, DEFAULT_BM25 } from './search-index/bm25.js';
export { search, compileQuery, DEFAULT_SEARCH, type SearchOptions, type SearchResult, type SearchHit } from './query/search.js';
export { kwic, DEFAULT_KWIC, type KwicOptions, type KwicResult } from './query/kwic.js';
export { countMatches, type CountResult } from './query/count.js';
export { findDates, type FoundDate } from './dates/find-dates.js';
export { dateDocument, DATE_FROM, type DateFrom } from './dates/article-date.js';
export { parseDayRange, type DayRange } from './dates/date-range.js';
export { queryTrend, entityTrend, type Trend } from './query/trend.js';
export { wordList, wordFrequencies, type WordList } from './analysis/word-list.js';
export { keywords, readWordList, type Keywords } from './analysis/keywords.js';
export { collocates, type Collocates } from './analysis/collocates.js';
export { ngrams, type Ngram } from './analysis/ngrams.js';
export { dispersion } from './analysis/dispersion.js';
export { keyness } from './analysis/keyness.js';
export { nearDuplicates, type DupeCluster } from './dupes/near-duplicates.js';
export { parseQuery } from './query/parse.js';
export { resolveEntities, type Entity, type EntityTable, type Occurrence } from './entities/resolve.js';
export { detectMentions } from './entities/detect.js';
export { listEntities, type EntityList } from './query/entities.js';
export { coMentions, entitiesByGroup } from './query/entity-groups.js';
export { corpusStats } from './query/stats.js';
export { exportDocuments } from './query/export.js';
