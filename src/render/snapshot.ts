/**
 * Rendering of `warta index`'s summary.
 */
import type { Style } from './style.js';

export interface IndexSummary {
  readonly snapshot: string;
  readonly status: string;
  readonly files: number;
  readonly documents: number;
  readonly reread: number;
  readonly textBytes: number;
  readonly snapshotBytes: number;
  readonly seconds: number;
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

export function renderIndexSummary(s: IndexSummary, style: Style): string {
  if (s.status === 'up to date') {
    return `${style.bold('snapshot up to date')}: ${s.snapshot} (${s.files} files, ${s.documents} documents; nothing changed)\n`;
  }
  const rate = s.seconds > 0 ? `, ${(s.textBytes / 1e6 / s.seconds).toFixed(1)} MB/s` : '';
  return (
    `${style.bold(`snapshot ${s.status}`)}: ${s.snapshot}\n` +
    `  ${s.files} files (${mb(s.textBytes)}), ${s.documents} documents; ${s.reread} files read in ${s.seconds} s${rate}\n` +
    `  snapshot size ${mb(s.snapshotBytes)}\n`
  );
}
