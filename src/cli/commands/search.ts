/**
 * `warta search QUERY [PATH...]`: ranked paragraphs, concordance lines (--kwic), or
 * counts (--count); one query or a batch (--queries FILE).
 */
import { readFileSync } from 'node:fs';
import { entityResolver } from '../../query/entity-resolver.js';
import { countMatches, type CountBy } from '../../query/count.js';
import { DEFAULT_KWIC, kwic, type KwicSort } from '../../query/kwic.js';
import { DEFAULT_SEARCH, search } from '../../query/search.js';
import { outputFormat, renderJson, renderJsonLines, type OutputFormat } from '../../render/format.js';
import { renderCount, renderKwic } from '../../render/kwic.js';
import { renderSearch } from '../../render/search.js';
import type { CorpusHandle } from '../../engine/index.js';
import type { Session } from '../session.js';
import { UsageError } from '../usage-error.js';

export interface SearchFlags {
  limit?: number;
  json?: boolean;
  jsonl?: boolean;
  any?: boolean;
  lenient?: boolean;
  context: number;
  scores?: boolean;
  explain?: boolean;
  kwic?: boolean;
  sort: KwicSort;
  width: number;
  count?: boolean;
  by?: CountBy;
  queries?: string;
}

/** Run one query in the chosen mode; returns [output, matched]. */
async function runOne(
  session: Session,
  corpus: CorpusHandle,
  query: string,
  flags: SearchFlags,
  format: OutputFormat,
): Promise<[string, boolean]> {
  const index = await corpus.index();
  const style = session.outStyle;
  // One compact JSON result per line when a batch of queries is answered.
  const compact = format === 'jsonl' || !!flags.queries;
  const opts = {
    any: flags.any,
    lenient: flags.lenient,
    entities: /\b(?:entity|type):/.test(query) ? entityResolver(await corpus.entities()) : undefined,
    dates: session.dates,
    skipDocs: await session.skipDocs(corpus),
  };
  if (flags.count || flags.by) {
    const by = flags.by ?? 'file';
    const r = countMatches(index, query, by, { ...opts, table: by === 'entity' ? await corpus.entities() : undefined });
    return [format === 'text' ? renderCount(r, style) : renderJson(r, compact), r.total > 0];
  }
  if (flags.kwic) {
    const r = kwic(index, query, { ...opts, sort: flags.sort, width: flags.width, limit: flags.limit ?? DEFAULT_KWIC.limit });
    const out =
      format === 'jsonl'
        ? renderJsonLines(r.lines, { query, total: r.total })
        : format === 'json'
          ? renderJson(r, compact)
          : renderKwic(r, style, flags.width);
    return [out, r.total > 0];
  }
  const r = search(index, query, { ...opts, limit: flags.limit ?? DEFAULT_SEARCH.limit, context: flags.context, explain: flags.explain });
  const out =
    format === 'jsonl'
      ? renderJsonLines(r.hits, { query, total: r.total, shown: r.hits.length })
      : format === 'json'
        ? renderJson(r, compact)
        : renderSearch(r, style, flags);
  return [out, r.total > 0];
}

async function readQueries(session: Session, file: string): Promise<string[]> {
  let text: string;
  try {
    text = file === '-' ? await session.io.readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read queries from ${file} (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
  return text
    .split(/\r?\n/)
    .map((q) => q.trim())
    .filter((q) => q && !q.startsWith('#'));
}

export async function runSearch(session: Session, query: string | undefined, paths: string[], flags: SearchFlags): Promise<number> {
  let queries: string[];
  if (flags.queries) {
    if (query !== undefined) paths = [query, ...paths];
    queries = await readQueries(session, flags.queries);
    if (queries.length === 0) throw new UsageError(`no queries in ${flags.queries} (one query per line)`);
  } else {
    if (query === undefined) throw new UsageError('missing query (or give --queries FILE)');
    queries = [query];
  }
  const corpus = await session.open(paths);
  const format = outputFormat(flags);
  let matched = false;
  for (const q of queries) {
    const [out, hit] = await runOne(session, corpus, q, flags, format);
    if (flags.queries && format === 'text') session.io.out(session.outStyle.bold(`# ${q}`) + '\n');
    session.io.out(out);
    matched ||= hit;
  }
  return session.exitCode(matched ? 0 : 1);
}
