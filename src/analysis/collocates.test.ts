import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import { association, collocates, parseWindow, windowCounts } from './collocates.js';
import { ngrams, parseSizes } from './ngrams.js';

describe('association measures', () => {
  it('give the values computed by hand from the formulas', () => {
    // O = 10 co-occurrences, a node of 100 matches, a collocate of 50, in 10,000 tokens.
    const a = association(10, 100, 50, 10000);
    expect(a.expected).toBeCloseTo(0.5, 12);
    expect(a.logDice).toBeCloseTo(11.09310940439148, 10);
    expect(a.mi).toBeCloseTo(4.321928094887363, 10);
    expect(a.mi3).toBeCloseTo(10.965784284662087, 10);
    expect(a.tScore).toBeCloseTo(3.00416377715996, 10);
    expect(a.ll).toBeCloseTo(43.81371197162112, 8);
  });

  it('read windows and n-gram sizes', () => {
    expect(parseWindow('L5R5')).toEqual({ left: 5, right: 5 });
    expect(parseWindow('l3r0')).toEqual({ left: 3, right: 0 });
    expect(parseWindow('4')).toEqual({ left: 4, right: 4 });
    expect(parseWindow('L3')).toBeNull();
    expect(parseSizes('2..5')).toEqual({ min: 2, max: 5 });
    expect(parseSizes('3')).toEqual({ min: 3, max: 3 });
    expect(parseSizes('5..2')).toBeNull();
  });
});

const vocab = ['banjir', 'warga', 'kota', 'air', 'hujan'];

describe('collocate windows', () => {
  it('count what brute force counts around each match, inside its paragraph (property)', () => {
    const para = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 9 }).map((ws) => ws.join(' '));
    const corpus = fc.array(fc.array(para, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(corpus, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (docs, left, right) => {
        const index = buildCorpusIndex(tinyCorpus(docs));
        const expected = new Map<string, [number, number]>();
        let nodes = 0;
        for (const ps of docs)
          for (const p of ps) {
            const words = p.split(' ');
            words.forEach((w, i) => {
              if (w !== 'banjir') return;
              nodes++;
              for (let j = Math.max(0, i - left); j <= Math.min(words.length - 1, i + right); j++) {
                if (words[j] === 'banjir') continue;
                const c = expected.get(words[j]) ?? [0, 0];
                c[j < i ? 0 : 1]++;
                expected.set(words[j], c);
              }
            });
          }
        const got = windowCounts(index, 'banjir', left, right);
        expect(got.nodes).toBe(nodes);
        expect(got.counts).toEqual(expected);
      }),
    );
  });

  it('rank collocates by logDice by default and give the query that shows them', () => {
    const index = buildCorpusIndex(tinyCorpus([['hujan deras banjir melanda kota', 'banjir melanda desa'], ['banjir melanda kota lagi']]));
    const r = collocates(index, 'banjir', { minFreq: 2 });
    expect(r.nodeFrequency).toBe(3);
    expect(r.collocates[0]).toMatchObject({ word: 'melanda', observed: 3, right: 3, query: '"banjir melanda"~5' });
  });
});

describe('n-grams', () => {
  it('count sequences within sentences as brute force does (property)', () => {
    const sentence = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    const para = fc
      .array(sentence, { minLength: 1, maxLength: 3 })
      .map((ss) => ss.map((s) => s[0].toUpperCase() + s.slice(1)).join('. ') + '.');
    const corpus = fc.array(fc.array(para, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }), (docs, minFreq, minRange) => {
        const expected = new Map<string, { freq: number; docs: Set<number> }>();
        docs.forEach((ps, d) => {
          for (const p of ps)
            for (const s of p.split(/\.\s*/).filter(Boolean)) {
              const words = s.toLowerCase().split(' ');
              for (let n = 2; n <= 3; n++)
                for (let i = 0; i + n <= words.length; i++) {
                  const k = words.slice(i, i + n).join(' ');
                  const e = expected.get(k) ?? { freq: 0, docs: new Set() };
                  e.freq++;
                  e.docs.add(d);
                  expected.set(k, e);
                }
            }
        });
        // Level-by-level pruning must keep exactly the n-grams that reach both minimums.
        const got = ngrams(tinyCorpus(docs), { min: 2, max: 3, minFreq, minRange });
        expect(new Map(got.map((g) => [g.ngram, [g.freq, g.range]]))).toEqual(
          new Map(
            [...expected].filter(([, e]) => e.freq >= minFreq && e.docs.size >= minRange).map(([k, e]) => [k, [e.freq, e.docs.size]]),
          ),
        );
      }),
    );
  });
});
