/**
 * Writing a file whole or not at all (a temporary file beside it, then a rename), and
 * the registry of temporary files and folders being written now (an export's output, a
 * snapshot being staged), so a
 * Ctrl-C can remove them: nothing half-written is left beside the user's files.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();

export function addPending(file: string): void {
  pending.add(file);
}

export function removePending(file: string): void {
  pending.delete(file);
}

/** Remove every temporary file still in flight (called on SIGINT). */
export function removePendingFiles(): void {
  for (const f of pending) {
    try {
      rmSync(f, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
  pending.clear();
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

/**
 * Replace `file` with `data`, whole or not at all: written to a temporary file beside it
 * (registered, so a Ctrl-C removes it) and renamed into place. On failure the temporary
 * file is removed, the old file is untouched, and the error is thrown.
 */
export function replaceFile(file: string, data: Iterable<string>, write: WriteFn = writeChunks): void {
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  addPending(tmp);
  try {
    write(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    removePending(tmp);
  }
}
