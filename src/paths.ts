/**
 * Where warta's own files are (seeds/, data/, package.json), whether the code runs from
 * dist/ as tsc wrote it, from the bundle in dist/bundle/, or from src/ under vitest: the
 * nearest folder above this module that holds warta's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'warta') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find warta package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

let root: string | null = null;
/** Absolute path of a file of the warta package, e.g. `packagePath('seeds')`. */
export function packagePath(...parts: string[]): string {
  return path.join((root ??= findRoot()), ...parts);
}

let version: string | null = null;
/** warta's version, from package.json. */
export function wartaVersion(): string {
  return (version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version);
}
