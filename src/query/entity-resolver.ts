/**
 * The `entity:NAME` and `type:TYPE` query terms answered from an entity table: the
 * paragraph units that mention an entity (under any alias) or any entity of a type.
 */
import { entityKey } from '../entities/gazetteer.js';
import type { EntityTable } from '../entities/resolve.js';
import { OptionError } from '../errors.js';
import { ENTITY_TYPES } from './entities.js';
import type { EntityResolver } from './evaluate.js';

/** A resolver over the table (throws OptionError for an unknown type). */
export function entityResolver(table: EntityTable): EntityResolver {
  return {
    unitsForEntity: (name) => table.unitsByEntity.get(table.nameOfKey.get(entityKey(name)) ?? name) ?? new Uint32Array(0),
    unitsForType: (type) => {
      const t = type.toUpperCase();
      if (!(ENTITY_TYPES as readonly string[]).includes(t))
        throw new OptionError(`unknown entity type ${type} (use PER, ORG, LOC or MISC)`);
      const units = new Set<number>();
      for (const e of table.entities) if (e.type === t) for (const u of table.unitsByEntity.get(e.name) ?? []) units.add(u);
      return Uint32Array.from(units).sort();
    },
  };
}
