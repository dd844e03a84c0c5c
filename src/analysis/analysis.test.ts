import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { dispersion, partsOf } from './dispersion.js';
import { keyness, significance } from './keyness.js';
import { keywords, readWordList, writeWordList } from './keywords.js';
import { wordFrequencies, wordList } from './word-list.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('dispersion', () => {
  it("gives Gries' (2008) worked DP, and DPnorm and Juilland's D computed by hand", () => {
    // Five parts of 9, 10, 10, 10 and 11 tokens; the word occurs 1, 2, 3, 4 and 5 times.
    const d = dispersion(
      new Map([
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
      ]),
      partsOf([9, 10, 10, 10, 11]),
    );
    expect(d.dp).toBeCloseTo(0.18, 10);
    expect(d.dpNorm).toBeCloseTo(0.18 / (1 - 9 / 50), 10);
    expect(d.juillandD).toBeCloseTo(0.78515045345, 8);
  });

  it('is most uneven for a word in one of equal parts, and even for a word spread as the parts', () => {
    const one = dispersion(new Map([[0, 5]]), partsOf([10, 10, 10, 10]));
    expect(one.dp).toBeCloseTo(0.75, 10);
    expect(one.dpNorm).toBeCloseTo(1, 10);
    expect(one.juillandD).toBeCloseTo(0, 10);
    const even = dispersion(
      new Map([
        [0, 1],
        [1, 2],
      ]),
      partsOf([10, 20]),
    );
    expect(even.dp).toBeCloseTo(0, 10);
    expect(even.juillandD).toBeCloseTo(1, 10);
  });
});

describe('keyness', () => {
  it('computes G2 (4-term and 2-term), Log Ratio and %DIFF from the 2 x 2 table', () => {
    const k = keyness(10, 5, 1000, 1000);
    expect(k.ll).toBeCloseTo(1.711584839710766, 10);
    expect(k.ll2).toBeCloseTo(1.6989903679539724, 10);
    expect(k.logRatio).toBeCloseTo(1, 10);
    expect(k.percentDiff).toBeCloseTo(100, 10);
    // A word absent from the reference: Log Ratio with 0.5 for the zero, no %DIFF.
    const absent = keyness(8, 0, 1000, 2000);
    expect(absent.logRatio).toBeCloseTo(Math.log2(8 / 1000 / (0.5 / 2000)), 10);
    expect(absent.percentDiff).toBeNull();
    expect([significance(3.83), significance(3.84), significance(7), significance(20)]).toEqual([null, '0.05', '0.01', '0.0001']);
  });

  it('lists positive and negative keywords above the thresholds', () => {
    const target = {
      counts: new Map([
        ['banjir', 40],
        ['dan', 50],
        ['gempa', 1],
      ]),
      tokens: 1000,
    };
    const reference = {
      counts: new Map([
        ['banjir', 5],
        ['dan', 500],
        ['gempa', 80],
      ]),
      tokens: 10000,
    };
    const k = keywords(target, reference, { minFreq: 5 });
    expect(k.positive.map((r) => r.word)).toEqual(['banjir']);
    expect(k.negative.map((r) => r.word)).toEqual(['gempa']);
  });

  it('reads back the word lists it writes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warta-wl-'));
    const f = {
      counts: new Map([
        ['banjir', 5],
        ['dan', 9],
        ['x', 1],
      ]),
      tokens: 100,
    };
    writeFileSync(path.join(dir, 'w.tsv'), writeWordList(f, 'test', 2));
    const back = readWordList(path.join(dir, 'w.tsv'));
    expect(back.tokens).toBe(100);
    expect([...back.counts]).toEqual([
      ['dan', 9],
      ['banjir', 5],
    ]);
    writeFileSync(path.join(dir, 'bad.tsv'), 'banjir five\n');
    expect(() => readWordList(path.join(dir, 'bad.tsv'))).toThrow(/line 1/);
  });
});

describe('word lists', () => {
  it('count each word, its range and the tokens as brute force over the paragraphs does (property)', () => {
    const vocab = ['banjir', 'Banjir', 'warga', 'kota', 'air', 'António', 'antonio', '2024'];
    const para = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const corpus = fc.array(fc.array(para, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(corpus, (docs) => {
        const index = buildCorpusIndex(tinyCorpus(docs));
        const freq = new Map<string, number>();
        const range = new Map<string, Set<number>>();
        let tokens = 0;
        docs.forEach((ps, d) => {
          for (const p of ps)
            for (const t of tokenize(p)) {
              const w = foldWord(t.surface);
              freq.set(w, (freq.get(w) ?? 0) + 1);
              if (!range.has(w)) range.set(w, new Set());
              range.get(w)!.add(d);
              tokens++;
            }
        });
        const list = wordList(index);
        expect(list.tokens).toBe(tokens);
        expect(new Map(list.words.map((w) => [w.word, [w.freq, w.range]]))).toEqual(
          new Map([...freq].map(([w, n]) => [w, [n, range.get(w)!.size]])),
        );
        expect(wordFrequencies(index).counts).toEqual(freq);
      }),
    );
  });

  it('measure dispersion over months when asked', () => {
    const docs = tinyCorpus([['banjir warga'], ['banjir kota'], ['gempa kota']]).map((d, i) => ({
      ...d,
      meta: { date: ['2024-01-05', '2024-01-20', '2024-02-01'][i] },
    }));
    const list = wordList(buildCorpusIndex(docs), { parts: 'month' });
    expect(list.partCount).toBe(2);
    const banjir = list.words.find((w) => w.word === 'banjir')!;
    // Both in January (4 of 6 tokens): DP = 0.5 (|1 - 4/6| + 2/6).
    expect(banjir.dp).toBeCloseTo(1 / 3, 10);
  });
});
