/**
 * Corpora that are tables (.csv, .tsv, .jsonl): one article per row, cleaned like a .txt
 * file, with title, date, url and outlet from their columns.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellDate } from '../../src/dates/article-date.js';
import { sniffDelimiter } from '../../src/pipeline/tables.js';
import { ROOT, tempCorpus, warta } from './run.js';

const TABLES = path.join(ROOT, 'test/fixtures/tables');
const CSV = path.join(TABLES, 'berita.csv');
const TILDE = path.join(TABLES, 'tilde.csv');
const JSONL = path.join(TABLES, 'berita.jsonl');

const docs = async (args: string[]) => {
  const r = await warta(['export', ...args, '-f', 'jsonl']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
};

describe('table corpora', () => {
  it('reads one article per CSV row, quoted cells over several lines, cleaned as a .txt file is', async () => {
    const d = await docs([CSV]);
    expect(d.map((x) => x.id)).toEqual(['berita#1', 'berita#2', 'berita#3', 'berita#4', 'berita#5']);
    expect(d[0].title).toBe('Banjir Rendam Ratusan Rumah di Jakarta Timur');
    expect(d[0].paragraphs.map((p: { text: string }) => p.text)).toEqual([
      'Banjir merendam ratusan rumah warga di Jakarta Timur sejak Senin (11/3/2024) pagi.',
      'Warga mengungsi ke masjid dan sekolah terdekat, kata petugas BPBD.',
    ]);
    expect(d[0].meta).toMatchObject({
      date: '2024-03-11T08:30',
      dateSource: 'column',
      sourceUrl: 'https://www.contoh-berita.id/banjir-jakarta',
    });
    expect(d[0].meta.outlet).toBe('contoh-berita.id');
    expect(d.map((x) => x.meta.date)).toEqual(['2024-03-11T08:30', '2024-03-14', '2024-05-14T08:00:00Z', '2024-05-14', undefined]);
    expect(d[4].meta.dateMissing).toBeTruthy();
  });

  it('sniffs the delimiter (a tilde here) and finds the usual column names', async () => {
    const d = await docs([TILDE]);
    expect(d.map((x) => [x.title, x.meta.date, x.meta.outlet])).toEqual([
      ['Gempa Guncang Cianjur', '2024-05-03T19:05+07:00', 'CNN Indonesia'],
      ['Banjir Surut di Demak', '2024-05-06T10:00+07:00', 'Kompas'],
    ]);
  });

  it('reads JSONL (text as a string or a list of paragraphs); a bad line is a warning, the others go on', async () => {
    const r = await warta(['export', JSONL, '-f', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 3 is not a JSON object, skipped/);
    const d = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(d.map((x) => x.id)).toEqual(['berita#1', 'berita#2', 'berita#4']);
    expect(d[1].paragraphs).toHaveLength(2);
    expect(d[2].meta.date).toBe('2023-10-17T00:00:00Z');
  });

  it('counts per month and charts a trend on a table corpus', async () => {
    const c = JSON.parse((await warta(['search', 'banjir', CSV, TILDE, '-c', '--by', 'month', '--json'])).stdout);
    expect(c.rows.map((row: { key: string; occurrences: number }) => [row.key, row.occurrences])).toEqual([
      ['2024-03', 1],
      ['2024-04', 0],
      ['2024-05', 2],
    ]);
    const t = JSON.parse((await warta(['trend', 'putin', 'zelensky', JSONL, '--by', 'month', '--json'])).stdout);
    expect(t.periods).toEqual(['2023-09', '2023-10']);
    expect(t.series.map((s: { counts: number[] }) => s.counts)).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it('takes column names from --fields, and says which column is missing in one line', async () => {
    const dir = tempCorpus({ 'data.csv': 'badan;headline;when\n"Isi berita tentang banjir besar di kota itu.";Judul Banjir;2024-01-02\n' });
    const d = await docs([path.join(dir, 'data.csv'), '--fields', 'text=badan,title=headline,date=when']);
    expect(d[0]).toMatchObject({ title: 'Judul Banjir', meta: { date: '2024-01-02' } });
    for (const args of [[path.join(dir, 'data.csv')], [CSV, '--fields', 'text=tidak-ada'], [CSV, '--fields', 'isi']]) {
      const r = await warta(['search', 'banjir', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('table parts', () => {
  it('sniff delimiters', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('judul~isi\nx~y, z\n')).toBe('~');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
  });

  it('read date cells', () => {
    expect(cellDate('2024-05-14')).toBe('2024-05-14');
    expect(cellDate('2024-05-14 10:15:00')).toBe('2024-05-14T10:15');
    expect(cellDate('2024-05-14T10:15:00+0700')).toBe('2024-05-14T10:15+07:00');
    expect(cellDate('1715673600')).toBe('2024-05-14T08:00:00Z');
    expect(cellDate('1715673600000')).toBe('2024-05-14T08:00:00Z');
    expect(cellDate('Selasa, 14 Mei 2024 10:15 WIB')).toBe('2024-05-14T10:15+07:00');
    expect(cellDate('2024-02-30')).toBeNull();
    expect(cellDate('kemarin')).toBeNull();
  });
});
