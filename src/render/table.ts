/**
 * Tables for `stats` and `entities`: the only importer of cli-table3.
 */
import Table from 'cli-table3';
import type { EntityList } from '../query/entities.js';
import type { CorpusStats } from '../query/stats.js';
import type { Style } from './style.js';
import { escapeTerminal } from './escape.js';

function table(head: string[], rows: (string | number)[][], style: Style, align?: ('left' | 'right')[]): string {
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
    ],
    style,
    ['left', 'right'],
  );
  const rules = Object.entries(s.removedByRule).sort((a, b) => b[1] - a[1]);
  const removed = rules.length ? table(['removed by rule', 'lines'], rules, style, ['left', 'right']) : '';
  const terms = table(['top word (stem or name)', 'count', 'documents'], s.topTerms.map((t) => [t.term, t.count, t.documents]), style, ['left', 'right', 'right']);
  const ents = table(['top entity', 'type', 'mentions'], s.topEntities.map((e) => [e.name, e.type, e.mentions]), style, ['left', 'left', 'right']);
  return [overview, removed, terms, ents].filter(Boolean).join('\n') + '\n';
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
