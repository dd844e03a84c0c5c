import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import { searchArticles } from './articles.js';
import { suggestWords, isPlainWords, withFallback } from './fallback.js';
import { search } from './search.js';
import { idf } from '../search-index/bm25.js';

/** A word's coordination weight by brute force: idf over the paragraphs holding it. */
const weightOf = (paragraphs: string[], word: string) =>
  idf(paragraphs.length, paragraphs.filter((p) => p.toLowerCase().includes(word)).length);

const docs = tinyCorpus(
  [
    ['Harga beras naik di pasar induk.', 'Pedagang menyebut pasokan dari Jawa Tengah berkurang.', 'Pemerintah menyiapkan operasi pasar.'],
    ['Harga beras naik lagi. Harga beras naik terus, harga beras naik setiap pekan.', 'Cuaca cerah sepanjang hari.'],
    ['Banjir melanda desa di Jawa Tengah.', 'Warga mengungsi ke balai desa.'],
    ['Operasi pasar digelar di alun-alun.'],
  ],
  ['Beras mahal', null, 'Banjir', null],
);
const index = buildCorpusIndex(docs);

describe('search --articles', () => {
  it('ranks the article holding every word across its paragraphs above one repeating some of them', () => {
    const r = searchArticles(index, 'harga beras pasokan operasi', { any: true });
    expect(r.articles.map((a) => a.document)).toEqual(['d0', 'd1', 'd3', 'd2'].filter((d) => d !== 'd2'));
    expect(r.total).toBe(3);
    // Each article shows its best paragraphs, best first, with match offsets.
    expect(r.articles[0].hits.length).toBe(3);
    expect(r.articles[0].hits[0].score).toBeGreaterThanOrEqual(r.articles[0].hits[1].score);
    expect(r.articles[0].hits[0].matches.length).toBeGreaterThan(0);
  });

  it('scores an article as its best paragraph x the idf-weighted share of query words it holds (oracle)', () => {
    const q = 'harga beras pasokan operasi';
    const paragraphs = search(index, q, { any: true, lenient: true, limit: 100, coordination: 0, proximityWeight: 0 }).hits;
    const words = ['harga', 'beras', 'pasokan', 'operasi'];
    const all = docs.flatMap((d) => d.paragraphs.map((p) => p.text));
    const total = words.reduce((sum, w) => sum + weightOf(all, w), 0);
    for (const a of searchArticles(index, q, { any: true, lenient: true, proximityWeight: 0 }).articles) {
      const doc = docs.find((d) => d.id === a.document)!;
      const best = Math.max(...paragraphs.filter((h) => h.document === a.document).map((h) => h.score));
      const text = doc.paragraphs.map((p) => p.text.toLowerCase()).join(' ');
      const held = words.filter((w) => text.includes(w)).reduce((sum, w) => sum + weightOf(all, w), 0);
      expect(a.score).toBeCloseTo(best * (held / total), 3);
    }
  });

  it('limits articles and the paragraphs shown under each', () => {
    const r = searchArticles(index, 'beras OR pasar', { limit: 1, perArticle: 1 });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].hits).toHaveLength(1);
  });
});

describe('coordination', () => {
  it('with --any, multiplies a paragraph score by the idf-weighted share of query words it holds (oracle)', () => {
    const q = 'harga pasokan operasi';
    const words = ['harga', 'pasokan', 'operasi'];
    const all = docs.flatMap((d) => d.paragraphs.map((p) => p.text));
    const total = words.reduce((sum, w) => sum + weightOf(all, w), 0);
    const plain = new Map(
      search(index, q, { any: true, coordination: 0, proximityWeight: 0, limit: 100 }).hits.map((h) => [h.text, h.score]),
    );
    const hits = search(index, q, { any: true, proximityWeight: 0, limit: 100 }).hits;
    expect(hits).toHaveLength(plain.size);
    for (const h of hits) {
      const held = words.filter((w) => h.text.toLowerCase().includes(w)).reduce((sum, w) => sum + weightOf(all, w), 0);
      expect(h.score).toBeCloseTo(plain.get(h.text)! * (held / total), 3);
    }
  });

  it('puts a paragraph holding both words above one repeating one of them', () => {
    const shop = buildCorpusIndex(
      tinyCorpus([
        ['Harga naik, harga naik, harga naik, harga tinggi.'],
        ['Pedagang cabai di pasar induk kota mengeluhkan harga yang terus naik sejak awal bulan ini.'],
        ...['sayur', 'ikan', 'daging', 'beras', 'buah'].map((w) => [`Pedagang ${w}.`]),
        ['Harga emas.'],
      ]),
    );
    expect(search(shop, 'harga pedagang', { any: true }).hits[0].document).toBe('d1');
    expect(search(shop, 'harga pedagang', { any: true, coordination: 0 }).hits[0].document).toBe('d0');
  });
});

describe('plain queries that never fail', () => {
  it('knows plain words from queries with operators, phrases, fields and modifiers', () => {
    expect(isPlainWords('harga beras naik')).toBe(true);
    for (const q of [
      'beras',
      'harga AND beras',
      'harga OR beras',
      '"harga beras"',
      'harga -beras',
      'title:beras harga',
      'har* beras',
      '=harga beras',
    ])
      expect(isPlainWords(q)).toBe(false);
  });

  it('relaxes plain words that match nothing together, and only those', () => {
    const run = (q: string) => withFallback(q, false, (any) => search(index, q, { any }));
    const relaxed = run('beras banjir');
    expect(relaxed.relaxed).toBe(true);
    expect(relaxed.result.total).toBeGreaterThan(0);
    expect(run('beras AND banjir')).toMatchObject({ relaxed: false, result: { total: 0 } });
    expect(run('harga beras')).toMatchObject({ relaxed: false });
  });

  it('with --any, a word the corpus never has matches its forms within an edit (a misspelling)', () => {
    expect(search(index, 'berass').total).toBe(0);
    const hits = search(index, 'berass pasokan', { any: true }).hits;
    expect(hits[0].document).toBe('d0');
    expect(hits.some((h) => h.text.includes('Harga beras naik lagi'))).toBe(true);
    // Short words and words with digits are left alone.
    expect(search(index, 'berx', { any: true }).total).toBe(0);
  });

  it('suggests close words of the corpus for words it lacks, the most frequent first', () => {
    expect(suggestWords(index, 'berass pasr harga')).toEqual([
      { word: 'berass', suggestions: ['beras'] },
      { word: 'pasr', suggestions: ['pasar'] },
    ]);
    expect(suggestWords(index, 'xyzzyq')).toEqual([]);
  });
});
