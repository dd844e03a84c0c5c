import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../engine/open-corpus.js';
import { unitText } from '../search-index/corpus-index.js';
import { readEntitiesFile, writeEntitiesFile } from '../snapshot/entities-file.js';
import { detectOnThisThread } from './detect-corpus.js';
import { encodeMentions } from './mention-codec.js';
import { columnsOfMentions, decodeMentionColumns, surfaceTable, typeOf } from './mention-columns.js';
import { resolveEntities } from './resolve.js';

const index = await (await openCorpus([], { cache: false })).index();
const textOf = (u: number) => unitText(index, u);
const detected = detectOnThisThread(index);

describe('mention columns', () => {
  it('hold each mention as its object did, from the texts or from the kept string ids alike', () => {
    const encoded = encodeMentions(detected);
    const fromText = columnsOfMentions(detected, textOf);
    const table = surfaceTable(encoded.stream, encoded.count, textOf);
    const fromIds = decodeMentionColumns(encoded.stream, encoded.count, { ids: table.ids, strings: table.strings });
    for (const c of [fromText, fromIds]) {
      expect(c.count).toBe(detected.mentions.length);
      detected.mentions.forEach((m, i) => {
        expect(c.units[i]).toBe(detected.units[i]);
        expect(c.strings[c.surfaces[i]]).toBe(m.surface);
        expect([c.starts[i], c.ends[i], typeOf(c, i)]).toEqual([m.start, m.end, m.type]);
        expect(c.aliases[i] >= 0 ? c.strings[c.aliases[i]] : undefined).toBe(m.parenAlias?.surface);
        expect(c.longForms[i] >= 0 ? c.strings[c.longForms[i]] : undefined).toBe(m.longForm);
      });
    }
    // Each distinct string once.
    expect(new Set(table.strings).size).toBe(table.strings.length);
  });

  it('resolve to the same table as the mention objects', () => {
    const fromObjects = resolveEntities(index, {}, detected);
    const fromColumns = resolveEntities(index, {}, columnsOfMentions(detected, textOf));
    expect(fromColumns.entities).toEqual(fromObjects.entities);
    expect(fromColumns.occurrences).toEqual(fromObjects.occurrences);
    expect([...fromColumns.nameOfKey]).toEqual([...fromObjects.nameOfKey]);
  });
});

describe('entities.bin', () => {
  it('gives back the table it was written from', () => {
    const table = resolveEntities(index, {}, detected);
    const dir = mkdtempSync(path.join(tmpdir(), 'warta-entities-'));
    writeEntitiesFile(dir, 'b1', table);
    expect(readEntitiesFile(dir, 'other build')).toBeNull();
    const kept = readEntitiesFile(dir, 'b1')!;
    expect(kept.entities).toEqual(table.entities);
    expect(new Map(kept.nameOfKey)).toEqual(new Map(table.nameOfKey));
    expect(new Map(kept.unitsByEntity)).toEqual(new Map(table.unitsByEntity));
    expect(kept.unitsByEntity.get('Vladimir Putin')?.length).toBeGreaterThan(1);
  });
});
