import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import type { NewsDocument } from '../model.js';
import { processText } from '../pipeline/load.js';
import { countMatches } from '../query/count.js';
import { runQuery } from '../query/search.js';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import { type DateFrom, dateDocument } from './article-date.js';
import { inRange, parseDayRange, periodDays, sinceUntil } from './date-range.js';
import { dayNumber, firstDayOf, periodOf, periodsBetween } from './day-number.js';
import { findDates } from './find-dates.js';
import { pathDate } from './path-date.js';

const one = (text: string) => {
  const found = findDates(text);
  expect(found, text).toHaveLength(1);
  const { year, month, day, weekday, time, offset } = found[0];
  return { text: found[0].text, year, month, day, weekday, time, offset };
};

describe('findDates', () => {
  it('reads the formats Indonesian news writes', () => {
    expect(one('Rabu, 3 Januari 2024 10:15 WIB')).toEqual({
      text: 'Rabu, 3 Januari 2024 10:15 WIB',
      year: 2024,
      month: 1,
      day: 3,
      weekday: 3,
      time: '10:15',
      offset: '+07:00',
    });
    expect(one('Jumat, Mei 3, 2024')).toMatchObject({ year: 2024, month: 5, day: 3, weekday: 5 });
    expect(one('Jumat, 17 Agustus 2023 pukul 08.00 WIB')).toMatchObject({ year: 2023, month: 8, day: 17, time: '08:00', offset: '+07:00' });
    expect(one('Diperbarui 14/05/2025')).toMatchObject({ year: 2025, month: 5, day: 14, weekday: null });
    expect(one('kata dia, Senin (14/5/2025).')).toMatchObject({ text: 'Senin (14/5/2025)', year: 2025, month: 5, day: 14, weekday: 1 });
    expect(one('di Jakarta, Kamis (14/5).')).toMatchObject({ text: 'Kamis (14/5)', year: null, month: 5, day: 14, weekday: 4 });
    expect(one('Minggu, 12 Mei 2024 / 17:40 WIB')).toMatchObject({ day: 12, time: '17:40', offset: '+07:00' });
    expect(one('Selasa (30/8/2016) pukul 10.00 WITA')).toMatchObject({ time: '10:00', offset: '+08:00' });
    expect(one('Sabtu, 5 November 2016 Pukul 06.12 WIT')).toMatchObject({ offset: '+09:00' });
    expect(one('pada 1 November, Washington')).toMatchObject({ year: null, month: 11, day: 1 });
    expect(one('sejak Februari 2022')).toMatchObject({ year: 2022, month: 2, day: null });
    expect(one('2025-05-14T10:00')).toMatchObject({ year: 2025, month: 5, day: 14, time: '10:00' });
  });

  it('reads old spellings and abbreviations of months', () => {
    for (const [m, n] of [
      ['Pebruari', 2],
      ['Agu', 8],
      ['Agt', 8],
      ['Ags', 8],
      ['Agustus', 8],
      ['Nop', 11],
      ['Nov', 11],
      ['Nopember', 11],
      ['Jan', 1],
    ] as const)
      expect(one(`tanggal 17 ${m} 2023`)).toMatchObject({ year: 2023, month: n, day: 17 });
  });

  it('takes no bare weekday, score, ratio or impossible day for a date', () => {
    for (const t of [
      'Senin lalu',
      'Mei lalu',
      'skor 2/1 dan 3-1',
      'rasio 14/5 itu',
      '31 Februari 2024 pukul',
      'Jam 10.00 WIB',
      'tahun 2024',
    ])
      expect(
        findDates(t).filter((d) => d.day !== null),
        t,
      ).toEqual([]);
    // An abbreviation that is also a word needs a year: "10 mar" is not a date.
    expect(findDates('10 mar saja')).toEqual([]);
  });

  it('gives the offsets of each date in the text', () => {
    const text = 'Rapat digelar Senin (13/5/2024) dan dilanjutkan pada 20 Mei.';
    for (const d of findDates(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(findDates(text).map((d) => d.text)).toEqual(['Senin (13/5/2024)', '20 Mei']);
  });
});

describe('pathDate', () => {
  it('reads folders, compact dates and Unix timestamps', () => {
    expect(pathDate('arsip/2025/05/14/berita.txt')).toBe('2025-05-14');
    expect(pathDate('arsip/20250514-banjir.txt')).toBe('2025-05-14');
    expect(pathDate('2025-05-14_banjir.txt')).toBe('2025-05-14');
    // IndoSum: a WIB wall-clock time written as if UTC.
    expect(pathDate('indosum/antaranews--1472596216-polda-metro.txt')).toBe('2016-08-30T22:30:16+07:00');
    expect(pathDate('berita/001_27480bde235ba658.txt')).toBeNull();
    expect(pathDate('arsip/2025/02/30/x.txt')).toBeNull();
    expect(pathDate('kode-12345678901.txt')).toBeNull();
  });
});

function doc(file: string, lines: string[]): NewsDocument {
  return processText('d' as NewsDocument['id'], file, lines.join('\n'), { dateFrom: 'none' });
}

describe('dateDocument', () => {
  const body = 'Presiden bertemu para menteri di Jakarta, Senin (13/5/2024), untuk membahas banjir yang melanda kota itu.';
  it('prefers a date header line (removed by the cleaner, its date kept) to the path and the body', () => {
    const d = doc('arsip/2024/05/10/x.txt', ['Judul Berita Yang Cukup Panjang Untuk Sebuah Judul', 'Selasa, 14 Mei 2024 10:15 WIB', body]);
    expect(d.removed.map((r) => r.rule)).toContain('clean/date-header');
    expect(dateDocument(d)).toMatchObject({ date: '2024-05-14T10:15+07:00', dateSource: 'header' });
    expect(dateDocument(d, 'path')).toMatchObject({ date: '2024-05-10', dateSource: 'path' });
  });

  it('dates from the body only when nothing else does, flagged as inferred', () => {
    const d = doc('x.txt', [body, 'Rapat lanjutan digelar Senin (13/5) sore dan Selasa (14/5) pagi.']);
    expect(dateDocument(d)).toMatchObject({ date: '2024-05-13', dateSource: 'text', dateInferred: true });
    expect(dateDocument(d).datesMentioned?.map((m) => m.date)).toEqual(['2024-05-13', '2024-05-13', '2024-05-14']);
    expect(dateDocument(d, 'path')).toMatchObject({ dateMissing: 'no date in the file path' });
  });

  it('gives a day-month the publication year, or none when its weekday contradicts every year it could take', () => {
    const d = doc('arsip/2024/05/15/x.txt', ['Rapat digelar Selasa (14/5) di Jakarta dan dihadiri oleh banyak pejabat daerah.']);
    expect(dateDocument(d).datesMentioned?.[0].date).toBe('2024-05-14');
    const wrong = doc('x.txt', ['Rapat digelar Rabu (14/5) sejak Februari 2024 di Jakarta bersama pejabat daerah.']);
    const meta = dateDocument(wrong);
    expect(meta.date).toBeUndefined();
    expect(meta.dateMissing).toMatch(/give no year/);
  });

  it('never makes a date up, and says why', () => {
    const d = doc('x.txt', ['Presiden bertemu para menteri di istana untuk membahas banjir yang melanda kota itu.']);
    expect(dateDocument(d)).toEqual({ dateMissing: 'no date in a header, the dateline, the file path or the text' });
    expect(dateDocument(d, 'none')).toEqual({});
    expect(dateDocument(d, 'mtime', Date.UTC(2024, 4, 14, 3))).toMatchObject({ date: '2024-05-14T03:00:00Z', dateSource: 'mtime' });
  });
});

describe('date ranges', () => {
  it('read periods, comparisons and intervals, and refuse the rest', () => {
    expect(parseDayRange('2025')).toEqual({ from: 20250101, to: 20260101 });
    expect(parseDayRange('2024-02')).toEqual({ from: 20240201, to: 20240301 });
    expect(parseDayRange('2024-12-31')).toEqual({ from: 20241231, to: 20250101 });
    expect(parseDayRange('>=2025-01-01')).toEqual({ from: 20250101, to: Infinity });
    expect(parseDayRange('>2025-01')).toEqual({ from: 20250201, to: Infinity });
    expect(parseDayRange('<2025')).toEqual({ from: 0, to: 20250101 });
    expect(parseDayRange('[2025-01-01 TO 2025-03-31]')).toEqual({ from: 20250101, to: 20250401 });
    expect(parseDayRange('[* TO 2025-03]')).toEqual({ from: 0, to: 20250401 });
    for (const bad of ['2025-13', '2025-02-30', 'kemarin', '[2025 TO]', '>=']) expect(() => parseDayRange(bad), bad).toThrow(/not a date/);
    expect(sinceUntil('2024-05', '2024-05')).toEqual({ from: 20240501, to: 20240601 });
    expect(() => sinceUntil('2024-5-40')).toThrow(/--since/);
    expect(inRange(0, { from: 0, to: Infinity })).toBe(false);
  });

  it('list every period between two days, empty ones too', () => {
    expect(periodsBetween(20231215, 20240203, 'month')).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(periodsBetween(20231230, 20240102, 'day')).toEqual(['2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02']);
    expect(periodsBetween(20241230, 20250106, 'week')).toEqual(['2025-W01', '2025-W02']);
    expect(periodOf(20210103, 'week')).toBe('2020-W53');
    expect(firstDayOf('2025-W01', 'week')).toBe(20241230);
    expect(dayNumber('2016-08-30T22:30:16+07:00')).toBe(20160830);
  });

  it('date: and --since/--until keep exactly the paragraphs brute force keeps (property)', () => {
    // Few distinct days, on period edges, so boundaries are hit often.
    const day = fc
      .tuple(fc.constantFrom(2024, 2025), fc.constantFrom(1, 2, 12), fc.constantFrom(1, 2, 28))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const period = fc.oneof(
      fc.constantFrom('2023', '2024', '2025', '2026'),
      day.map((d) => d.slice(0, 7)),
      day,
    );
    const rangeText = fc.oneof(
      period,
      fc.tuple(fc.constantFrom('>=', '>', '<=', '<'), period).map(([op, p]) => op + p),
      fc.tuple(fc.oneof(period, fc.constant('*')), fc.oneof(period, fc.constant('*'))).map(([a, b]) => `[${a} TO ${b}]`),
    );
    const corpus = fc.array(fc.tuple(fc.option(day, { nil: undefined }), fc.constantFrom('banjir besar', 'banjir', 'gempa')), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(corpus, rangeText, (docs, r) => {
        const documents = tinyCorpus(docs.map(([, text]) => [text])).map((d, i) => ({ ...d, meta: { date: docs[i][0] } }));
        const index = buildCorpusIndex(documents);
        const { from, to } = parseDayRange(r);
        const expected = docs.flatMap(([date, text], i) => {
          if (!date || !text.includes('banjir')) return [];
          const first = periodDays(date)!.first;
          return first >= from && first < to ? [i] : [];
        });
        expect(Array.from(runQuery(index, `banjir date:${r}`).units), r).toEqual(expected);
        expect(Array.from(runQuery(index, 'banjir', { dates: { from, to } }).units)).toEqual(expected);
      }),
    );
  });
});

describe('counts by period', () => {
  it('run from the first to the last period with a match, empty ones as zeros, undated apart', () => {
    const documents = tinyCorpus([['banjir'], ['banjir banjir'], ['gempa'], ['banjir']]).map((d, i) => ({
      ...d,
      meta: { date: ['2024-01-15', '2024-03-02', '2024-02-01', undefined][i] },
    }));
    const r = countMatches(buildCorpusIndex(documents), 'banjir', 'month');
    expect(r.rows).toEqual([
      { key: '2024-01', occurrences: 1, paragraphs: 1 },
      { key: '2024-02', occurrences: 0, paragraphs: 0 },
      { key: '2024-03', occurrences: 2, paragraphs: 1 },
      { key: '(no date)', occurrences: 1, paragraphs: 1 },
    ]);
  });
});

describe('--date-from', () => {
  it.each<[DateFrom, string | undefined]>([
    ['auto', '2024-05-14T10:15+07:00'],
    ['text', '2024-05-14T10:15+07:00'],
    ['path', '2024-05-10'],
    ['none', undefined],
  ])('%s', (from, date) => {
    const d = processText(
      'd' as NewsDocument['id'],
      'arsip/2024/05/10/x.txt',
      'Judul Berita\nSelasa, 14 Mei 2024 10:15 WIB\nIsi berita yang cukup panjang untuk paragraf.',
      {
        dateFrom: from,
      },
    );
    expect(d.meta.date).toBe(date);
  });
});
