/**
 * Write an output file safely: refuse to overwrite without --force, refuse anything but
 * a regular file, write to a temporary file beside the target and rename it into
 * place, so a failure (a full disk, a Ctrl-C) never leaves a partial or truncated file.
 * Temporary files in flight are registered (pending-files.ts) so an interrupt can remove them.
 */
import { closeSync, existsSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics.js';
import { addPending, removePending } from '../pending-files.js';

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

/** The write operation (replaceable in tests to simulate a full disk). */
export type WriteFn = (file: string, data: Iterable<string>) => void;

/** Write chunks to a new file, one after another. */
function writeChunks(file: string, data: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of data) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

export function writeFileAtomic(file: string, data: string | Iterable<string>, write: WriteFn = writeChunks): void {
  if (typeof data === 'string') data = [data];
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  addPending(tmp);
  try {
    write(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError(`cannot write ${file} (${code}); nothing was written`);
  } finally {
    removePending(tmp);
  }
}
