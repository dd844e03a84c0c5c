/**
 * Render search results for a terminal: one block per hit, ripgrep style:
 * "file:line [paragraph N] score" then the paragraph with matches highlighted.
 */
import type { SearchResult } from '../query/search.js';
import type { Style } from './style.js';
import { escapeTerminal } from './escape.js';

export interface SearchRenderOptions {
  readonly scores?: boolean;
  readonly explain?: boolean;
}

/** Highlight character ranges of `text`. */
export function highlight(text: string, matches: readonly (readonly [number, number])[], style: Style): string {
  let out = '';
  let at = 0;
  for (const [a, b] of matches) {
    out += escapeTerminal(text.slice(at, a)) + style.match(escapeTerminal(text.slice(a, b)));
    at = b;
  }
  return out + escapeTerminal(text.slice(at));
}

export function renderSearch(result: SearchResult, style: Style, options: SearchRenderOptions = {}): string {
  const blocks = result.hits.map((h) => {
    const head = [style.file(escapeTerminal(`${h.file}:${h.line}`)), style.dim(`[paragraph ${h.paragraph + 1}]`)];
    if (options.scores || options.explain) head.push(style.score(h.score.toFixed(3)));
    const lines = [head.join(' ')];
    for (const b of h.before ?? []) lines.push(style.dim(`  ${escapeTerminal(b)}`));
    lines.push(`  ${highlight(h.text, h.matches, style)}`);
    for (const a of h.after ?? []) lines.push(style.dim(`  ${escapeTerminal(a)}`));
    if (options.explain && h.explain) {
      for (const e of h.explain) lines.push(style.dim(`    ${e.word}: tf=${e.tf} idf=${e.idf.toFixed(3)} score=${e.score.toFixed(3)}`));
    }
    return lines.join('\n');
  });
  const shown = result.hits.length;
  const footer = style.dim(
    `${result.total} matching paragraph${result.total === 1 ? '' : 's'}${shown < result.total ? `, showing ${shown} (use --limit)` : ''}`,
  );
  return [...blocks, footer].join('\n\n') + '\n';
}
