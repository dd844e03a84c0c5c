import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { search } from './search.js';

const corpus = tinyCorpus([
  ['Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina.', 'Perundingan damai digelar di Istanbul.'],
  ['Zelensky menolak perundingan yang ditawarkan Putin.', 'Warga Bekasi menonton berita perang.'],
  ['Kim Jong-un bertemu Putin di Vostochny.', 'Bekas pabrik itu dijual murah.'],
]);
const index = buildCorpusIndex(corpus);
const docsOf = (q: string, opts = {}) =>
  search(index, q, { limit: 100, ...opts })
    .hits.map((h) => `${h.document}:${h.paragraph}`)
    .sort();

describe('search', () => {
  it('matches through the stem', () => {
    expect(docsOf('perundingan')).toEqual(['d0:0', 'd0:1', 'd1:0']);
  });
  it('does not stem names the corpus capitalises', () => {
    // Sastrawi would stem Bekasi to "bekas"; the corpus always capitalises it.
    expect(docsOf('bekasi')).toEqual(['d1:1']);
    expect(docsOf('bekas')).toEqual(['d2:1']);
  });
  it('requires all words and finds exact phrases', () => {
    expect(docsOf('putin perundingan')).toEqual(['d0:0', 'd1:0']); // berunding shares the stem
    expect(docsOf('"perundingan damai"')).toEqual(['d0:1']);
    expect(docsOf('"damai perundingan"')).toEqual([]);
    expect(docsOf('"damai perundingan"~1')).toEqual(['d0:1']);
  });
  it('supports OR, NOT, prefix, fuzzy, exact and file:', () => {
    expect(docsOf('zelensky OR bekasi')).toEqual(['d1:0', 'd1:1']);
    expect(docsOf('putin -zelensky')).toEqual(['d0:0', 'd2:0']);
    expect(docsOf('vosto*')).toEqual(['d2:0']);
    expect(docsOf('zelenski~1')).toEqual(['d1:0']);
    expect(docsOf('=berunding')).toEqual(['d0:0']);
    expect(docsOf('putin file:d2*')).toEqual(['d2:0']);
    expect(docsOf('jong-un')).toEqual(['d2:0']);
  });
  it('ranks with --any when not all words match', () => {
    expect(docsOf('putin istanbul', { any: true })).toEqual(['d0:0', 'd0:1', 'd1:0', 'd2:0']);
  });
  it('returns offsets that slice to the matched words', () => {
    const r = search(index, 'perundingan putin');
    const hit = r.hits[0];
    expect(hit.matches.map(([a, b]) => hit.text.slice(a, b))).toEqual(['perundingan', 'Putin']);
  });
  it('ranks the exact word typed above other words of its stem', () => {
    const docs = tinyCorpus([['mereka berunding lama sekali di sana'], ['perundingan lama sekali di sana']]);
    const idx = buildCorpusIndex(docs);
    expect(search(idx, 'perundingan').hits.map((h) => h.document)).toEqual(['d1', 'd0']);
    expect(search(idx, 'berunding').hits.map((h) => h.document)).toEqual(['d0', 'd1']);
  });
  it('gives context paragraphs', () => {
    const r = search(index, 'istanbul', { context: 1 });
    expect(r.hits[0].before).toEqual(['Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina.']);
    expect(r.hits[0].after).toEqual([]);
  });
});

describe('proximity', () => {
  const near = tinyCorpus([
    ['Perundingan itu berjalan lama dan akhirnya membawa damai bagi warga.'],
    ['Warga desa di pinggir kota itu berharap perundingan damai berjalan lama dan membawa hasil yang baik.'],
  ]);
  const ix = buildCorpusIndex(near);
  it('(the longer paragraph ranks second on BM25 alone)', () => {
    expect(search(ix, 'perundingan damai', { proximityWeight: 0 }).hits.map((h) => h.document)).toEqual(['d0', 'd1']);
  });
  it('ranks words side by side, in the order typed, above the same words apart', () => {
    const r = search(ix, 'perundingan damai', { explain: true });
    expect(r.hits.map((h) => h.document)).toEqual(['d1', 'd0']);
    expect(r.hits[0].explain?.some((e) => e.word === 'perundingan damai' && e.tf === 1)).toBe(true);
    expect(r.hits[1].explain?.some((e) => e.word.includes(' '))).toBe(false);
  });
  it('can be turned off, and does not count the reverse order', () => {
    const off = search(ix, 'perundingan damai', { proximityWeight: 0 });
    const on = search(ix, 'perundingan damai');
    expect(on.hits[0].score).toBeGreaterThan(off.hits.find((h) => h.document === on.hits[0].document)!.score);
    const reversed = search(ix, 'damai perundingan', { explain: true });
    expect(reversed.hits.every((h) => !h.explain?.some((e) => e.word.includes(' ')))).toBe(true);
  });
});

