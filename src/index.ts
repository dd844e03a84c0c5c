/**
 * warta as a library: the typed pipeline, from files to answers.
 *
 *   const corpus = await loadCorpus(['./berita'], report);
 *   const index = buildCorpusIndex(corpus.documents);
 *   search(index, '"perundingan damai"');
 *   resolveEntities(index).entities;
 */
export type * from './model.js';
export { DiagnosticList, type Report } from './diagnostics.js';
export { WartaError, QueryError, RulesFileError, CorpusPathError, OptionError, SnapshotError, UnknownEntityError } from './errors.js';
export { normalizeText } from './text/normalize.js';
export { tokenize } from './text/tokenize.js';
export { foldWord } from './text/fold.js';
export { Stemmer } from './text/stem.js';
export { decodeBytes } from './pipeline/decode.js';
export { discoverFiles } from './pipeline/discover.js';
export { classifyLines, type ClassifyOptions } from './pipeline/classify/classify.js';
export { LINE_RULES, STRUCTURAL_RULES } from './pipeline/classify/rules.js';
export { segmentDocument } from './pipeline/segment.js';
export { loadCorpus, processText, type Corpus, type LoadOptions } from './pipeline/load.js';
export { buildCorpusIndex, type CorpusIndex } from './search-index/corpus-index.js';
export { bm25, idf, DEFAULT_BM25 } from './search-index/bm25.js';
export { search, compileQuery, type SearchOptions, type SearchResult, type SearchHit } from './query/search.js';
export { parseQuery } from './query/parse.js';
export { resolveEntities, type Entity, type EntityTable, type Occurrence } from './entities/resolve.js';
export { detectMentions } from './entities/detect.js';
export { corpusStats } from './query/stats.js';
export { exportDocuments } from './query/export.js';
