/**
 * A snapshot's manifest: what was indexed (each file's size and mtime, each folder's
 * mtime), with which options, and what the loader reported. Freshness is decided here
 * by comparing the manifest with the files on disk now.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { Diagnostic } from '../model.js';
import type { DocumentSummary } from '../pipeline/document-summary.js';
import { mtimeOf } from '../pipeline/folders.js';

/** Format 5: compressed postings (postings-codec.ts), mentions.bin, documents dated (docDay), near-duplicate keys. */
export const SNAPSHOT_FORMAT = 5;
export { SNAPSHOT_DIR } from '../pipeline/folders.js';

/** What the loader reported on one file, and its SHA-1, as stored in reports.json (read only when needed). */
export type FileDetail = [
  status: 'ok' | 'skipped' | 'error',
  encoding: string | null,
  lines: number,
  removedLines: number,
  safetyNet: 0 | 1,
  sha1: string,
];

/** A stored file detail as a named record. */
export interface FileRecord {
  readonly status: 'ok' | 'skipped' | 'error';
  readonly encoding: string | null;
  readonly lines: number;
  readonly removedLines: number;
  readonly safetyNet: boolean;
  readonly sha1: string;
}

/** Name the fields of a stored file detail. */
export function fileRecord(d: FileDetail): FileRecord {
  const [status, encoding, lines, removedLines, safetyNet, sha1] = d;
  return { status, encoding, lines, removedLines, safetyNet: safetyNet === 1, sha1 };
}

/** The snapshot's files, as parallel arrays (files.json and index.bin), details on demand. */
export interface FileTable {
  /** Paths below the root. */
  readonly rels: readonly string[];
  readonly size: Float64Array;
  readonly mtimeMs: Float64Array;
  /** Document number of each file, NO_DOCUMENT when the file gave none. */
  readonly doc: Uint32Array;
  details(): readonly FileDetail[];
}

export const NO_DOCUMENT = 0xffffffff;

export interface Manifest {
  readonly format: number;
  readonly warta: string;
  /** Random id shared with index.bin, so a half-replaced snapshot is never mixed. */
  readonly build: string;
  /** The cleaning options the snapshot was made with; other options need a fresh load. */
  readonly optionsKey: string;
  readonly createdAt: string;
  readonly documents: number;
  /** Every folder under the root with its mtime: a file added, removed or renamed changes one. */
  readonly dirs: [rel: string, mtimeMs: number][];
  readonly fileCount: number;
  /** Warnings and errors of the load, paths relative to the root. */
  readonly diagnostics: Diagnostic[];
  /** What `stats` needs of the documents (absent in snapshots of earlier builds). */
  readonly summary?: DocumentSummary;
}

/** SHA-1 of a file's bytes ("" when it cannot be read). */
export function fileHash(p: string): string {
  try {
    return createHash('sha1').update(readFileSync(p)).digest('hex');
  } catch {
    return '';
  }
}

/** A share of the files to check: paths below `base`, with recorded sizes, mtimes and hashes. */
export interface StatJob {
  readonly base: string;
  readonly rels: readonly string[];
  readonly size: Float64Array;
  readonly mtimeMs: Float64Array;
  /** SHA-1 of each file when contents are verified, else null. */
  readonly sha1: readonly string[] | null;
}

/**
 * Has a file changed since it was recorded: gone, another size or mtime, or (when a
 * SHA-1 is given, with --verify) other contents? `st` is the file's stat now.
 */
export function stampChanged(p: string, st: Stats | undefined, size: number, mtimeMs: number, sha1: string | null): boolean {
  return !st || st.size !== size || st.mtimeMs !== mtimeMs || (sha1 !== null && fileHash(p) !== sha1);
}

/** True when every file of the job is unchanged (stops at the first change). */
export function statUnchanged(job: StatJob): boolean {
  for (let i = 0; i < job.rels.length; i++) {
    const p = job.base + job.rels[i];
    if (stampChanged(p, statSync(p, { throwIfNoEntry: false }), job.size[i], job.mtimeMs[i], job.sha1?.[i] ?? null)) return false;
  }
  return true;
}

/**
 * A worker thread takes about as long to start as this many stats take (measured: ~100 ms
 * against ~3 µs a file), so it gets a share only of larger corpora, sized so that both
 * threads finish together.
 */
export const WORKER_START_IN_STATS = 33000;

/** Files the worker should stat out of n (0: none). */
export function workerShare(n: number): number {
  return Math.max(0, Math.floor((n - WORKER_START_IN_STATS) / 2));
}

/**
 * Is the snapshot fresh? Folder mtimes first (a file added, removed or renamed), then
 * each file's size and mtime (unless `assumeUnchanged`), and with `verify` each file's
 * content hash too.
 */
export async function checkFreshness(
  manifest: Manifest,
  files: FileTable,
  root: string,
  verify = false,
  assumeUnchanged = false,
): Promise<boolean> {
  for (const [rel, mtime] of manifest.dirs) {
    if (mtimeOf(path.join(root, rel)) !== mtime) return false;
  }
  // A read-only archive: no file was added, removed or renamed, and files are taken as never edited in place.
  if (assumeUnchanged && !verify) return true;
  const base = path.resolve(root) + path.sep;
  const sha1 = verify ? files.details().map((d) => d[5]) : null;
  const job = (from: number, to: number): StatJob => ({
    base,
    rels: files.rels.slice(from, to),
    size: files.size.slice(from, to),
    mtimeMs: files.mtimeMs.slice(from, to),
    sha1: sha1?.slice(from, to) ?? null,
  });
  const n = files.rels.length;
  const split = n - workerShare(n);
  const other = split < n ? statInWorker(job(split, n)) : Promise.resolve(true);
  const mine = statUnchanged(job(0, split));
  return (await other) && mine;
}

function statInWorker(job: StatJob): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./stat-worker.js', import.meta.url), { workerData: job });
    w.once('message', (r: boolean) => {
      resolve(r);
      void w.terminate();
    });
    w.once('error', reject);
  });
}
