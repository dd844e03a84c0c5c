/**
 * Save an open corpus as its snapshot (what `warta index` does): the documents, the
 * index, the entity mentions, each file's size, mtime and SHA-1, and the folder mtimes that
 * discovery walked.
 * A corpus opened from a fresh snapshot is left alone.
 */
import { statSync } from 'node:fs';
import { SnapshotError } from '../errors.js';
import { wartaVersion } from '../paths.js';
import type { CorpusHandle } from './open-corpus.js';

/** What saving did. */
export interface SnapshotSummary {
  readonly snapshot: string;
  readonly status: 'up to date' | 'updated' | 'written';
  readonly files: number;
  readonly documents: number;
  /** Files read from disk (all of them for a new snapshot). */
  readonly reread: number;
  readonly textBytes: number;
  /** Bytes the snapshot takes on disk (0 when it was up to date). */
  readonly snapshotBytes: number;
}

/** Write the corpus's snapshot unless it came from a fresh one. Throws SnapshotError when it cannot be written. */
export interface SaveSnapshotOptions {
  /** Detect entity mentions now and keep them in the snapshot (default: `true`), so entities and stats start at once. */
  entities?: boolean;
}

export async function saveSnapshot(corpus: CorpusHandle, options: SaveSnapshotOptions = {}): Promise<SnapshotSummary> {
  const place = corpus.place;
  if (!place) throw new SnapshotError('a snapshot is made of one corpus folder (files and several folders cannot share one)');
  const { source, files } = corpus;
  // One stat per file: for the snapshot's stamps and the summary's size. A file gone
  // since it was read gets -1, so the next command reads it again.
  const stamps = files.map((f) => statSync(f.file, { throwIfNoEntry: false }));
  let bytes = 0;
  if (source.kind !== 'snapshot') {
    const { writeSnapshot } = await import('../snapshot/snapshot.js');
    const { fileHash } = await import('../snapshot/manifest.js');
    const { corpusFolders } = await import('../pipeline/discover.js');
    const index = await corpus.index();
    const mentions = options.entities === false ? undefined : await corpus.encodedMentions();
    const stats = files.map((f, i) => ({
      size: stamps[i]?.size ?? -1,
      mtimeMs: stamps[i]?.mtimeMs ?? -1,
      sha1: f.sha1 ?? fileHash(f.file),
    }));
    try {
      bytes = writeSnapshot(place.dir, {
        root: place.root,
        warta: wartaVersion(),
        optionsKey: corpus.optionsKey,
        corpus: { documents: index.documents, files },
        index,
        stats,
        dirs: () => corpusFolders(place.root, corpus.options),
        diagnostics: corpus.fileDiagnostics,
        mentions,
        entities: mentions && (await corpus.entities()),
      });
    } catch (err) {
      throw new SnapshotError(
        `cannot write the snapshot in ${place.dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      );
    }
  }
  return {
    snapshot: place.dir,
    status: source.kind === 'snapshot' ? 'up to date' : source.kind === 'updated' ? 'updated' : 'written',
    files: files.length,
    documents: (await corpus.index()).documents.length,
    reread: source.kind === 'updated' ? source.reread : source.kind === 'files' ? files.length : 0,
    textBytes: stamps.reduce((sum, st) => sum + (st?.size ?? 0), 0),
    snapshotBytes: bytes,
  };
}
