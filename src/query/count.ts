/**
 * Match counts: occurrences of a query per document (or per outlet, per entity
 * mentioned in the matching paragraphs, or per day, week, month or year of publication)
 * and a grand total: what `grep -c` cannot do for stemmed words and phrases. Periods run
 * from the first to the last with a match, empty ones as zeros; undated articles count
 * under "(no date)".
 */
import { type CorpusIndex, fileOfDocument } from '../search-index/corpus-index.js';
import type { EntityTable } from '../entities/resolve.js';
import { matchSpans, runQuery, type SearchOptions } from './search.js';
import { firstDayOf, NO_DATE, type Period, PERIODS, periodOf, periodsBetween } from '../dates/day-number.js';

const isPeriod = (by: CountBy): by is Period => (PERIODS as readonly string[]).includes(by);

/** Rows per period from the first to the last, empty ones as zeros, then the undated. */
function periodRows(groups: ReadonlyMap<string, { occurrences: number; paragraphs: number }>, by: Period): CountRow[] {
  const labels = [...groups.keys()].filter((k) => k !== NO_DATE).sort();
  const rows: CountRow[] = [];
  if (labels.length) {
    const [first, last] = [firstDayOf(labels[0], by), firstDayOf(labels[labels.length - 1], by)];
    for (const key of periodsBetween(first, last, by)) rows.push({ key, ...(groups.get(key) ?? { occurrences: 0, paragraphs: 0 }) });
  }
  const undated = groups.get(NO_DATE);
  if (undated) rows.push({ key: NO_DATE, ...undated });
  return rows;
}

export type CountBy = 'file' | 'outlet' | 'entity' | Period;

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
    const day = index.docDay[d];
    const keys = isPeriod(by)
      ? [day ? periodOf(day, by) : NO_DATE]
      : by === 'file'
        ? [fileOfDocument(index, d)]
        : by === 'outlet'
          ? [index.documents[d].meta.outlet ?? '(unknown)']
          : [...(entitiesByUnit.get(u) ?? ['(no entity)'])];
    for (const k of keys) {
      const g = groups.get(k) ?? { occurrences: 0, paragraphs: 0 };
      g.occurrences += n;
      g.paragraphs++;
      groups.set(k, g);
    }
  }
  if (isPeriod(by)) return { query, by, total, paragraphs: run.units.length, documents: docs.size, rows: periodRows(groups, by) };
  const rows = [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => (by === 'file' ? a.key.localeCompare(b.key) : b.occurrences - a.occurrences || a.key.localeCompare(b.key)));
  return { query, by, total, paragraphs: run.units.length, documents: docs.size, rows };
}
