/**
 * Facts about corpus folders shared by discovery and the snapshot's freshness check,
 * kept apart from discover.ts so that opening a snapshot never loads fast-glob.
 */
import { statSync } from 'node:fs';

/** The snapshot folder's name inside a corpus folder; discovery never reads below it. */
export const SNAPSHOT_DIR = '.warta';

/** A folder's (or file's) mtime now, or -1 when it is gone. */
export function mtimeOf(p: string): number {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}