describe('search against a brute-force scan (property)', () => {
  const vocab = ['damai', 'perang', 'rusia', 'kota', 'air', 'api'];
  const para = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const corpusArb = fc.array(fc.array(para, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });
  const words = (t: string) => tokenize(t).map((x) => foldWord(x.surface));
  const ids = (docs: string[][], pred: (ws: string[]) => boolean) =>
    docs.flatMap((ps, d) => ps.flatMap((p, i) => (pred(words(p)) ? [`d${d}:${i}`] : []))).sort();
  const run = (docs: string[][], q: string) =>
    search(buildCorpusIndex(tinyCorpus(docs)), q, { limit: 1000 })
      .hits.map((h) => `${h.document}:${h.paragraph}`)
      .sort();

  it('word, phrase and boolean queries return exactly the paragraphs a scan finds', () => {
    fc.assert(
      fc.property(corpusArb, fc.constantFrom(...vocab), fc.constantFrom(...vocab), (docs, a, b) => {
        expect(run(docs, a)).toEqual(ids(docs, (ws) => ws.includes(a)));
        expect(run(docs, `"${a} ${b}"`)).toEqual(ids(docs, (ws) => ws.some((w, i) => w === a && ws[i + 1] === b)));
        expect(run(docs, `${a} OR ${b}`)).toEqual(ids(docs, (ws) => ws.includes(a) || ws.includes(b)));
        expect(run(docs, `${a} -${b}`)).toEqual(ids(docs, (ws) => ws.includes(a) && !ws.includes(b)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('highlight offsets (property)', () => {
  // Words with punctuation, capitals and a hyphen, so token boundaries are not just spaces.
  const vocab = ['Damai', 'perang,', 'rusia.', 'Kota', 'air-api', '"api"', 'perundingan', 'berunding'];
  const para = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));
  const corpusArb = fc.array(fc.array(para, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
  const plain = ['damai', 'perang', 'rusia', 'kota', 'air-api', 'api', 'runding'];

  it('offsets found from index positions equal those found by checking every token', async () => {
    const { runQuery, matchSpans, mergeSpans } = await import('./search.js');
    const { leafSpans } = await import('./evaluate.js');
    fc.assert(
      fc.property(corpusArb, fc.constantFrom(...plain), fc.constantFrom(...plain), (docs, a, b) => {
        const ix = buildCorpusIndex(tinyCorpus(docs));
        for (const q of [a, `"${a} ${b}"`, `${a} OR ${b}`, `${a} ${b}`]) {
          const run = runQuery(ix, q);
          for (const u of run.units) {
            const text = ix.documents[ix.docOf[u]].paragraphs[ix.paraOf[u]].text;
            const tokens = tokenize(text);
            const expected = mergeSpans(
              run.leaves.flatMap((leaf) => leafSpans(tokens, leaf, ix)).map(([x, y]) => [tokens[x].start, tokens[y].end]),
            );
            expect(matchSpans(ix, run, u)).toEqual(expected);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('scoring', () => {
  it('scores every unit at once exactly as one at a time', async () => {
    const { Evaluator } = await import('./evaluate.js');
    const { parseQuery } = await import('./parse.js');
    const ev = new Evaluator(index);
    for (const q of ['putin', 'perundingan putin', 'vosto* OR bekasi', 'zelenski~1 perundingan', '"perundingan damai"']) {
      const { units, leaves } = ev.run(parseQuery(q));
      const all = ev.scoreAll(units, leaves);
      units.forEach((u, i) => expect(all[i]).toBeCloseTo(ev.score(u, leaves), 10));
    }
  });
});

describe('FormSearch (prefix and fuzzy lookup)', () => {
  const lev = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: 1, maxLength: 7 });

  it('finds exactly the forms a plain Levenshtein scan and a prefix scan find (property)', async () => {
    const { FormSearch } = await import('../search-index/form-search.js');
    const { Lexicon } = await import('../search-index/lexicon.js');
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 2 }), (forms, q, k) => {
        const s = new FormSearch(forms, new Lexicon([...forms]).sortedFormIds());
        expect(s.fuzzy(q, k).sort((a, b) => a - b)).toEqual(forms.flatMap((f, i) => (lev(f, q) <= k ? [i] : [])));
        expect(s.prefix(q).sort((a, b) => a - b)).toEqual(forms.flatMap((f, i) => (f.startsWith(q) ? [i] : [])));
        // A second query on the same instance reuses its rows: still exact.
        expect(s.fuzzy(q + 'a', k).sort((a, b) => a - b)).toEqual(forms.flatMap((f, i) => (lev(f, q + 'a') <= k ? [i] : [])));
      }),
      { numRuns: 500 },
    );
  });
});
