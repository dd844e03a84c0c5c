/**
 * Write an output file safely: refuse to overwrite without --force, refuse anything but
 * a regular file, write to a temporary file beside the target and rename it into
 * place (pending-files.ts), so a failure (a full disk, a Ctrl-C) never leaves a partial or
 * truncated file.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.js';
import { replaceFile, type WriteFn } from '../pending-files.js';

export function checkOutputPath(file: string, force: boolean): void {
  if (existsSync(file)) {
    const st = statSync(file);
    if (st.isDirectory()) throw new UsageError(`output path is a directory: ${file}`);
    if (!st.isFile()) throw new UsageError(`output path is not a regular file: ${file}`);
    if (!force) throw new UsageError(`output file exists: ${file} (use --force to overwrite)`);
  }
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) throw new UsageError(`output directory does not exist: ${dir}`);
}

export type { WriteFn };

/** Write an output file atomically; a failure is a usage error saying nothing was written. */
export function writeFileAtomic(file: string, data: string | Iterable<string>, write?: WriteFn): void {
  try {
    replaceFile(file, typeof data === 'string' ? [data] : data, write);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError(`cannot write ${file} (${code}); nothing was written`);
  }
}
