/**
 * Read one file as normalised lines: size check against the limit, whole-file decoding,
 * or chunked decoding for files too large for one string. Problems become diagnostics;
 * the result says whether the file was read, skipped (binary, too large) or failed.
 * Shared by the corpus loader and `inspect`.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../diagnostics.js';
import { normalizeCounted } from '../text/normalize.js';
import type { Diagnostic } from '../model.js';
import { decodeBytes } from './decode.js';
import { readLargeFileLines } from './read-lines.js';

/** The file operations reading needs (replaceable in tests to simulate faults). */
export interface FileSystem {
  size(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  /** The first bytes of a file (for sniffing a file read in chunks). */
  head(path: string, bytes: number): Promise<Uint8Array>;
}

export interface ReadTextOptions {
  fileSystem: FileSystem;
  /** Skip files larger than this many bytes. */
  maxFileSize: number;
  /** Decode files above this many bytes in chunks. */
  chunkedReadBytes: number;
  /** Force a text encoding (default: sniffed). */
  encoding?: string;
}

export type ReadText =
  | { readonly status: 'ok'; readonly lines: string[]; readonly encoding: string; readonly sha1?: string }
  | { readonly status: 'skipped' | 'error' };

export async function readTextLines(absolute: string, display: string, opts: ReadTextOptions, report: Report): Promise<ReadText> {
  const failed = (err: unknown): ReadText => {
    report({
      severity: 'error',
      ruleId: 'read/failed',
      message: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`,
      path: display,
    });
    return { status: 'error' };
  };
  let size: number;
  try {
    size = await opts.fileSystem.size(absolute);
  } catch (err) {
    return failed(err);
  }
  if (size > opts.maxFileSize) {
    report({
      severity: 'warning',
      ruleId: 'read/too-large',
      message: `larger than --max-filesize (${formatBytes(size)} > ${formatBytes(opts.maxFileSize)}), skipped`,
      path: display,
    });
    return { status: 'skipped' };
  }
  try {
    if (size > opts.chunkedReadBytes) {
      const r = await readLargeFileLines(absolute, display, await opts.fileSystem.head(absolute, 8192), opts.encoding);
      if (!r.ok) {
        report(r.diagnostic);
        return { status: 'skipped' };
      }
      if (r.diagnostic) report(r.diagnostic);
      return { status: 'ok', lines: r.lines, encoding: r.encoding };
    }
    const bytes = await opts.fileSystem.readFile(absolute);
    // Hashed while the bytes are here: a snapshot records it, and need not read the file again.
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const decoded = decodeBytes(bytes, display, { encoding: opts.encoding });
    if (!decoded.ok) {
      report(decoded.diagnostic);
      return { status: decoded.diagnostic.severity === 'error' ? 'error' : 'skipped' };
    }
    if (decoded.diagnostic) report(decoded.diagnostic);
    const normal = normalizeCounted(decoded.text);
    if (normal.repaired) report(mojibakeRepaired(display, normal.repaired));
    return { status: 'ok', lines: normal.text.split('\n'), encoding: decoded.encoding, sha1 };
  } catch (err) {
    return failed(err);
  }
}

/** The note that a file's mojibake was repaired (kept with the file's diagnostics, not printed). */
export function mojibakeRepaired(path: string, runs: number): Diagnostic {
  return {
    severity: 'info',
    ruleId: 'normalize/mojibake-repaired',
    message: `${runs} mojibake sequence${runs === 1 ? '' : 's'} repaired (UTF-8 read as Windows-1252, e.g. "Ã©" -> "é")`,
    path,
  };
}

function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}
