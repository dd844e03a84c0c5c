/**
 * `warta search QUERY [PATH...]`: ranked paragraphs with highlighted matches.
 */
import type { EntityResolver } from '../../query/evaluate.js';
import { search } from '../../query/search.js';
import { renderSearch } from '../../render/search.js';
import { entityKey } from '../../entities/gazetteer.js';
import type { Session } from '../session.js';
import { ENTITY_TYPES } from '../../query/entities.js';

export interface SearchFlags {
  limit: number;
  json?: boolean;
  any?: boolean;
  lenient?: boolean;
  context: number;
  scores?: boolean;
  explain?: boolean;
}

export async function runSearch(session: Session, query: string, paths: string[], flags: SearchFlags): Promise<number> {
  const index = await session.indexOf(paths);
  const needsEntities = /\b(?:entity|type):/.test(query);
  let resolver: EntityResolver | undefined;
  if (needsEntities) {
    const table = await session.entities(paths);
    resolver = {
      unitsForEntity: (name) => table.unitsByEntity.get(table.nameOfKey.get(entityKey(name)) ?? name) ?? new Uint32Array(0),
      unitsForType: (type) => {
        const t = type.toUpperCase();
        if (!(ENTITY_TYPES as readonly string[]).includes(t)) return new Uint32Array(0);
        const units = new Set<number>();
        for (const e of table.entities) if (e.type === t) for (const u of table.unitsByEntity.get(e.name) ?? []) units.add(u);
        return Uint32Array.from(units).sort();
      },
    };
  }
  const result = search(index, query, { ...flags, entities: resolver });
  session.io.out(flags.json ? JSON.stringify(result, null, 2) + '\n' : renderSearch(result, session.outStyle, flags));
  return session.exitCode(result.total > 0 ? 0 : 1);
}
