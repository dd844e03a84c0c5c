/**
 * A snapshot's manifest: what was indexed (each file's size and mtime, each folder's
 * mtime), with which options, and what the loader reported. Freshness is decided here
 * by comparing the manifest with the files on disk now.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Diagnostic } from '../model.js';

export const SNAPSHOT_FORMAT = 1;
export const SNAPSHOT_DIR = '.warta';

/** One corpus file: path below the root, size, mtime, document number (-1 when none), load report. */
export type ManifestFile = [rel: string, size: number, mtimeMs: number, doc: number, status: 'ok' | 'skipped' | 'error', encoding: string | null, lines: number, removedLines: number, safetyNet: 0 | 1, sha1: string];

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
  readonly files: ManifestFile[];
  /** Warnings and errors of the load, paths relative to the root. */
  readonly diagnostics: Diagnostic[];
}

/** Folders under root (and root itself, as ""), as discovery walks them. */
export function corpusDirs(root: string): [string, number][] {
  // fast-glob is required here, not at the top: opening a snapshot must not pay for it.
  const fg = createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob');
  const dirs = fg.sync('**', { cwd: root, onlyDirectories: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', `**/${SNAPSHOT_DIR}/**`], suppressErrors: true });
  return ['', ...dirs.sort()].map((rel) => [rel, mtimeOf(path.join(root, rel))]);
}

function mtimeOf(p: string): number {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

export type Freshness =
  | { readonly fresh: true }
  /** Folders changed: the file list must be discovered again and compared. */
  | { readonly fresh: false; readonly listChanged: true }
  /** Same files, some with another size or mtime. */
  | { readonly fresh: false; readonly listChanged: false; readonly changed: ReadonlySet<string> };

/** SHA-1 of a file's bytes ("" when it cannot be read). */
export function fileHash(p: string): string {
  try {
    return createHash('sha1').update(readFileSync(p)).digest('hex');
  } catch {
    return '';
  }
}

/**
 * Compare the manifest with the disk: folder mtimes first, then each file's size and
 * mtime, and with `verify` each file's content hash too.
 */
export function checkFreshness(manifest: Manifest, root: string, verify = false): Freshness {
  for (const [rel, mtime] of manifest.dirs) {
    if (mtimeOf(path.join(root, rel)) !== mtime) return { fresh: false, listChanged: true };
  }
  const changed = new Set<string>();
  const base = path.resolve(root) + path.sep;
  for (const [rel, size, mtime, , , , , , , sha1] of manifest.files) {
    const p = base + rel;
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return { fresh: false, listChanged: true };
    if (st.size !== size || st.mtimeMs !== mtime || (verify && fileHash(p) !== sha1)) changed.add(rel);
  }
  return changed.size ? { fresh: false, listChanged: false, changed } : { fresh: true };
}
