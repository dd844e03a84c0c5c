/**
 * `warta trend QUERY... [PATH...]`: occurrences of each query (or, with --entity,
 * mentions of each entity) per day, week, month or year, side by side.
 */
import { existsSync } from 'node:fs';
import type { Period } from '../../dates/day-number.js';
import { entityTrend, queryTrend } from '../../query/trend.js';
import { renderJson } from '../../render/format.js';
import { renderTrend, renderTrendCsv } from '../../render/trend.js';
import type { Session } from '../session.js';
import { checkOneFormat, UsageError } from '../usage-error.js';

export interface TrendFlags {
  by: Period;
  entity?: boolean;
  any?: boolean;
  lenient?: boolean;
  json?: boolean;
  csv?: boolean;
}

/** Split the arguments: queries first, then the paths that exist (a folder or file named like a query is a path). */
export function splitTrendArgs(args: readonly string[]): { queries: string[]; paths: string[] } {
  let cut = args.length;
  while (cut > 1 && existsSync(args[cut - 1])) cut--;
  return { queries: args.slice(0, cut), paths: args.slice(cut) };
}

export async function runTrend(session: Session, args: string[], flags: TrendFlags): Promise<number> {
  checkOneFormat(flags);
  const { queries, paths } = splitTrendArgs(args);
  if (!queries.length || queries.every((q) => !q.trim()))
    throw new UsageError('trend needs at least one query (or entity name with --entity)');
  const dates = session.dates;
  const corpus = await session.open(paths);
  const index = await corpus.index();
  const skipDocs = await session.skipDocs(corpus);
  const trend = flags.entity
    ? entityTrend(await corpus.entities(), index, queries, flags.by, dates, skipDocs)
    : queryTrend(index, queries, flags.by, { any: flags.any, lenient: flags.lenient, dates, skipDocs });
  session.io.out(flags.json ? renderJson(trend) : flags.csv ? renderTrendCsv(trend) : renderTrend(trend, session.outStyle));
  return session.exitCode();
}
