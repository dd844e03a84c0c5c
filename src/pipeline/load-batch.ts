/**
 * Load a batch of files and tokenize their documents for the index: the unit of work of
 * an ingest worker (ingest-worker.ts) and of the in-thread loader alike, so both have
 * the same per-file error boundary. A document whose tokenizing throws is dropped with
 * an `internal/file-failed` error on its file; the rest of the batch goes on.
 */
import type { Report } from '../diagnostics.js';
import type { DocId, NewsDocument } from '../model.js';
import { tokenizeBatch, type TokenBatch } from '../text/token-batch.js';
import type { DiscoveredFile } from './discover.js';
import { fileFailed, loadFiles, type FileReport, type LoadOptions } from './load.js';

export interface LoadedBatch {
  /** One entry per file, null where the file was skipped or failed. */
  readonly documents: (NewsDocument | null)[];
  readonly reports: FileReport[];
  /** The tokens of the non-null documents, in file order. */
  readonly batch: TokenBatch;
}

/** Read, clean and tokenize files (documents and reports in file order). */
export async function loadBatch(
  files: readonly DiscoveredFile[],
  ids: readonly DocId[],
  report: Report,
  options: LoadOptions = {},
): Promise<LoadedBatch> {
  const loaded = await loadFiles(files, ids, report, options);
  const batch = tokenizeGuarded(loaded.documents, loaded.reports, report);
  return { ...loaded, batch };
}

/**
 * Tokenize the documents; should that throw, find the documents that throw alone and
 * turn each into a failed file (document null, status error, a diagnostic).
 */
export function tokenizeGuarded(documents: (NewsDocument | null)[], reports: FileReport[], report: Report): TokenBatch {
  const present = () => documents.filter((d): d is NewsDocument => d !== null);
  try {
    return tokenizeBatch(present());
  } catch {
    documents.forEach((d, i) => {
      if (!d) return;
      try {
        tokenizeBatch([d]);
      } catch (err) {
        report(fileFailed(reports[i].file, err));
        documents[i] = null;
        reports[i] = { file: reports[i].file, status: 'error' };
      }
    });
    return tokenizeBatch(present());
  }
}
