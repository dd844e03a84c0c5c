/**
 * `trend`: how often each of several queries (occurrences) or entities (mentions) appears
 * per day, week, month or year of publication, side by side. Periods run from the first
 * to the last dated match of any series, empty ones as zeros; matches in undated
 * articles are counted apart, never given a period.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import type { EntityTable } from '../entities/resolve.js';
import { findEntity } from './entity-groups.js';
import type { DayRange } from '../dates/date-range.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { type Period, periodOf, periodsBetween } from '../dates/day-number.js';
import { matchSpans, runQuery, type SearchOptions } from './search.js';

export interface TrendSeries {
  /** The query or the entity's canonical name. */
  readonly label: string;
  /** Count per period, in the order of `periods`. */
  readonly counts: readonly number[];
  /** Dated matches (the sum of counts). */
  readonly total: number;
  /** Matches in articles without a date. */
  readonly undated: number;
}

export interface Trend {
  readonly by: Period;
  /** What is counted: query occurrences, or entity mentions. */
  readonly measure: 'occurrences' | 'mentions';
  readonly periods: readonly string[];
  readonly series: readonly TrendSeries[];
}

/** Per-document counts of one series -> the series over `periods`. */
function seriesOf(
  label: string,
  perDoc: ReadonlyMap<number, number>,
  index: CorpusIndex,
  by: Period,
  periods: readonly string[],
): TrendSeries {
  const at = new Map(periods.map((p, i) => [p, i]));
  const counts = new Array<number>(periods.length).fill(0);
  let undated = 0;
  for (const [d, n] of perDoc) {
    const day = index.docDay[d];
    if (!day) undated += n;
    else counts[at.get(periodOf(day, by))!] += n;
  }
  return { label, counts, total: counts.reduce((a, b) => a + b, 0), undated };
}

/** Build the trend of per-document counts, one map per series. */
function trendOf(
  labels: readonly string[],
  perDoc: readonly Map<number, number>[],
  index: CorpusIndex,
  by: Period,
  measure: Trend['measure'],
): Trend {
  let first = Infinity;
  let last = 0;
  for (const m of perDoc)
    for (const d of m.keys()) {
      const day = index.docDay[d];
      if (day) [first, last] = [Math.min(first, day), Math.max(last, day)];
    }
  const periods = last ? periodsBetween(first, last, by) : [];
  return { by, measure, periods, series: labels.map((l, i) => seriesOf(l, perDoc[i], index, by, periods)) };
}

const add = (m: Map<number, number>, d: number, n: number) => m.set(d, (m.get(d) ?? 0) + n);

/** Occurrences of each query per period. */
export function queryTrend(index: CorpusIndex, queries: readonly string[], by: Period, options: SearchOptions = {}): Trend {
  const perDoc = queries.map((q) => {
    const run = runQuery(index, q, options);
    const m = new Map<number, number>();
    for (const u of run.units) add(m, index.docOf[u], matchSpans(index, run, u).length);
    return m;
  });
  return trendOf(queries, perDoc, index, by, 'occurrences');
}

/** Mentions of each entity (any alias) per period; throws UnknownEntityError for a name no entity has. */
export function entityTrend(
  table: EntityTable,
  index: CorpusIndex,
  names: readonly string[],
  by: Period,
  dates?: DayRange | null,
  skipDocs?: Uint8Array | null,
): Trend {
  const canonical = names.map((n) => findEntity(table, n).name);
  const docOfId = new Map(index.documents.map((d, i) => [d.id as string, i]));
  const perDoc = canonical.map(() => new Map<number, number>());
  const which = new Map(canonical.map((n, i) => [n, i]));
  const keep = keptDocuments(index, dates, skipDocs);
  for (const o of table.occurrences) {
    const i = which.get(o.entity);
    if (i === undefined) continue;
    const d = docOfId.get(o.document)!;
    if (keep && !keep(d)) continue;
    add(perDoc[i], d, 1);
  }
  return trendOf(canonical, perDoc, index, by, 'mentions');
}
