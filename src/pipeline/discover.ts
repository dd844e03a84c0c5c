/**
 * Discover the files of a corpus: the only importer of fast-glob.
 *
 * Takes the paths a user typed (files or folders) and returns the `.txt` files under
 * them, sorted, without following symbolic links (fast-glob follows them by default
 * and returns one file many times on a loop). A path that does not exist, or a folder
 * with no matching files, is a usage error: there is nothing to work on.
 */
import { withDefaults } from '../options.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../diagnostics.js';

export interface DiscoveredFile {
  /** Absolute path. */
  readonly absolute: string;
  /** The path as shown to the user: the typed root joined with the path below it. */
  readonly display: string;
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

/** Expand user paths into corpus files. Throws UsageError for missing paths or no files. */
export function discoverFiles(roots: readonly string[], options: DiscoverOptions = {}): DiscoveredFile[] {
  const opts = withDefaults(DEFAULT_DISCOVER, options);
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];
  for (const root of roots) {
    let isDir: boolean;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      throw new UsageError(`path not found: ${root} (give a folder of .txt files, or no path for the bundled seeds)`);
    }
    if (!isDir) {
      const absolute = path.resolve(root);
      if (!seen.has(absolute) && !exclude.has(absolute)) {
        seen.add(absolute);
        out.push({ absolute, display: root });
      }
      continue;
    }
    const found = fg
      .sync(opts.pattern, {
        cwd: root,
        onlyFiles: true,
        followSymbolicLinks: opts.followLinks,
        dot: false,
        ignore: ['**/node_modules/**', '**/.warta/**'],
        suppressErrors: true,
      })
      .sort();
    let taken = 0;
    for (const rel of found) {
      const absolute = path.resolve(root, rel);
      if (seen.has(absolute) || exclude.has(absolute)) continue;
      seen.add(absolute);
      out.push({ absolute, display: path.join(root, rel) });
      taken++;
    }
    if (taken === 0) {
      throw new UsageError(`no ${opts.pattern} files in ${root} (warta reads plain-text .txt articles)`);
    }
  }
  return out;
}
