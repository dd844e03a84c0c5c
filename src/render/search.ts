/**
 * Render search results for a terminal: one block per hit, ripgrep style:
 * "file:line [paragraph N] score" then the paragraph with matches highlighted.
 */
import type { ArticleResult } from '../query/articles.js';
import type { SearchHit, SearchResult } from '../query/search.js';
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

/** One hit: "file:line [paragraph N] score", then its paragraph (and context), indented by `pad`. */
function hitBlock(h: SearchHit, style: Style, options: SearchRenderOptions, pad = ''): string {
  const head = [style.file(escapeTerminal(`${h.file}:${h.line}`)), style.dim(`[paragraph ${h.paragraph + 1}]`)];
  if (options.scores || options.explain) head.push(style.score(h.score.toFixed(3)));
  const lines = [pad + head.join(' ')];
  for (const b of h.before ?? []) lines.push(style.dim(`${pad}  ${escapeTerminal(b)}`));
  lines.push(`${pad}  ${highlight(h.text, h.matches, style)}`);
  for (const a of h.after ?? []) lines.push(style.dim(`${pad}  ${escapeTerminal(a)}`));
  if (options.explain && h.explain) {
    for (const e of h.explain) lines.push(style.dim(`${pad}    ${e.word}: tf=${e.tf} idf=${e.idf.toFixed(3)} score=${e.score.toFixed(3)}`));
  }
  return lines.join('\n');
}

/** Articles ranked (--articles): the title and file of each, then its best paragraphs. */
export function renderArticles(result: ArticleResult, style: Style, options: SearchRenderOptions = {}): string {
  const blocks = result.articles.map((a, i) => {
    const head = [style.bold(`${i + 1}. ${escapeTerminal(a.title ?? '(no title)')}`), style.file(escapeTerminal(a.file))];
    if (options.scores || options.explain) head.push(style.score(a.score.toFixed(3)));
    return [head.join('  '), ...a.hits.map((h) => hitBlock(h, style, options, '    '))].join('\n');
  });
  const shown = result.articles.length;
  const footer = style.dim(
    `${result.total} matching article${result.total === 1 ? '' : 's'}${shown < result.total ? `, showing ${shown} (use --limit)` : ''}`,
  );
  return [...blocks, footer].join('\n\n') + '\n';
}

export function renderSearch(result: SearchResult, style: Style, options: SearchRenderOptions = {}): string {
  const blocks = result.hits.map((h) => hitBlock(h, style, options));
  const shown = result.hits.length;
  const footer = style.dim(
    `${result.total} matching paragraph${result.total === 1 ? '' : 's'}${shown < result.total ? `, showing ${shown} (use --limit)` : ''}`,
  );
  return [...blocks, footer].join('\n\n') + '\n';
}
