/**
 * Render concordance lines: the keyword centred in a fixed-width column.
 *   seeds/003…txt:1   …menuduh negara-negara Barat mengintensifkan perang di  Ukraina . Putin menambahkan…
 */
import type { KwicResult } from '../query/kwic.js';
import type { CountResult } from '../query/count.js';
import type { Style } from './style.js';
import { escapeTerminal } from './escape.js';

/** The last `n` characters of s (by code point), padded on the left to n. */
function leftCell(s: string, n: number): string {
  const cps = Array.from(s.replace(/\s+/g, ' '));
  const cut = cps.length > n ? '…' + cps.slice(cps.length - n + 1).join('') : cps.join('');
  return ' '.repeat(Math.max(0, n - Array.from(cut).length)) + cut;
}

function rightCell(s: string, n: number): string {
  const cps = Array.from(s.replace(/\s+/g, ' '));
  return cps.length > n ? cps.slice(0, n - 1).join('') + '…' : cps.join('');
}

export function renderKwic(result: KwicResult, style: Style, width: number): string {
  const where = result.lines.map((l) => escapeTerminal(`${l.file}:${l.line}`));
  const pad = Math.max(0, ...where.map((w) => w.length));
  const rows = result.lines.map(
    (l, i) =>
      `${style.file(where[i].padEnd(pad))}  ${escapeTerminal(leftCell(l.left, width))}${style.match(escapeTerminal(l.keyword))}${escapeTerminal(rightCell(l.right, width))}`,
  );
  const shown = result.lines.length;
  rows.push(
    style.dim(
      `${result.total} occurrence${result.total === 1 ? '' : 's'}${shown < result.total ? `, showing ${shown} (use --limit)` : ''}`,
    ),
  );
  return rows.join('\n') + '\n';
}

export function renderCount(result: CountResult, style: Style): string {
  const pad = Math.max(0, ...result.rows.map((r) => escapeTerminal(r.key).length));
  const rows = result.rows.map((r) => `${style.file(escapeTerminal(r.key).padEnd(pad))}  ${String(r.occurrences).padStart(6)}`);
  rows.push(
    style.bold(`${'total'.padEnd(pad)}  ${String(result.total).padStart(6)}`) +
      style.dim(`  (${result.paragraphs} paragraphs in ${result.documents} documents)`),
  );
  return rows.join('\n') + '\n';
}
