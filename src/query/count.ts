/**
 * Match counts: occurrences of a query per document (or per outlet, or per entity
 * mentioned in the matching paragraphs) and a grand total: what `grep -c` cannot do
 * for stemmed words and phrases.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import type { EntityTable } from '../entities/resolve.js';
import { matchSpans, runQuery, type SearchOptions } from './search.js';

export type CountBy = 'file' | 'outlet' | 'entity';

export interface CountRow {
  readonly key: string;
  readonly occurrences: number;
  readonly paragraphs: number;
}

export interface CountResult {
  readonly query: string;
  readonly by: CountBy;
  readonly total: number;
  readonly paragraphs: number;
  readonly documents: number;
  readonly rows: readonly CountRow[];
}

/** Count occurrences of a query grouped by file, outlet or co-mentioned entity. */
export function countMatches(
  index: CorpusIndex,
  query: string,
  by: CountBy = 'file',
  options: SearchOptions & { entities?: SearchOptions['entities']; table?: EntityTable } = {},
): CountResult {
  const run = runQuery(index, query, options);
  const groups = new Map<string, { occurrences: number; paragraphs: number }>();
  const entitiesByUnit = new Map<number, Set<string>>();
  if (by === 'entity' && options.table) {
    for (const [name, units] of options.table.unitsByEntity) {
      for (const u of units) {
        if (!entitiesByUnit.has(u)) entitiesByUnit.set(u, new Set());
        entitiesByUnit.get(u)!.add(name);
      }
    }
  }
  let total = 0;
  const docs = new Set<number>();
  for (const u of run.units) {
    const n = matchSpans(index, run, u).length;
    total += n;
    const d = index.docOf[u];
    docs.add(d);
    const doc = index.documents[d];
    const keys =
      by === 'file' ? [doc.file] : by === 'outlet' ? [doc.meta.outlet ?? '(unknown)'] : [...(entitiesByUnit.get(u) ?? ['(no entity)'])];
    for (const k of keys) {
      const g = groups.get(k) ?? { occurrences: 0, paragraphs: 0 };
      g.occurrences += n;
      g.paragraphs++;
      groups.set(k, g);
    }
  }
  const rows = [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => (by === 'file' ? a.key.localeCompare(b.key) : b.occurrences - a.occurrences || a.key.localeCompare(b.key)));
  return { query, by, total, paragraphs: run.units.length, documents: docs.size, rows };
}
