/**
 * Write an output file safely: refuse to overwrite without --force, write to a
 * temporary file beside the target and rename it into place, so a failure never
 * leaves a partial or truncated file.
 */
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics.js';

export function checkOutputPath(file: string, force: boolean): void {
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new UsageError(`output path is a directory: ${file}`);
    if (!force) throw new UsageError(`output file exists: ${file} (use --force to overwrite)`);
  }
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) throw new UsageError(`output directory does not exist: ${dir}`);
}

export function writeFileAtomic(file: string, data: string): void {
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError(`cannot write ${file} (${code})`);
  }
}
