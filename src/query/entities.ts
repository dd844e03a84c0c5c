/**
 * `entities`: the resolved entity table filtered and cut for display.
 */
import type { Entity, EntityTable, Occurrence } from '../entities/resolve.js';
import { OptionError } from '../errors.js';

export interface EntityQueryOptions {
  /** Only this type: PER, ORG, LOC or MISC. */
  type?: string;
  /** Keep the N most mentioned (default: all). */
  top?: number;
  /** Include every mention (default: `false`). */
  occurrences?: boolean;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface EntityList {
  readonly entities: readonly Entity[];
  readonly occurrences?: readonly Occurrence[];
}

export function listEntities(table: EntityTable, options: EntityQueryOptions = {}): EntityList {
  const type = options.type?.toUpperCase();
  if (type && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new OptionError(`unknown entity type ${options.type} (use PER, ORG, LOC or MISC)`);
  }
  let entities = table.entities.filter((e) => !type || e.type === type);
  if (options.top !== undefined) entities = entities.slice(0, options.top);
  if (!options.occurrences) return { entities };
  const names = new Set(entities.map((e) => e.name));
  return { entities, occurrences: table.occurrences.filter((o) => names.has(o.entity)) };
}
