/**
 * Word lists and keywords on the terminal (tables) and as CSV.
 */
import { stringify } from 'csv-stringify/sync';
import type { Keywords, KeywordRow } from '../analysis/keywords.js';
import type { WordList } from '../analysis/word-list.js';
import type { Style } from './style.js';
import { fixed, table } from './table.js';
import { guardCell } from './csv.js';

export function renderWords(list: WordList, style: Style): string {
  const head = ['word', 'freq', 'per million', 'range', 'DP', 'DPnorm', "Juilland's D"];
  const rows = list.words.map((w) => [
    w.word,
    w.freq,
    fixed(w.perMillion, 1),
    w.range,
    fixed(w.dp, 3),
    fixed(w.dpNorm, 3),
    fixed(w.juillandD, 3),
  ]);
  const summary = style.dim(
    `${list.tokens} tokens in ${list.documents} documents; dispersion over ${list.partCount} ${list.parts === 'month' ? 'months' : 'documents'} (DP 0 = even, 1 = bunched; D 1 = even)`,
  );
  return `${table(head, rows, style, ['left', 'right', 'right', 'right', 'right', 'right', 'right'])}\n${summary}\n`;
}

export function renderWordsCsv(list: WordList): string {
  return stringify(
    list.words.map((w) => [guardCell(w.word), w.freq, w.perMillion, w.range, w.dp, w.dpNorm, w.juillandD]),
    { header: true, columns: ['word', 'freq', 'per_million', 'range', 'dp', 'dp_norm', 'juilland_d'], record_delimiter: '\n' },
  );
}

function keywordRows(rows: readonly KeywordRow[]): (string | number)[][] {
  return rows.map((r) => [
    r.word,
    r.target,
    r.reference,
    fixed(r.ll, 2),
    fixed(r.logRatio, 2),
    r.percentDiff === null ? '-' : fixed(r.percentDiff, 1),
    r.p,
  ]);
}

export function renderKeywords(k: Keywords & { reference: string }, style: Style): string {
  const head = ['keyword', 'target', 'reference', 'LL', 'Log Ratio', '%DIFF', 'p <'];
  const align: ('left' | 'right')[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right'];
  const out = [style.dim(`${k.targetTokens} tokens against ${k.referenceTokens} in ${k.reference}`)];
  out.push(k.positive.length ? table(head, keywordRows(k.positive), style, align) : style.dim('no positive keywords'));
  if (k.negative.length) out.push(style.bold('used less than in the reference'), table(head, keywordRows(k.negative), style, align));
  return out.join('\n') + '\n';
}

export function renderKeywordsCsv(k: Keywords): string {
  const rows = [...k.positive.map((r) => ['positive', r] as const), ...k.negative.map((r) => ['negative', r] as const)];
  return stringify(
    rows.map(([kind, r]) => [kind, guardCell(r.word), r.target, r.reference, r.ll, r.ll2, r.logRatio, r.percentDiff ?? '', r.p]),
    {
      header: true,
      columns: ['kind', 'word', 'target', 'reference', 'll', 'll_2term', 'log_ratio', 'percent_diff', 'p'],
      record_delimiter: '\n',
    },
  );
}
