/**
 * The resolved entity table of a snapshot (entities.bin), with the built-in aliases only:
 * the entity list, every alias key's entity, and the paragraph units of each entity (one
 * variable-byte stream of gaps), in a container with the snapshot's build id. Listing,
 * `--with` and `stats` on a snapshot read this instead of resolving every mention again;
 * what needs each mention (`--occurrences`, `--by`, user aliases) still resolves them.
 */
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { Entity, EntityTable } from '../entities/resolve.js';
import type { EntityType } from '../entities/gazetteer.js';
import { replaceFile } from '../pending-files.js';
import { VByteReader, VByteWriter } from '../vbyte.js';
import { readPart, writeContainer } from './container.js';

export const ENTITIES_FILE = 'entities.bin';

type StoredEntity = [name: string, type: EntityType, mentions: number, documents: number, aliases: string[]];

/** The parts of a table kept on disk. */
export type KeptTable = Omit<EntityTable, 'occurrences'>;

const json = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8');

/** Write entities.bin into `dir` for snapshot `build` (temporary file, then rename). */
export function writeEntitiesFile(dir: string, build: string, table: KeptTable): void {
  const number = new Map(table.entities.map((e, i) => [e.name, i]));
  const units = new VByteWriter();
  for (const e of table.entities) {
    const list = table.unitsByEntity.get(e.name) ?? new Uint32Array(0);
    units.push(list.length);
    let prev = 0;
    for (const u of list) {
      units.push(u - prev);
      prev = u;
    }
  }
  const stored: StoredEntity[] = table.entities.map((e) => [e.name, e.type, e.mentions, e.documents, [...e.aliases]]);
  const keys = [...table.nameOfKey].map(([k, name]) => [k, number.get(name) ?? -1]);
  replaceFile(path.join(dir, ENTITIES_FILE), [], (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      writeContainer(fd, build, { entities: stored.length }, { eList: json(stored), eKeys: json(keys), eUnits: units.finish() });
    } finally {
      closeSync(fd);
    }
  });
}

/** The table kept in `dir` for snapshot `build`, or null (none, another build, unreadable). */
export function readEntitiesFile(dir: string, build: string): KeptTable | null {
  return readPart(path.join(dir, ENTITIES_FILE), build, (c) => {
    const parse = (name: string) => JSON.parse(Buffer.from(c.readBytes(name)).toString('utf8'));
    const entities: Entity[] = (parse('eList') as StoredEntity[]).map(([name, type, mentions, documents, aliases]) => ({
      name,
      type,
      aliases,
      mentions,
      documents,
    }));
    const keyPairs = parse('eKeys') as [string, number][];
    const unitBytes = c.readBytes('eUnits');
    // Built on first use: a plain listing needs neither.
    let nameOfKey: Map<string, string> | null = null;
    let unitsByEntity: Map<string, Uint32Array> | null = null;
    return {
      entities,
      get nameOfKey() {
        return (nameOfKey ??= new Map(keyPairs.filter(([, i]) => i >= 0).map(([k, i]) => [k, entities[i].name])));
      },
      get unitsByEntity() {
        if (!unitsByEntity) {
          unitsByEntity = new Map();
          const r = new VByteReader(unitBytes);
          for (const e of entities) {
            const list = new Uint32Array(r.next());
            let u = 0;
            for (let k = 0; k < list.length; k++) list[k] = u += r.next();
            unitsByEntity.set(e.name, list);
          }
        }
        return unitsByEntity;
      },
    };
  });
}
