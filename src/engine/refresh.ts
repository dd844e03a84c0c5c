/**
 * Bring a stale snapshot up to date in memory: the documents of unchanged files are
 * reused from it, and only new or changed files are read again. The snapshot on disk is
 * left as it is (`warta index` rewrites it).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../diagnostics.js';
import type { NewsDocument } from '../model.js';
import type { FileReport } from '../pipeline/load.js';
import type { IngestOptions } from '../pipeline/ingest.js';
import type { OpenSnapshot } from '../snapshot/snapshot.js';
import { fileRecord, NO_DOCUMENT, stampChanged } from '../snapshot/manifest.js';
import { discoverCorpus, ingestCorpusFiles } from './load-files.js';
import type { CorpusOptions } from './options.js';

/** The corpus after the update, and what it took. */
export interface Refreshed {
  readonly documents: NewsDocument[];
  readonly files: FileReport[];
  /** Files read again (new or changed). */
  readonly reread: number;
  /** Files in the snapshot that are gone. */
  readonly removed: number;
  /** Files whose documents came from the snapshot. */
  readonly reused: number;
}

/** Reuse the snapshot's unchanged documents and read the other files. */
export async function refreshFromSnapshot(
  snap: OpenSnapshot,
  root: string,
  options: CorpusOptions,
  ingest: IngestOptions,
  report: Report,
): Promise<Refreshed> {
  snap.loadDocuments();
  const { files, ids } = await discoverCorpus([root], options, report);
  const known = new Map(snap.files.rels.map((rel, i) => [rel, i]));
  const details = snap.files.details();
  const documents: (NewsDocument | null)[] = new Array(files.length).fill(null);
  const reports: FileReport[] = new Array(files.length);
  const reread: number[] = [];
  const reusedPaths = new Set<string>();
  files.forEach((f, i) => {
    const k = known.get(path.relative(root, f.display));
    const stored = k === undefined ? undefined : fileRecord(details[k]);
    const doc = k === undefined ? NO_DOCUMENT : snap.files.doc[k];
    const same =
      k !== undefined &&
      stored?.status === 'ok' &&
      doc !== NO_DOCUMENT &&
      !stampChanged(
        f.absolute,
        statSync(f.absolute, { throwIfNoEntry: false }),
        snap.files.size[k],
        snap.files.mtimeMs[k],
        options.verify ? stored.sha1 : null,
      );
    if (!same || !stored) return void reread.push(i);
    documents[i] = { ...snap.index.documents[doc], id: ids[i], file: f.display };
    reports[i] = {
      file: f.display,
      status: 'ok',
      encoding: stored.encoding ?? undefined,
      lines: stored.lines,
      removedLines: stored.removedLines,
      safetyNet: stored.safetyNet,
    };
    reusedPaths.add(f.display);
  });
  for (const d of snap.diagnostics) if (d.path && reusedPaths.has(d.path)) report(d);
  const fresh = await ingestCorpusFiles(
    reread.map((i) => files[i]),
    reread.map((i) => ids[i]),
    report,
    // A worker pays for itself only when many files changed.
    { ...ingest, threads: reread.length > 1000 ? ingest.threads : 1 },
  );
  reread.forEach((i, j) => {
    reports[i] = fresh.reports[j];
    documents[i] = fresh.documents[j];
  });
  const present = new Set(files.map((f) => path.relative(root, f.display)));
  return {
    documents: documents.filter((d): d is NewsDocument => d !== null),
    files: reports,
    reread: reread.length,
    removed: snap.files.rels.filter((rel) => !present.has(rel)).length,
    reused: reusedPaths.size,
  };
}
