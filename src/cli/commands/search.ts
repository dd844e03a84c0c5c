/**
 * `warta search QUERY [PATH...]`: ranked paragraphs, concordance lines (--kwic), or
 * counts (--count); one query or a batch (--queries FILE).
 */
import { readFileSync } from 'node:fs';
import { entityResolver } from '../../query/entity-resolver.js';
import { countMatches, type CountBy } from '../../query/count.js';
import { DEFAULT_KWIC, kwic, type KwicSort } from '../../query/kwic.js';
import { DEFAULT_SEARCH, search } from '../../query/search.js';
import { searchArticles } from '../../query/articles.js';
import { suggestWords, withFallback } from '../../query/fallback.js';
import { QueryError } from '../../errors.js';
import { outputFormat, renderJson, renderJsonLines, type OutputFormat } from '../../render/format.js';
import { renderCount, renderKwic } from '../../render/kwic.js';
import { renderArticles, renderSearch } from '../../render/search.js';
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
  articles?: boolean;
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
  const ranked = { ...opts, limit: flags.limit ?? DEFAULT_SEARCH.limit, context: flags.context, explain: flags.explain };
  // Plain words that match nothing together are searched again with any of them; nothing at all gets suggestions.
  const { result: r, relaxed } = flags.articles
    ? withFallback(query, flags.any, (any) => searchArticles(index, query, { ...ranked, any }))
    : withFallback(query, flags.any, (any) => search(index, query, { ...ranked, any }));
  // Words the corpus never has get suggestions, whether or not other words (or, with --any, their close forms) found something.
  const suggestions = suggestWords(index, query);
  if (relaxed && format === 'text')
    session.io.err(`warta: no paragraph holds all the words of "${query}"; showing the ones holding most of them (as with --any)\n`);
  if (suggestions.length && format === 'text')
    session.io.err(`warta: did you mean ${suggestions.map((s) => `${s.word} -> ${s.suggestions.join(' / ')}`).join(', ')}?\n`);
  const extra = { ...(relaxed ? { relaxed } : {}), ...(suggestions.length ? { suggestions } : {}) };
  const json = { ...r, ...extra };
  const items = 'articles' in r ? r.articles : r.hits;
  const out =
    format === 'jsonl'
      ? renderJsonLines(items, { query, total: r.total, shown: items.length, ...extra })
      : format === 'json'
        ? renderJson(json, compact)
        : 'articles' in r
          ? renderArticles(r, style, flags)
          : renderSearch(r, style, flags);
  return [out, r.total > 0];
}

async function readQueries(session: Session, file: string): Promise<{ query: string; line: number }[]> {
  let text: string;
  try {
    text = file === '-' ? await session.io.readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read queries from ${file} (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
  return text
    .split(/\r?\n/)
    .map((q, i) => ({ query: q.trim(), line: i + 1 }))
    .filter((q) => q.query && !q.query.startsWith('#'));
}

export async function runSearch(session: Session, query: string | undefined, paths: string[], flags: SearchFlags): Promise<number> {
  if (flags.articles && (flags.kwic || flags.count || flags.by))
    throw new UsageError('--articles ranks articles; it does not combine with --kwic or --count');
  let queries: { query: string; line: number }[];
  if (flags.queries) {
    if (query !== undefined) paths = [query, ...paths];
    queries = await readQueries(session, flags.queries);
    if (queries.length === 0) throw new UsageError(`no queries in ${flags.queries} (one query per line)`);
  } else {
    if (query === undefined) throw new UsageError('missing query (or give --queries FILE)');
    queries = [{ query, line: 0 }];
  }
  const corpus = await session.open(paths);
  const format = outputFormat(flags);
  let matched = false;
  let failed = 0;
  for (const { query: q, line } of queries) {
    let answer: [string, boolean];
    try {
      answer = await runOne(session, corpus, q, flags, format);
    } catch (err) {
      // In a batch, a query that does not parse gets its own answer and the batch goes on.
      if (!flags.queries || !(err instanceof QueryError)) throw err;
      failed++;
      if (format === 'text') session.io.err(`warta: ${flags.queries} line ${line}: ${err.message}\n`);
      else session.io.out(renderJson({ query: q, error: { message: err.reason, column: err.column ?? null } }, true));
      continue;
    }
    const [out, hit] = answer;
    if (flags.queries && format === 'text') session.io.out(session.outStyle.bold(`# ${q}`) + '\n');
    session.io.out(out);
    matched ||= hit;
  }
  if (failed) return 2;
  return session.exitCode(matched ? 0 : 1);
}
