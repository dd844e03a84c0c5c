/**
 * `warta entities [PATH...]`: mentions per entity with aliases merged; per file or outlet
 * (--by), or the entities sharing paragraphs with one entity (--with).
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import type { UserAliases } from '../../entities/resolve.js';
import { listEntities } from '../../query/entities.js';
import { coMentions, entitiesByGroup, type EntityGroupBy } from '../../query/entity-groups.js';
import { renderCoMentions, renderEntities, renderEntityGroups } from '../../render/table.js';
import { renderJson } from '../../render/format.js';
import type { Session } from '../session.js';

export interface EntityFlags {
  json?: boolean;
  type?: string;
  top?: number;
  occurrences?: boolean;
  aliases?: string;
  by?: EntityGroupBy;
  with?: string;
}

/** Read a user alias file: {"Canonical Name": ["alias", ...], ...}. */
export function readAliasFile(file: string): UserAliases {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code ? `cannot read alias file ${file} (${code})` : `alias file ${file} is not valid JSON`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(`alias file ${file} must be a JSON object of name -> [aliases]`);
  for (const [k, v] of Object.entries(data)) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
      throw new UsageError(`alias file ${file}: "${k}" must map to a list of strings`);
  }
  return data as UserAliases;
}

export async function runEntities(session: Session, paths: string[], flags: EntityFlags): Promise<number> {
  const aliases = flags.aliases ? readAliasFile(flags.aliases) : undefined;
  if (flags.by && flags.with) throw new UsageError('--by and --with cannot be combined (run them one at a time)');
  const corpus = await session.open(paths);
  const table = await corpus.entities({ aliases, dates: session.dates, skipDocs: await session.skipDocs(corpus) });
  const opts = { type: flags.type, top: flags.top };
  const style = session.outStyle;
  if (flags.by) {
    const groups = entitiesByGroup(table, await corpus.index(), flags.by, opts);
    session.io.out(flags.json ? renderJson(groups) : renderEntityGroups(groups, style));
  } else if (flags.with !== undefined) {
    const co = coMentions(table, await corpus.index(), flags.with, opts);
    session.io.out(flags.json ? renderJson(co) : renderCoMentions(co, style));
  } else {
    const list = listEntities(table, { ...opts, occurrences: flags.occurrences });
    session.io.out(flags.json || flags.occurrences ? renderJson(list) : renderEntities(list, style));
  }
  return session.exitCode();
}
