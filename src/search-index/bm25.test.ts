import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { search } from '../query/search.js';
import { bm25, idf } from './bm25.js';
import { buildCorpusIndex } from './corpus-index.js';

describe('bm25', () => {
  it('matches the formula by hand', () => {
    // N = 3, df = 1: idf = ln(1 + 2.5/1.5)
    expect(idf(3, 1)).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 12);
    // tf 2, len 4, avg 4: 2 * 2.2 / (2 + 1.2) = 1.375, and BM25+ adds delta = 1
    expect(bm25(2, 4, 4, 1, { k1: 1.2, b: 0.75, delta: 0 })).toBeCloseTo(1.375, 12);
    expect(bm25(2, 4, 4, 1)).toBeCloseTo(2.375, 12);
    // However long the paragraph, a matching term adds at least delta x idf.
    expect(bm25(1, 1e9, 4, 2)).toBeGreaterThan(2);
  });

  it('scores a tiny corpus with known values and order', () => {
    const docs = tinyCorpus([['kucing hitam tidur'], ['kucing kucing makan ikan'], ['anjing makan tulang']]);
    const index = buildCorpusIndex(docs);
    const r = search(index, 'kucing', { titleBoost: 0, exactWeight: 0 });
    // Lengths 3, 4, 3 -> avg 10/3. df(kucing) = 2 -> idf = ln(1 + 1.5/2.5).
    const i = Math.log(1 + 1.5 / 2.5);
    const s0 = i * (1 + (1 * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 3) / (10 / 3))));
    const s1 = i * (1 + (2 * 2.2) / (2 + 1.2 * (0.25 + (0.75 * 4) / (10 / 3))));
    expect(r.hits.map((h) => h.document)).toEqual(['d1', 'd0']);
    expect(r.hits[0].score).toBeCloseTo(s1, 3);
    expect(r.hits[1].score).toBeCloseTo(s0, 3);
  });

  it('boosts paragraphs whose document title matches', () => {
    const docs = tinyCorpus([['banjir melanda kota'], ['banjir melanda desa']], [null, 'Banjir besar']);
    const r = search(buildCorpusIndex(docs), 'banjir', { exactWeight: 0 });
    expect(r.hits[0].document).toBe('d1');
    expect(r.hits[0].score).toBeGreaterThan(r.hits[1].score);
  });
});
