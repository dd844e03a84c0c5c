/**
 * The engine: open a corpus (files or snapshot), then ask it for documents, the index
 * and entities; save it as a snapshot. The command line and the library both use this.
 */
export { openCorpus, SEEDS_DIR, type CorpusHandle, type CorpusSource } from './open-corpus.js';
export type { CorpusOptions } from './options.js';
export { isOneFolder, snapshotPlace, type SnapshotPlace } from './snapshot-place.js';
export { saveSnapshot, type SnapshotSummary } from './write-snapshot.js';
