import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocId, NewsDocument } from '../model.js';
import { processText } from '../pipeline/load.js';
import { nearDuplicates, shingles, similarity } from './near-duplicates.js';

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

  it('keeps the earliest dated member, else the first in path order', () => {
    const docs = [doc(base, 'a'), doc(base, 'b'), doc(base, 'c')];
    expect(nearDuplicates(docs, (d) => [20240515, 20240513, 0][d])[0].canonical).toBe(1);
    expect(nearDuplicates(docs, () => 0)[0].canonical).toBe(0);
    const c = nearDuplicates(docs, () => 0)[0];
    expect(c.members.map((m) => m.similarity)).toEqual([1, 1, 1]);
  });
});
