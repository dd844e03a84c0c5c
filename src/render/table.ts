/**
 * Tables for `stats` and `entities`: the only importer of cli-table3.
 */
import Table from 'cli-table3';
import path from 'node:path';
import type { EntityList } from '../query/entities.js';
import type { CoMentions, EntityGroups } from '../query/entity-groups.js';
import type { CorpusStats } from '../query/stats.js';
import type { Style } from './style.js';
import { escapeTerminal } from './escape.js';
import { sparkline } from './trend.js';

/** A number with `d` decimals, or "-" when it is not finite. */
export const fixed = (x: number, d: number) => (Number.isFinite(x) ? x.toFixed(d) : '-');

/** A compact table with bold headings; every cell escaped for the terminal. */
export function table(head: string[], rows: (string | number)[][], style: Style, align?: ('left' | 'right')[]): string {
  const t = new Table({
    head: head.map((h) => style.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: align,
    wordWrap: true,
  });
  t.push(...rows.map((r) => r.map((c) => escapeTerminal(String(c)))));
  return t.toString();
}

export function renderStats(s: CorpusStats, style: Style): string {
  const overview = table(
    ['corpus', 'count'],
    [
      ['files', s.files],
      ['files skipped', s.skippedFiles],
      ['documents', s.documents],
      ['documents without text', s.emptyDocuments],
      ['paragraphs', s.paragraphs],
      ['tokens', s.tokens],
      ['distinct words', s.types],
      ['lines removed', s.removedLines],
      ['dated documents', s.dates.dated],
      ['documents without a date', s.dates.undated],
      ['first date', s.dates.first ?? '-'],
      ['last date', s.dates.last ?? '-'],
    ],
    style,
    ['left', 'right'],
  );
  const months = s.dates.perMonth;
  const perMonth = months.length
    ? `documents per month  ${style.dim(months[0].month)} ${style.score(sparkline(months.map((m) => m.articles)))} ${style.dim(months[months.length - 1].month)}  (peak ${
        months.reduce((a, b) => (b.articles > a.articles ? b : a)).month
      })\n`
    : '';
  const rules = Object.entries(s.removedByRule).sort((a, b) => b[1] - a[1]);
  const removed = rules.length ? table(['removed by rule', 'lines'], rules, style, ['left', 'right']) : '';
  const terms = table(
    ['top word (stem or name)', 'count', 'documents'],
    s.topTerms.map((t) => [t.term, t.count, t.documents]),
    style,
    ['left', 'right', 'right'],
  );
  const ents = table(
    ['top entity', 'type', 'mentions'],
    s.topEntities.map((e) => [e.name, e.type, e.mentions]),
    style,
    ['left', 'left', 'right'],
  );
  return [overview, perMonth, removed, terms, ents].filter(Boolean).join('\n') + '\n';
}

export function renderEntities(list: EntityList, style: Style): string {
  if (list.entities.length === 0) return 'no entities found\n';
  return (
    table(
      ['entity', 'type', 'aliases seen', 'mentions', 'documents'],
      list.entities.map((e) => [e.name, e.type, e.aliases.join(', '), e.mentions, e.documents]),
      style,
      ['left', 'left', 'left', 'right', 'right'],
    ) + '\n'
  );
}

/** Group columns shown before the rest are summed into "other". */
const MAX_GROUP_COLUMNS = 8;

export function renderEntityGroups(g: EntityGroups, style: Style): string {
  if (g.entities.length === 0) return 'no entities found\n';
  const shown = g.groups.slice(0, MAX_GROUP_COLUMNS);
  const rest = g.groups.length - shown.length;
  const label = (s: string) => (g.by === 'file' ? path.basename(s).replace(/\.txt$/i, '') : s);
  const head = ['entity', 'type', ...shown.map(label), ...(rest ? [`other (${rest})`] : []), 'total'];
  const rows = g.entities.map((e) => {
    const cells = shown.map((s) => e.counts[s] ?? 0);
    const other = e.mentions - cells.reduce((a, b) => a + b, 0);
    return [e.name, e.type, ...cells, ...(rest ? [other] : []), e.mentions];
  });
  const note = rest ? style.dim(`\n${rest} more ${g.by === 'file' ? 'files' : 'outlets'} summed in "other"; --json lists every one`) : '';
  return table(head, rows, style, ['left', 'left', ...head.slice(2).map(() => 'right' as const)]) + note + '\n';
}

export function renderCoMentions(c: CoMentions, style: Style): string {
  const title = `${style.bold(c.entity.name)} (${c.entity.type}) is mentioned in ${c.paragraphs} of ${c.corpusParagraphs} paragraphs`;
  if (c.with.length === 0) return `${title}; no other entity shares a paragraph with it\n`;
  return (
    `${title}; entities in the same paragraphs:\n` +
    table(
      ['entity', 'type', 'shared paragraphs', 'its paragraphs', 'PMI', 'logDice', 'LL'],
      c.with.map((w) => [w.name, w.type, w.paragraphs, w.entityParagraphs, w.pmi.toFixed(2), w.logDice.toFixed(2), w.ll.toFixed(2)]),
      style,
      ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    ) +
    style.dim(
      '\nPMI = log2(P(both) / (P(one) P(other))) over paragraphs: above 0, they appear together more often than chance; logDice and LL as in warta collocates',
    ) +
    '\n'
  );
}
