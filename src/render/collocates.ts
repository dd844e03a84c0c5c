/**
 * Collocates and n-grams on the terminal (tables) and as CSV.
 */
import { stringify } from 'csv-stringify/sync';
import type { Collocates } from '../analysis/collocates.js';
import type { Ngram } from '../analysis/ngrams.js';
import type { Style } from './style.js';
import { fixed, table } from './table.js';
import { escapeTerminal } from './escape.js';
import { guardCell } from './csv.js';

export function renderCollocates(c: Collocates, style: Style): string {
  const head = ['collocate', 'O', 'L', 'R', 'freq', 'E', 'logDice', 'MI', 'MI3', 't', 'LL'];
  const rows = c.collocates.map((x) => [
    x.word,
    x.observed,
    x.left,
    x.right,
    x.frequency,
    fixed(x.expected, 2),
    fixed(x.logDice, 2),
    fixed(x.mi, 2),
    fixed(x.mi3, 2),
    fixed(x.tScore, 2),
    fixed(x.ll, 2),
  ]);
  const head1 = style.dim(
    `${c.nodeFrequency} matches of ${escapeTerminal(c.query)} in ${c.tokens} tokens; window L${c.window.left}R${c.window.right} within paragraphs`,
  );
  if (!rows.length) return `${head1}\n${style.dim('no collocate reaches the minimum frequency (--min-freq)')}\n`;
  const first = c.collocates[0];
  return `${head1}\n${table(head, rows, style, ['left', ...Array<'right'>(10).fill('right')])}\n${style.dim(`see the lines: warta search '${first.query}' --kwic`)}\n`;
}

export function renderCollocatesCsv(c: Collocates): string {
  return stringify(
    c.collocates.map((x) => [
      guardCell(x.word),
      x.observed,
      x.left,
      x.right,
      x.frequency,
      x.expected,
      x.logDice,
      x.mi,
      x.mi3,
      x.tScore,
      x.ll,
      guardCell(x.query),
    ]),
    {
      header: true,
      columns: ['collocate', 'observed', 'left', 'right', 'frequency', 'expected', 'logdice', 'mi', 'mi3', 't_score', 'll', 'query'],
      record_delimiter: '\n',
    },
  );
}

export function renderNgrams(list: readonly Ngram[], total: number, style: Style): string {
  const t = table(
    ['n-gram', 'n', 'freq', 'range'],
    list.map((g) => [g.ngram, g.n, g.freq, g.range]),
    style,
    ['left', 'right', 'right', 'right'],
  );
  return `${t}\n${style.dim(`${list.length} of ${total} n-grams shown (within sentences; range = documents)`)}\n`;
}

export function renderNgramsCsv(list: readonly Ngram[]): string {
  return stringify(
    list.map((g) => [guardCell(g.ngram), g.n, g.freq, g.range]),
    { header: true, columns: ['ngram', 'n', 'freq', 'range'], record_delimiter: '\n' },
  );
}
