/**
 * Discover the files of a corpus: the only importer of fast-glob.
 *
 * Takes the paths a user typed (files or folders) and returns the `.txt` files under
 * them, sorted, without following symbolic links (fast-glob follows them by default
 * and returns one file many times on a loop). With `followLinks`, links are followed
 * and files deduplicated by real path; dangling links get a warning. Only regular files
 * are taken: a FIFO or device named on the command line gets a warning, never a read
 * that blocks. A path that does not exist, or a folder with no matching files, is a
 * usage error: there is nothing to work on.
 */
import type { TableRow } from './tables.js';
import { withDefaults } from '../options.js';
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Report } from '../diagnostics.js';
import { CorpusPathError } from '../errors.js';
import { mtimeOf, SNAPSHOT_DIR } from './folders.js';

export interface DiscoveredFile {
  /** Absolute path. */
  readonly absolute: string;
  /** The path as shown to the user: the typed root joined with the path below it ("data.csv#12" for a table row). */
  readonly display: string;
  /** For a row of a table file (tables.ts): its cells, read when the table was; `absolute` is the table. */
  readonly row?: TableRow;
}

export interface DiscoverOptions {
  /** Glob of files to take inside folders (default: `**\/*.txt`). */
  pattern?: string;
  /** Follow symbolic links inside folders (default: `false`). */
  followLinks?: boolean;
  /** Absolute paths never to take as input (e.g. the output file). */
  exclude?: readonly string[];
}

export const DEFAULT_DISCOVER: Required<Omit<DiscoverOptions, 'exclude'>> = {
  pattern: '**/*.txt',
  followLinks: false,
};

/** Expand user paths into corpus files. Throws CorpusPathError for missing paths or no files. */
export function discoverFiles(roots: readonly string[], options: DiscoverOptions = {}, report: Report = () => {}): DiscoveredFile[] {
  const opts = withDefaults(DEFAULT_DISCOVER, options);
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];
  // Identity of a file: its real path when links are followed, else its path.
  const identity = (absolute: string) => {
    if (!opts.followLinks) return absolute;
    try {
      return realpathSync(absolute);
    } catch {
      return absolute;
    }
  };
  for (const root of roots) {
    let stat: Stats;
    try {
      stat = statSync(root);
    } catch {
      throw new CorpusPathError(`path not found: ${root} (give a folder of .txt files, or no path for the bundled seeds)`);
    }
    if (!stat.isDirectory()) {
      const absolute = path.resolve(root);
      if (!stat.isFile()) {
        report({
          severity: 'error',
          ruleId: 'discover/not-a-file',
          message: 'not a regular file (a FIFO, socket or device), skipped',
          path: root,
        });
        continue;
      }
      const id = identity(absolute);
      if (!seen.has(id) && !exclude.has(absolute)) {
        seen.add(id);
        out.push({ absolute, display: root });
      }
      continue;
    }
    const found = fg.sync(opts.pattern, { ...walkOptions(root, opts.followLinks), onlyFiles: true }).sort();
    if (opts.followLinks) warnDanglingLinks(root, opts.pattern, report);
    let taken = 0;
    for (const rel of found) {
      const absolute = path.resolve(root, rel);
      const id = identity(absolute);
      if (seen.has(id) || exclude.has(absolute)) continue;
      seen.add(id);
      out.push({ absolute, display: path.join(root, rel) });
      taken++;
    }
    if (taken === 0) {
      throw new CorpusPathError(`no ${opts.pattern} files in ${root} (warta reads plain-text .txt articles)`);
    }
  }
  return out;
}

/**
 * How discovery walks a folder: hidden entries, node_modules and snapshot folders are
 * passed over; links are followed only with `followLinks`. Freshness checks walk with
 * the same options (corpusFolders), so they see every folder discovery read from.
 */
function walkOptions(root: string, followLinks: boolean) {
  return {
    cwd: root,
    followSymbolicLinks: followLinks,
    dot: false,
    ignore: ['**/node_modules/**', `**/${SNAPSHOT_DIR}/**`],
    suppressErrors: true,
  };
}

/**
 * Every folder discovery walks under root (root itself as ""), sorted, with its mtime
 * now: a file added, removed or renamed in any of them changes that folder's mtime.
 */
export function corpusFolders(root: string, options: Pick<DiscoverOptions, 'followLinks'> = {}): [rel: string, mtimeMs: number][] {
  const dirs = fg.sync('**', { ...walkOptions(root, !!options.followLinks), onlyDirectories: true });
  return ['', ...dirs.sort()].map((rel) => [rel, mtimeOf(path.join(root, rel))]);
}

/** Links that match the pattern but lead nowhere: one warning each. */
function warnDanglingLinks(root: string, pattern: string, report: Report): void {
  const entries = fg.sync(pattern, { cwd: root, onlyFiles: false, followSymbolicLinks: false, dot: false, suppressErrors: true });
  for (const rel of entries) {
    const p = path.join(root, rel);
    try {
      if (lstatSync(p).isSymbolicLink()) statSync(p);
    } catch {
      report({ severity: 'warning', ruleId: 'discover/dangling-link', message: 'symbolic link to a missing file, skipped', path: p });
    }
  }
}
