/**
 * Where a corpus's snapshot lives: `.warta/` in the one corpus folder, or the folder the
 * caller names. Files and several folders have no snapshot.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { SnapshotError } from '../errors.js';
import { SNAPSHOT_DIR } from '../snapshot/manifest.js';

/** The snapshot folder and the root its paths are relative to. */
export interface SnapshotPlace {
  readonly dir: string;
  readonly root: string;
}

/** True when roots name exactly one folder. */
export function isOneFolder(roots: readonly string[]): boolean {
  return roots.length === 1 && !!statSync(roots[0], { throwIfNoEntry: false })?.isDirectory();
}

/** The snapshot place for roots, or null (no snapshot: `cache` is false, or roots are not one folder). */
export function snapshotPlace(roots: readonly string[], cache: string | false | undefined): SnapshotPlace | null {
  if (cache === false) return null;
  if (!isOneFolder(roots)) {
    if (cache) throw new SnapshotError('a snapshot folder works with one corpus folder');
    return null;
  }
  return { dir: cache || path.join(roots[0], SNAPSHOT_DIR), root: roots[0] };
}
