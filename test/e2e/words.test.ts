/**
 * warta words and warta keywords end to end: the shipped reference, a reference folder,
 * one outlet against the rest, and one-line errors.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempCorpus, warta } from './run.js';

describe('warta words', () => {
  it('lists words with range and dispersion, as JSON and CSV', async () => {
    const r = JSON.parse((await warta(['words', '--top', '3', '--stopwords', 'hide', '--json'])).stdout);
    expect(r.tokens).toBe(1928);
    expect(r.words.map((w: { word: string }) => w.word)).toEqual(['rusia', 'ukraina', 'korea']);
    expect(r.words[0]).toMatchObject({ freq: 65, range: 5 });
    expect(r.words[0].dp).toBeGreaterThan(0);
    const csv = (await warta(['words', '--top', '2', '--csv'])).stdout.split('\n');
    expect(csv[0]).toBe('word,freq,per_million,range,dp,dp_norm,juilland_d');
    // Stems merge forms: "serangan" and "menyerang" count under "serang".
    const forms = JSON.parse((await warta(['words', '--json'])).stdout).words;
    const stems = JSON.parse((await warta(['words', '--stems', '--json'])).stdout).words;
    expect(stems.length).toBeLessThan(forms.length);
    const count = (list: { word: string; freq: number }[], w: string) => list.find((x) => x.word === w)?.freq ?? 0;
    expect(count(stems, 'serang')).toBeGreaterThan(count(forms, 'serang'));
  });
});

describe('warta keywords', () => {
  it('compares with the shipped IndoSum word list by default', async () => {
    const r = JSON.parse((await warta(['keywords', '--json', '--top', '3'])).stdout);
    expect(r.referenceTokens).toBeGreaterThan(900000);
    expect(r.positive.map((k: { word: string }) => k.word)).toContain('ukraina');
    expect(r.positive[0].p).toBe('0.0001');
  });

  it('compares with a reference folder, and one outlet with the others', async () => {
    // 30 copies of two 12-word sentences: a reference of 720 tokens without Russia in it.
    const ref = tempCorpus({
      'a.txt': 'Pemerintah membahas anggaran pendidikan dan kesehatan di gedung parlemen pada pagi hari.\n'.repeat(30),
      'b.txt': 'Pemerintah daerah membangun jalan dan jembatan baru untuk warga desa di pegunungan.\n'.repeat(30),
    });
    const r = JSON.parse((await warta(['keywords', '--reference', ref, '--json', '--min-freq', '3'])).stdout);
    expect(r.referenceTokens).toBe(720);
    expect(r.positive[0].word).toBe('rusia');
    const dir = tempCorpus({
      'k1.txt': 'Sumber: https://kompas.com/a\nBanjir besar melanda kota itu dan banjir merendam rumah warga serta banjir menutup jalan.\n',
      'k2.txt': 'Sumber: https://kompas.com/b\nBanjir datang lagi dan banjir membuat warga mengungsi, banjir juga merusak sawah.\n',
      'd1.txt': 'Sumber: https://detik.com/c\nGempa mengguncang kota itu dan gempa merusak rumah warga serta gempa menutup jalan.\n',
      'd2.txt': 'Sumber: https://detik.com/d\nGempa datang lagi dan gempa membuat warga mengungsi, gempa juga merusak sawah.\n',
    });
    const o = JSON.parse((await warta(['keywords', dir, '--outlet', 'kompas', '--json', '--min-freq', '3'])).stdout);
    expect(o.positive.map((k: { word: string }) => k.word)).toEqual(['banjir']);
    expect(o.negative.map((k: { word: string }) => k.word)).toEqual(['gempa']);
  });

  it('gives one-line errors for a bad reference, an unknown outlet or both at once', async () => {
    const bad = path.join(tempCorpus({ 'w.tsv': 'banjir lima\n' }), 'w.tsv');
    for (const args of [
      ['keywords', '--reference', bad],
      ['keywords', '--reference', path.join(ROOT, 'tidak-ada')],
      ['keywords', '--outlet', 'tidakada'],
      ['keywords', '--outlet', 'x', '--reference', bad],
      ['words', '--json', '--csv'],
    ]) {
      const r = await warta(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('warta collocates and ngrams', () => {
  it('lists collocates of a word with their measures, and the query that shows them', async () => {
    const r = JSON.parse((await warta(['collocates', 'korea', '--json', '--min-freq', '3'])).stdout);
    expect(r.window).toEqual({ left: 5, right: 5 });
    expect(r.nodeFrequency).toBe(29);
    const utara = r.collocates.find((c: { word: string }) => c.word === 'utara');
    expect(utara).toMatchObject({ query: '"korea utara"~5' });
    expect(utara.right).toBeGreaterThan(utara.left);
    // The query it gives finds the co-occurrences.
    const lines = await warta(['search', utara.query, '--count', '--json']);
    expect(JSON.parse(lines.stdout).total).toBeGreaterThan(0);
    const ll = JSON.parse((await warta(['collocates', 'korea', '--json', '--min-freq', '3', '--sort', 'll', '--window', 'L0R1'])).stdout);
    expect(ll.collocates[0].word).toBe('utara');
    expect(ll.collocates.every((c: { left: number }) => c.left === 0)).toBe(true);
  });

  it('lists recurring n-grams within sentences, optionally holding a word', async () => {
    const r = JSON.parse((await warta(['ngrams', '-n', '2', '--json', '--top', '5'])).stdout);
    expect(r.ngrams[0]).toMatchObject({ ngram: 'korea utara', n: 2 });
    const putin = JSON.parse((await warta(['ngrams', '-n', '2..3', '--with', 'putin', '--json'])).stdout);
    expect(putin.ngrams.length).toBeGreaterThan(0);
    expect(putin.ngrams.every((g: { ngram: string }) => g.ngram.split(' ').includes('putin'))).toBe(true);
  });

  it('adds logDice and log-likelihood to entity co-mentions', async () => {
    const r = JSON.parse((await warta(['entities', '--with', 'Putin', '--json'])).stdout);
    expect(r.with[0].logDice).toBeGreaterThan(0);
    expect(r.with[0].ll).toBeGreaterThan(0);
  });

  it('gives one-line errors for a bad window, size or missing query', async () => {
    for (const args of [['collocates', 'putin', '--window', 'L5'], ['collocates'], ['ngrams', '-n', '0'], ['ngrams', '-n', '5..2']]) {
      const r = await warta(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('analysis filters', () => {
  it('counts only the articles a --query matches, or those in --since/--until', async () => {
    const all = JSON.parse((await warta(['words', '--json'])).stdout);
    const zel = JSON.parse((await warta(['words', '--json', '--query', 'zelensky'])).stdout);
    expect(zel.documents).toBe(3);
    expect(zel.tokens).toBeLessThan(all.tokens);
    const dated = JSON.parse((await warta(['words', '--json', '--since', '2024-05-01', '--until', '2024-05-31'])).stdout);
    expect(dated.documents).toBe(1);
    const grams = JSON.parse((await warta(['ngrams', '--json', '--query', 'wagner', '--min-range', '1'])).stdout);
    expect(grams.ngrams.length).toBeGreaterThan(0);
  });
});
