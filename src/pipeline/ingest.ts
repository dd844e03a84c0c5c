/**
 * Ingest many files on every core: batches of files go to worker threads that read,
 * clean and tokenize them (ingest-worker.ts); this thread only hands out batches and
 * keeps the results in file order. Small corpora, and tests that inject a FileSystem,
 * are loaded on this thread (a worker costs ~50 ms to start).
 *
 * The result carries the token batches of the documents, in file order, so the index is
 * built without tokenizing again (see text/token-batch.ts).
 */
import { availableParallelism } from 'node:os';
import type { Report } from '../diagnostics.js';
import type { Diagnostic, DocId, NewsDocument } from '../model.js';
import type { TokenBatch } from '../text/token-batch.js';
import { runWorkerPool } from '../worker-pool.js';
import type { DiscoveredFile } from './discover.js';
import type { FileReport, LoadOptions } from './load.js';
import { loadBatch } from './load-batch.js';

/** Files per message to a worker. */
export const BATCH_FILES = 128;

export interface IngestOptions extends LoadOptions {
  /** Worker threads (default: the number of cores; 0 or 1 loads on this thread). */
  threads?: number;
  /** The user's rules file, re-parsed in each worker (rules hold functions, which cannot cross threads). */
  rules?: { file: string; text: string } | null;
}

export interface Ingested {
  readonly documents: (NewsDocument | null)[];
  readonly reports: FileReport[];
  /** The token batches of the documents read, in file order. */
  readonly batches: TokenBatch[];
}

export interface WorkerSetup {
  readonly options: Pick<
    LoadOptions,
    'encoding' | 'maxFileSize' | 'chunkedReadBytes' | 'noClean' | 'disabledRules' | 'safetyShare' | 'dateFrom'
  >;
  readonly rules: { file: string; text: string } | null;
}
export interface WorkerRequest {
  readonly seq: number;
  readonly files: { absolute: string; display: string; id: string }[];
}
export interface WorkerResponse {
  readonly seq: number;
  readonly documents: (NewsDocument | null)[];
  readonly reports: FileReport[];
  readonly diagnostics: Diagnostic[];
  readonly batch: TokenBatch;
}

/** Load files, in worker threads when there are enough of them. */
export async function ingestFiles(
  files: readonly DiscoveredFile[],
  ids: readonly DocId[],
  report: Report,
  options: IngestOptions = {},
): Promise<Ingested> {
  const threads = options.threads ?? availableParallelism();
  if (threads <= 1 || options.fileSystem || files.length < 2 * BATCH_FILES) {
    const loaded = await loadBatch(files, ids, report, options);
    return { documents: loaded.documents, reports: loaded.reports, batches: [loaded.batch] };
  }
  return ingestInWorkers(files, ids, report, options, Math.min(threads, Math.ceil(files.length / BATCH_FILES)));
}

async function ingestInWorkers(
  files: readonly DiscoveredFile[],
  ids: readonly DocId[],
  report: Report,
  options: IngestOptions,
  threads: number,
): Promise<Ingested> {
  const setup: WorkerSetup = {
    options: {
      encoding: options.encoding,
      maxFileSize: options.maxFileSize,
      chunkedReadBytes: options.chunkedReadBytes,
      noClean: options.noClean,
      dateFrom: options.dateFrom,
      disabledRules: options.disabledRules,
      safetyShare: options.safetyShare,
    },
    rules: options.rules ?? null,
  };
  let filesDone = 0;
  const results = await runWorkerPool<WorkerResponse>({
    script: new URL('./ingest-worker.js', import.meta.url),
    workerData: setup,
    threads,
    jobs: Math.ceil(files.length / BATCH_FILES),
    request: (seq) => {
      const from = seq * BATCH_FILES;
      const slice = files.slice(from, from + BATCH_FILES).map((f, i) => ({ absolute: f.absolute, display: f.display, id: ids[from + i] }));
      return { seq, files: slice } satisfies WorkerRequest;
    },
    onAnswer: (res) => {
      filesDone += res.reports.length;
      options.onProgress?.(filesDone, files.length);
    },
    name: 'ingest worker',
  });
  const documents: (NewsDocument | null)[] = [];
  const reports: FileReport[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) report(d);
    documents.push(...r.documents);
    reports.push(...r.reports);
  }
  return { documents, reports, batches: results.map((r) => r.batch) };
}

/** The documents read, in file order. */
export function ingestedDocuments(ingested: Ingested): NewsDocument[] {
  return ingested.documents.filter((d): d is NewsDocument => d !== null);
}
