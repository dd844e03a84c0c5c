import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocId, NewsDocument } from '../model.js';
import { processText } from '../pipeline/load.js';
import { tokenizeBatch } from '../text/token-batch.js';
import { clusterDuplicates, nearDuplicates, shingles, similarity } from './near-duplicates.js';
import { KEY_WIDTH, keysOf } from './shingles.js';

const DIR = path.join(import.meta.dirname, '../../test/fixtures/dates/indosum');
const files = readdirSync(DIR).sort();
const text = (i: number) => readFileSync(path.join(DIR, files[i]), 'utf8');
const doc = (t: string, name: string) => processText(name as DocId, `${name}.txt`, t, { dateFrom: 'none' }) as NewsDocument;
const paragraphs = (t: string) => t.split(/\n\s*\n/).filter((p) => p.trim());

// The longest labelled IndoSum articles, so every variant keeps enough text.
const longest = files
  .map((_, i) => i)
  .sort((a, b) => text(b).length - text(a).length)
  .slice(0, 2);
const base = text(longest[0]);
const other = text(longest[1]);
const ps = paragraphs(base);

/** Variants made the way outlets republish a story. */
const VARIANTS: Record<string, string> = {
  'exact copy': base,
  'new first paragraph': [
    'Jakarta, Warta Lain - Berita ini dimuat ulang dari kantor berita dengan sedikit tambahan dari redaksi kami.',
    ...ps,
  ].join('\n\n'),
  'last third cut': ps.slice(0, Math.ceil((ps.length * 2) / 3)).join('\n\n'),
  'other boilerplate added': [...ps, 'Baca juga: Berita Lain di Situs Kami', 'Ikuti kami di Google News', 'Editor: Fulan'].join('\n\n'),
  'a paragraph moved': [...ps.slice(1), ps[0]].join('\n\n'),
  'title rewritten': ['Judul Lain untuk Berita yang Sama, Ditulis Ulang Redaksi', ...ps].join('\n\n'),
  'last third cut, new first paragraph': [
    'Jakarta, Warta Lain - Berita ini dimuat ulang dari kantor berita dengan sedikit tambahan dari redaksi kami.',
    ...ps.slice(0, Math.ceil((ps.length * 2) / 3)),
  ].join('\n\n'),
  'a few words changed': base
    .replace(/\bmengatakan\b/g, 'menyebutkan')
    .replace(/\byang\b/, 'yg')
    .replace(/\bdi\b/, 'pada'),
};

describe('near-duplicates', () => {
  it.each(Object.entries(VARIANTS))('finds a variant: %s', (_, variant) => {
    const clusters = nearDuplicates([doc(base, 'asli'), doc(variant, 'salinan'), doc(other, 'lain')], () => 0);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].members.map((m) => m.document).sort()).toEqual([0, 1]);
  });

  it('keeps different stories apart, even on the same event or in the same template', () => {
    const kurs = (rate: string, day: string, move: string) =>
      `Nilai tukar rupiah terhadap dolar Amerika Serikat pada ${day} ditutup ${move} ke level Rp${rate} per dolar AS. Analis menyebut pergerakan dipengaruhi sentimen pasar global dan data ekonomi domestik yang dirilis pekan ini, termasuk neraca perdagangan dan inflasi.`;
    const a = doc(kurs('15.120', 'Senin (13/5)', 'menguat 20 poin'), 'kurs-senin');
    const b = doc(kurs('15.180', 'Selasa (14/5)', 'melemah 60 poin'), 'kurs-selasa');
    const quake1 = doc(
      'Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin siang. BMKG menyatakan gempa tidak berpotensi tsunami. Warga berhamburan keluar rumah dan sejumlah bangunan sekolah rusak ringan menurut laporan petugas setempat.',
      'gempa-1',
    );
    const quake2 = doc(
      'Pemerintah Kabupaten Cianjur menetapkan status tanggap darurat selama dua pekan setelah gempa Senin. Bupati meminta bantuan tenda, selimut dan obat-obatan untuk ribuan pengungsi yang kini tinggal di lapangan desa.',
      'gempa-2',
    );
    // Template reports share many words but few 5-word runs: below the threshold.
    expect(similarity(shingles(a), shingles(b)).jaccard).toBeLessThan(0.5);
    expect(nearDuplicates([a, b, quake1, quake2, doc(base, 'x'), doc(other, 'y')], () => 0)).toEqual([]);
  });

  it('daily reports from one template (other day, other figures) are not copies', () => {
    const emas = (day: string, a: string, b: string, c: string) =>
      doc(
        `Jakarta - Harga emas batangan produksi PT Aneka Tambang (Antam) pada ${day} naik Rp${a} menjadi Rp${b} per gram.\n\nSementara harga pembelian kembali (buyback) emas Antam berada di level Rp${c} per gram. Harga tersebut sudah termasuk pajak penghasilan sesuai ketentuan yang berlaku.\n\nEmas batangan tersedia dalam pecahan 0,5 gram hingga 1 kilogram di butik emas Logam Mulia di Jakarta dan sejumlah kota lain.`,
        day,
      );
    const week = [
      emas('Senin (8/1)', '2.000', '652.000', '581.000'),
      emas('Selasa (9/1)', '5.000', '657.000', '586.000'),
      emas('Rabu (10/1)', '1.000', '658.000', '587.000'),
    ];
    expect(nearDuplicates(week, () => 0)).toEqual([]);
  });

  it('keys made from a token batch at ingest equal keys made from the text', () => {
    const docs = files.map((f, i) => doc(text(i), f));
    expect(tokenizeBatch(docs).dupeKeys).toEqual(keysOf(docs.map(shingles)));
  });

  it('confirms exact copies on their set hash without reading them, and other candidates on their shingles', () => {
    const docs = [doc(base, 'a'), doc(base, 'b'), doc(VARIANTS['a few words changed'], 'c')];
    const sets = docs.map(shingles);
    const read = new Set<number>();
    const clusters = clusterDuplicates({
      count: 3,
      keys: keysOf(sets),
      shinglesOf: (i) => {
        read.add(i);
        return sets[i];
      },
      dayOf: () => 0,
    });
    expect(clusters.map((c) => c.members.map((m) => m.document))).toEqual([[0, 1, 2]]);
    expect(read.has(2)).toBe(true);
    // The twins 0 and 1 needed no reading to be joined: only the changed copy and one twin were read.
    expect(read.size).toBe(2);
  });

  it('joins a run of many copies sharing every band into one cluster (each compared with a bounded window)', () => {
    const keys = keysOf([shingles(doc(base, 'x'))]);
    const many = new Uint32Array(300 * KEY_WIDTH);
    for (let i = 0; i < 300; i++) many.set(keys, i * KEY_WIDTH);
    const clusters = clusterDuplicates({ count: 300, keys: many, shinglesOf: () => new Uint32Array(), dayOf: () => 0 });
    expect(clusters).toHaveLength(1);
    expect(clusters[0].members).toHaveLength(300);
  });

  it('keeps the earliest dated member, else the first in path order', () => {
    const docs = [doc(base, 'a'), doc(base, 'b'), doc(base, 'c')];
    expect(nearDuplicates(docs, (d) => [20240515, 20240513, 0][d])[0].canonical).toBe(1);
    expect(nearDuplicates(docs, () => 0)[0].canonical).toBe(0);
    const c = nearDuplicates(docs, () => 0)[0];
    expect(c.members.map((m) => m.similarity)).toEqual([1, 1, 1]);
  });
});
