import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import type { DocId } from '../model.js';
import { processText } from '../pipeline/load.js';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { isAbbreviationOf } from './abbreviation.js';
import { resolveEntities } from './resolve.js';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
const docs = seeds.map((f) => processText(f as DocId, f, readFileSync(new URL(f, seedsDir), 'utf8')));
const table = resolveEntities(buildCorpusIndex(docs));
const byName = (n: string) => table.entities.find((e) => e.name === n);

describe('entities on the seeds', () => {
  it('lists the main people, countries and organisations with aliases merged', () => {
    expect(byName('Vladimir Putin')).toMatchObject({ type: 'PER' });
    expect(byName('Vladimir Putin')!.aliases).toContain('Putin');
    expect(byName('Korea Utara')).toMatchObject({ type: 'LOC' });
    expect(byName('Korea Utara')!.aliases).toContain('Korut');
    expect(byName('Amerika Serikat')!.aliases).toContain('AS');
    expect(byName('Rusia')).toMatchObject({ type: 'LOC', documents: 5 });
    expect(byName('Ukraina')).toMatchObject({ type: 'LOC', documents: 5 });
    expect(byName('Kementerian Luar Negeri')).toMatchObject({ type: 'ORG' });
  });
  it('keeps the original acronym of a translated organisation name as its alias', () => {
    expect(byName('Pengadilan Kriminal Internasional')!.aliases).toContain('ICC');
    expect(byName('Kantor Berita Pusat Korea')!.aliases).toContain('KCNA');
    expect(byName('ICC')).toBeUndefined();
  });
  it('never lists aliases as separate entities', () => {
    for (const n of ['Putin', 'Korut', 'AS', 'Zelensky', 'Peskov', 'Kim Jong-un', 'Guterres', 'António Guterres'])
      expect(byName(n), n).toBeUndefined();
  });
  it('keeps different people who share words apart', () => {
    expect(byName('Kim Jong-gyu')).toMatchObject({ type: 'PER' });
    expect(byName('Kim Jong Un')!.aliases).not.toContain('Kim Jong-gyu');
  });
  it('lists no titles, days, months or sentence openers', () => {
    const names = table.entities.map((e) => e.name);
    for (const junk of ['Presiden', 'Namun', 'Kamis', 'November', 'Menteri', 'Juru', 'Pada', 'Hal', 'Dalam', 'Ini'])
      expect(names).not.toContain(junk);
  });
  it('counts "Korea Utara (Korut)" as one mention', () => {
    const d = tinyCorpus([['Korea Utara (Korut) mengirim pasukan. Korut membantah.']]);
    const t = resolveEntities(buildCorpusIndex(d));
    expect(t.entities.find((e) => e.name === 'Korea Utara')).toMatchObject({ mentions: 2 });
  });
  it('gives occurrence offsets that slice back to the mention', () => {
    for (const o of table.occurrences.slice(0, 200)) {
      const doc = docs.find((d) => d.id === o.document)!;
      expect(doc.paragraphs[o.paragraph].text.slice(o.start, o.end)).toBe(o.text);
    }
  });
  it('links a lone surname to the full name in its document whatever type the tagger gave it', () => {
    const d = tinyCorpus([['Presiden Rusia Vladimir Putin tiba di Jakarta.', 'Peskov mengatakan Putin tidak akan hadir.']]);
    const t = resolveEntities(buildCorpusIndex(d));
    expect(t.entities.find((e) => e.name === 'Vladimir Putin')).toMatchObject({ mentions: 2 });
    expect(t.entities.find((e) => e.name === 'Putin')).toBeUndefined();
  });
  it('does not take the acronym of a larger body for a translated name', () => {
    const d = tinyCorpus([['Anggota Gerakan Muda Partai Golkar (GMPG) datang ke Jakarta.', 'Partai Golkar menolak.']]);
    const t = resolveEntities(buildCorpusIndex(d));
    for (const e of t.entities) if (e.name.includes('Golkar') && !e.name.includes('Gerakan')) expect(e.aliases).not.toContain('GMPG');
  });
  it('counts a party named with and without "Partai" as one organisation', () => {
    const d = tinyCorpus([['Partai Golkar menggelar rapat di Jakarta.'], ['Kader Golkar di daerah menolak keputusan itu.']]);
    const t = resolveEntities(buildCorpusIndex(d));
    expect(t.entities.find((e) => e.name === 'Partai Golkar')).toMatchObject({ type: 'ORG', mentions: 2 });
    expect(t.entities.find((e) => e.name === 'Golkar')).toBeUndefined();
  });
  it('counts a place named inside a longer place for that place', () => {
    const d = tinyCorpus([
      [
        'Pasukan itu tiba di Ibu Kota Ukraina pada Senin.',
        'Tentara berada di provinsi Kursk Rusia sejak Oktober.',
        'Presiden Federasi Rusia berbicara.',
      ],
    ]);
    const t = resolveEntities(buildCorpusIndex(d));
    const count = (n: string) => t.entities.find((e) => e.name === n)?.mentions ?? 0;
    expect(count('Ukraina')).toBe(1);
    expect(count('Kursk')).toBe(1);
    expect(count('Rusia')).toBe(2);
  });
  it('lets user aliases override', () => {
    const d = tinyCorpus([['Presiden Jokowi bertemu Joko Widodo di Jakarta.']]);
    const t = resolveEntities(buildCorpusIndex(d), { aliases: { 'Joko Widodo': ['Jokowi'] } });
    expect(t.entities.find((e) => e.name === 'Joko Widodo')).toMatchObject({ mentions: 2 });
  });
});

describe('Schwartz & Hearst alignment', () => {
  it.each([
    ['Korut', 'Korea Utara', true],
    ['Kemlu', 'Kementerian Luar Negeri', true],
    ['AS', 'Amerika Serikat', true],
    ['NIS', 'Badan Intelijen Nasional', false],
    ['ICC', 'Pengadilan Kriminal Internasional', false],
  ])('%s abbreviates %s: %s', (s, l, ok) => expect(isAbbreviationOf(s, l)).toBe(ok));
});
