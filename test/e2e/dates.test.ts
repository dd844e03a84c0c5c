/**
 * Dates end to end: every article dated or told why not, trends and counts per period,
 * date filters, and bad dates as one-line errors.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempCorpus, warta } from './run.js';

const DATED = path.join(ROOT, 'test/fixtures/dates');
const INDOSUM = path.join(DATED, 'indosum');

describe('article dates', () => {
  it('gives every article of the seeds and the labelled set a date or the reason it has none', async () => {
    for (const dir of [[], [DATED]]) {
      const r = await warta(['export', ...dir, '-f', 'jsonl', '--no-cache']);
      expect(r.code, r.stderr).toBe(0);
      const docs = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(docs.length).toBeGreaterThan(4);
      for (const d of docs) {
        expect(!!d.meta.date !== !!d.meta.dateMissing, d.file).toBe(true);
        if (d.meta.date) expect(['header', 'dateline', 'path', 'text']).toContain(d.meta.dateSource);
      }
    }
  });

  it('puts the date in CSV and leaves it out with --date-from none', async () => {
    const csv = await warta(['export', INDOSUM, '-f', 'csv', '--no-cache']);
    expect(csv.stdout.split('\n')[1]).toMatch(/,2016-09-24T10:30:54\+07:00,/);
    const none = await warta(['export', INDOSUM, '-f', 'jsonl', '--no-cache', '--date-from', 'none']);
    expect(none.stdout).not.toContain('"date"');
  });
});

describe('warta trend and counts by period', () => {
  it('counts each query per month side by side, empty months as zeros', async () => {
    const r = await warta(['trend', 'jokowi', 'presiden', INDOSUM, '--by', 'month', '--json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout);
    // Every month from the first match to the last, in order; both ends hold a match.
    const months = t.periods.map((p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)));
    expect(months.every((m: number, i: number) => i === 0 || m === months[i - 1] + 1)).toBe(true);
    expect(t.periods.length).toBeGreaterThan(6);
    const monthTotal = (k: number) => t.series.reduce((n: number, s: { counts: number[] }) => n + s.counts[k], 0);
    expect(monthTotal(0)).toBeGreaterThan(0);
    expect(monthTotal(t.periods.length - 1)).toBeGreaterThan(0);
    expect(t.series.some((s: { counts: number[] }) => s.counts.includes(0))).toBe(true);
    expect(t.series.map((s: { label: string }) => s.label)).toEqual(['jokowi', 'presiden']);
    // The same totals as a count by month.
    for (const s of t.series) {
      const c = JSON.parse((await warta(['search', s.label, INDOSUM, '-c', '--by', 'month', '--json', '--no-cache'])).stdout);
      expect(c.rows.map((row: { occurrences: number }) => row.occurrences).reduce((a: number, b: number) => a + b, 0)).toBe(s.total);
      expect(c.total).toBe(s.total + s.undated);
    }
    const text = await warta(['trend', 'jokowi', 'presiden', INDOSUM, '--no-cache', '--no-color']);
    expect(text.stdout).toMatch(new RegExp(`jokowi\\s+[▁▂▃▄▅▆▇█]{${t.periods.length}}\\s+\\d+\\s+peak 20\\d\\d-\\d\\d`));
    const csv = await warta(['trend', 'jokowi', INDOSUM, '--csv', '--by', 'year', '--no-cache']);
    expect(csv.stdout.split('\n')[0]).toBe('period,jokowi');
    expect(csv.stdout.split('\n')[1]).toMatch(/^2016,\d+$/);
  });

  it('counts entity mentions per year with --entity, and filters by --since/--until', async () => {
    const all = JSON.parse((await warta(['trend', '--entity', 'Jokowi', INDOSUM, '--by', 'year', '--json', '--no-cache'])).stdout);
    const name = JSON.parse((await warta(['entities', INDOSUM, '--json', '--no-cache'])).stdout).entities.find(
      (e: { aliases: string[]; name: string }) => [e.name, ...e.aliases].includes('Jokowi'),
    ).name;
    expect(all.series[0].label).toBe(name);
    expect(all.series[0].total).toBeGreaterThan(0);
    expect(all.measure).toBe('mentions');
    const y2017 = JSON.parse(
      (await warta(['trend', '--entity', 'Jokowi', INDOSUM, '--by', 'year', '--json', '--no-cache', '--since', '2017', '--until', '2017']))
        .stdout,
    );
    expect(y2017.periods).toEqual(['2017']);
    expect(y2017.series[0].total).toBe(all.series[0].counts[all.periods.indexOf('2017')]);
    const ents = JSON.parse((await warta(['entities', INDOSUM, '--by', 'year', '--json', '--top', '3', '--no-cache'])).stdout);
    expect(ents.groups).toEqual(['2016', '2017', '2018']);
  });

  it('filters with date: in the query as --since/--until do', async () => {
    const a = await warta(['search', 'presiden date:[2017-01-01 TO 2017-06-30]', INDOSUM, '-c', '--json', '--no-cache']);
    const b = await warta(['search', 'presiden', INDOSUM, '-c', '--json', '--no-cache', '--since', '2017-01', '--until', '2017-06']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).total).toBe(JSON.parse(b.stdout).total);
    expect(JSON.parse(a.stdout).total).toBeGreaterThan(0);
  });

  it('gives one-line errors for bad dates, periods and missing queries', async () => {
    for (const args of [
      ['search', 'putin date:2024-13'],
      ['search', 'putin', '--since', 'kemarin'],
      ['stats', '--until', '2024-02-30'],
      ['trend', '--by', 'decade', 'putin'],
      ['trend', '--entity', 'Tidak Ada Orang Ini'],
    ]) {
      const r = await warta([...args, '--no-cache']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^warta: /);
    }
  });

  it('dates a folder by its path and counts undated articles apart', async () => {
    const dir = tempCorpus({
      '2024/05/14/a.txt': 'Banjir melanda kota itu sejak pagi dan warga mengungsi ke masjid terdekat.\n',
      '2024/07/01/b.txt': 'Banjir kembali melanda kota itu dan warga mengungsi lagi ke masjid.\n',
      'lain/c.txt': 'Banjir juga melanda desa tetangga menurut warga yang ditemui di lokasi.\n',
    });
    const r = JSON.parse((await warta(['search', 'banjir', dir, '-c', '--by', 'month', '--json'])).stdout);
    expect(r.rows.map((row: { key: string; occurrences: number }) => [row.key, row.occurrences])).toEqual([
      ['2024-05', 1],
      ['2024-06', 0],
      ['2024-07', 1],
      ['(no date)', 1],
    ]);
  });
});
