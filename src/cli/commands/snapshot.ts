/**
 * `warta index [PATH]`: read a corpus folder once and write its snapshot (`.warta/` in
 * the folder, or --cache DIR), so later commands open it instead of reading every file.
 * An up-to-date snapshot is left alone; a stale one is updated from the changed files.
 */
import { statSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { corpusDirs, fileHash } from '../../snapshot/manifest.js';
import { writeSnapshot } from '../../snapshot/snapshot.js';
import { renderIndexSummary } from '../../render/snapshot.js';
import { wartaVersion } from '../../paths.js';
import type { Session } from '../session.js';

export interface IndexFlags {
  json?: boolean;
  force?: boolean;
}

export async function runIndex(session: Session, paths: string[], flags: IndexFlags): Promise<number> {
  const place = session.snapshotPlace(paths);
  if (!place) throw new UsageError('warta index takes one corpus folder (files and several folders cannot share a snapshot)');
  const started = performance.now();
  if (flags.force) session.flags.cache = false;
  const corpus = await session.load(paths);
  const source = session.source;
  const dir = place.dir;
  // One stat per file: for the snapshot's stamps and the summary's size. A file gone
  // since it was read gets -1, so the next command reads it again.
  const stamps = corpus.files.map((f) => statSync(f.file, { throwIfNoEntry: false }));
  let bytes = 0;
  if (source.kind !== 'snapshot') {
    const index = await session.indexOf(paths);
    const stats = corpus.files.map((f, i) => ({ size: stamps[i]?.size ?? -1, mtimeMs: stamps[i]?.mtimeMs ?? -1, sha1: fileHash(f.file) }));
    try {
      bytes = writeSnapshot(dir, {
        root: place.root,
        warta: wartaVersion(),
        optionsKey: session.snapshotKey,
        corpus,
        index,
        stats,
        dirs: () => corpusDirs(place.root),
        diagnostics: session.diagnostics.items.filter((d) => d.path),
      });
    } catch (err) {
      throw new UsageError(`cannot write the snapshot in ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  const textBytes = stamps.reduce((sum, st) => sum + (st?.size ?? 0), 0);
  const summary = {
    snapshot: dir,
    status: source.kind === 'snapshot' ? 'up to date' : source.kind === 'updated' ? 'updated' : 'written',
    files: corpus.files.length,
    documents: corpus.documents.length,
    reread: source.kind === 'updated' ? source.reread : source.kind === 'files' ? corpus.files.length : 0,
    textBytes,
    snapshotBytes: bytes,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
  session.io.out(flags.json ? JSON.stringify(summary, null, 2) + '\n' : renderIndexSummary(summary, session.outStyle));
  return session.exitCode();
}
