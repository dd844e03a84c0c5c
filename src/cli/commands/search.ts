/**
 * `warta search QUERY [PATH...]`: ranked paragraphs, concordance lines (--kwic), or
 * counts (--count); one query or a batch (--queries FILE).
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { entityKey } from '../../entities/gazetteer.js';
import type { CorpusIndex } from '../../search-index/corpus-index.js';
import { countMatches, type CountBy } from '../../query/count.js';
import { ENTITY_TYPES } from '../../query/entities.js';
import type { EntityResolver } from '../../query/evaluate.js';
import { kwic, type KwicSort } from '../../query/kwic.js';
import { search } from '../../query/search.js';
import { renderCount, renderKwic } from '../../render/kwic.js';
import { renderSearch } from '../../render/search.js';
import type { Session } from '../session.js';

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

async function resolverFor(session: Session, paths: string[], queries: string[]): Promise<EntityResolver | undefined> {
  if (!queries.some((q) => /\b(?:entity|type):/.test(q))) return undefined;
  const table = await session.entities(paths);
  return {
    unitsForEntity: (name) => table.unitsByEntity.get(table.nameOfKey.get(entityKey(name)) ?? name) ?? new Uint32Array(0),
    unitsForType: (type) => {
      const t = type.toUpperCase();
      if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new UsageError(`unknown entity type ${type} (use PER, ORG, LOC or MISC)`);
      const units = new Set<number>();
      for (const e of table.entities) if (e.type === t) for (const u of table.unitsByEntity.get(e.name) ?? []) units.add(u);
      return Uint32Array.from(units).sort();
    },
  };
}

/** Run one query in the chosen mode; returns [output, matched]. */
async function runOne(session: Session, index: CorpusIndex, paths: string[], query: string, flags: SearchFlags, entities?: EntityResolver): Promise<[string, boolean]> {
  const style = session.outStyle;
  const opts = { any: flags.any, lenient: flags.lenient, entities };
  if (flags.count || flags.by) {
    const by = flags.by ?? 'file';
    const table = by === 'entity' ? await session.entities(paths) : undefined;
    const r = countMatches(index, query, by, { ...opts, table });
    return [flags.json || flags.jsonl ? JSON.stringify(r, null, flags.jsonl || flags.queries ? 0 : 2) + '\n' : renderCount(r, style), r.total > 0];
  }
  if (flags.kwic) {
    const r = kwic(index, query, { ...opts, sort: flags.sort, width: flags.width, limit: flags.limit ?? 100 });
    if (flags.jsonl) return [r.lines.map((l) => JSON.stringify(l)).join('\n') + (r.lines.length ? '\n' : '') + JSON.stringify({ query, total: r.total }) + '\n', r.total > 0];
    return [flags.json ? JSON.stringify(r, null, flags.queries ? 0 : 2) + '\n' : renderKwic(r, style, flags.width), r.total > 0];
  }
  const r = search(index, query, { ...opts, limit: flags.limit ?? 10, context: flags.context, explain: flags.explain });
  if (flags.jsonl) return [r.hits.map((h) => JSON.stringify(h)).join('\n') + (r.hits.length ? '\n' : '') + JSON.stringify({ query, total: r.total, shown: r.hits.length }) + '\n', r.total > 0];
  return [flags.json ? JSON.stringify(r, null, flags.queries ? 0 : 2) + '\n' : renderSearch(r, style, flags), r.total > 0];
}

async function readQueries(session: Session, file: string): Promise<string[]> {
  let text: string;
  try {
    text = file === '-' ? await session.io.readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read queries from ${file} (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
  return text.split(/\r?\n/).map((q) => q.trim()).filter((q) => q && !q.startsWith('#'));
}

export async function runSearch(session: Session, query: string | undefined, paths: string[], flags: SearchFlags): Promise<number> {
  if (flags.by && !['file', 'outlet', 'entity'].includes(flags.by)) throw new UsageError(`--by takes file, outlet or entity, not ${flags.by}`);
  let queries: string[];
  if (flags.queries) {
    if (query !== undefined) paths = [query, ...paths];
    queries = await readQueries(session, flags.queries);
    if (queries.length === 0) throw new UsageError(`no queries in ${flags.queries} (one query per line)`);
  } else {
    if (query === undefined) throw new UsageError('missing query (or give --queries FILE)');
    queries = [query];
  }
  const index = await session.indexOf(paths);
  const entities = await resolverFor(session, paths, queries);
  let matched = false;
  for (const q of queries) {
    const [out, hit] = await runOne(session, index, paths, q, flags, entities);
    if (flags.queries && !flags.json && !flags.jsonl) session.io.out(session.outStyle.bold(`# ${q}`) + '\n');
    session.io.out(out);
    matched ||= hit;
  }
  return session.exitCode(matched ? 0 : 1);
}
