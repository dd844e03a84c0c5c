#!/usr/bin/env node
// Pairwise precision and recall of `warta dupes` (issue 16) on a development set built from
// IndoSum: for every 10th article (dev: odd tenths, test: even), variants made the way outlets
// republish (a new first paragraph, the last third cut, another outlet's boilerplate added, the
// first paragraph moved last, words changed, a new title, and two of these together), mixed with
// all other IndoSum articles as negatives (different stories, including same-event and
// template reports such as daily exchange rates, which IndoSum holds). A pair counts as found
// when both articles land in one cluster. Then two sets of hard negatives: the IndoSum pairs
// with the most shared shingles, labelled by reading them (test/fixtures/dupes/indosum-pairs.tsv),
// and daily reports written from one template (exchange rate, stock index, gold price, weather)
// with other days and figures. Usage: npm run eval:dupes -- [INDOSUM_DIR]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processText } from '../dist/index.js';
import { nearDuplicates, shingles, similarity } from '../dist/dupes/near-duplicates.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? path.join(ROOT, '../shared/corpora/indosum');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const paras = (t) => t.split(/\n\s*\n/).filter((p) => p.trim());
const swapWords = (t) =>
  t
    .replace(/\bmengatakan\b/g, 'menyebutkan')
    .replace(/\bkarena\b/g, 'sebab')
    .replace(/\bsaat ini\b/g, 'kini')
    .replace(/\bpada\b/, 'di');
const VARIANTS = {
  lead: (ps) => [
    'Redaksi - Berita ini kami muat ulang dari kantor berita dengan tambahan keterangan dari narasumber lain di lapangan.',
    ...ps,
  ],
  cut: (ps) => ps.slice(0, Math.max(1, Math.ceil((ps.length * 2) / 3))),
  boilerplate: (ps) => [...ps, 'Baca juga: Berita Populer Hari Ini', 'Ikuti kami di Google News dan WhatsApp Channel', 'Editor: Redaksi'],
  moved: (ps) => (ps.length > 1 ? [...ps.slice(1), ps[0]] : ps),
  words: (ps) => ps.map(swapWords),
  title: (ps) => ['Judul Baru yang Ditulis Ulang oleh Redaksi Situs Lain', ...ps],
  'cut+lead': (ps) => VARIANTS.lead(VARIANTS.cut(ps)),
};

for (const split of ['dev', 'test']) {
  const docs = [];
  const origin = []; // for each document: the article it copies (its own index for an original)
  const kind = [];
  files.forEach((f, i) => {
    docs.push(processText(`a${i}`, f, readFileSync(path.join(dir, f), 'utf8'), { dateFrom: 'none' }));
    origin.push(i);
    kind.push('original');
  });
  const picked = files.map((_, i) => i).filter((i) => i % 10 === 0 && ((i / 10) % 2 === 1) === (split === 'dev'));
  for (const i of picked) {
    const ps = paras(readFileSync(path.join(dir, files[i]), 'utf8'));
    for (const [name, make] of Object.entries(VARIANTS)) {
      docs.push(processText(`v${i}-${name}`, `v${i}-${name}.txt`, make(ps).join('\n\n'), { dateFrom: 'none' }));
      origin.push(i);
      kind.push(name);
    }
  }
  // True pairs: an original with each of its variants, and the variants among themselves.
  const groups = new Map();
  origin.forEach((o, d) => groups.set(o, [...(groups.get(o) ?? []), d]));
  let truePairs = 0;
  for (const g of groups.values()) truePairs += (g.length * (g.length - 1)) / 2;
  console.log(
    `\n${split}: ${files.length} IndoSum articles + ${docs.length - files.length} variants of ${picked.length}; ${truePairs} true pairs`,
  );
  console.log('| threshold | precision | recall | F1 | missed pairs by variant kind |');
  console.log('| ---: | ---: | ---: | ---: | --- |');
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const t = Date.now();
    const clusters = nearDuplicates(docs, () => 0, { threshold });
    const ms = Date.now() - t;
    let found = 0;
    let correct = 0;
    const clusterOf = new Int32Array(docs.length).fill(-1);
    clusters.forEach((c, k) => {
      for (const m of c.members) clusterOf[m.document] = k;
      const ms_ = c.members.map((m) => m.document);
      for (let a = 0; a < ms_.length; a++)
        for (let b = a + 1; b < ms_.length; b++) {
          found++;
          if (origin[ms_[a]] === origin[ms_[b]]) correct++;
        }
    });
    const missed = {};
    for (const [o, g] of groups)
      for (const d of g) if (d !== o && (clusterOf[d] < 0 || clusterOf[d] !== clusterOf[o])) missed[kind[d]] = (missed[kind[d]] ?? 0) + 1;
    const p = found ? correct / found : 1;
    const r = correct / truePairs;
    console.log(
      `| ${threshold} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${((2 * p * r) / (p + r)).toFixed(3)} | ${JSON.stringify(missed)} (${ms} ms) |`,
    );
  }
}

// Labelled IndoSum pairs: what warta says of each at the default threshold.
const labelled = readFileSync(path.join(ROOT, 'test/fixtures/dupes/indosum-pairs.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('file_a'))
  .map((l) => l.split('\t'));
{
  const docs = files.map((f, i) => processText(`a${i}`, f, readFileSync(path.join(dir, f), 'utf8'), { dateFrom: 'none' }));
  const clusters = nearDuplicates(docs, () => 0);
  const clusterOf = new Map();
  clusters.forEach((c, k) => {
    for (const m of c.members) clusterOf.set(files[m.document], k);
  });
  const same = (a, b) => clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b);
  console.log(`\nIndoSum itself: ${clusters.length} clusters of near-duplicates at the default threshold`);
  console.log('| label | pairs | joined by warta |');
  console.log('| --- | ---: | ---: |');
  for (const label of ['different', 'same-story-rewrite']) {
    const rows = labelled.filter((r) => r[4] === label);
    console.log(`| ${label} | ${rows.length} | ${rows.filter((r) => same(r[0], r[1])).length} |`);
  }
}

// Daily reports from one template: every pair is a different report.
{
  const days = [
    'Senin (8/1)',
    'Selasa (9/1)',
    'Rabu (10/1)',
    'Kamis (11/1)',
    'Jumat (12/1)',
    'Senin (15/1)',
    'Selasa (16/1)',
    'Rabu (17/1)',
  ];
  const n = (i, base, step) => (base + ((i * 37) % 11) * step).toLocaleString('id-ID');
  const moves = ['menguat', 'melemah', 'menguat tipis', 'melemah tajam'];
  const TEMPLATES = {
    kurs: (d, i) =>
      `Jakarta - Nilai tukar rupiah terhadap dolar Amerika Serikat pada ${d} sore ditutup ${moves[i % 4]} ${n(i, 15, 5)} poin ke level Rp${n(i, 13300, 12)} per dolar AS.\n\nAnalis pasar uang menyebut pergerakan rupiah dipengaruhi sentimen global dan rilis data ekonomi domestik. Menurut dia, pelaku pasar masih menunggu keputusan bank sentral Amerika Serikat terkait suku bunga acuan.\n\nKurs tengah Bank Indonesia hari ini tercatat Rp${n(i, 13310, 9)} per dolar AS, dibandingkan Rp${n(i + 1, 13310, 9)} pada perdagangan sebelumnya.`,
    ihsg: (d, i) =>
      `Jakarta - Indeks Harga Saham Gabungan (IHSG) Bursa Efek Indonesia pada ${d} ditutup ${moves[(i + 1) % 4]} ${n(i, 10, 3)} poin atau ${n(i, 0.2, 0.1)} persen ke posisi ${n(i, 6300, 17)}.\n\nSementara kelompok 45 saham unggulan atau Indeks LQ45 bergerak ${moves[i % 4]} ${n(i, 2, 1)} poin ke posisi ${n(i, 1050, 4)}. Frekuensi perdagangan saham tercatat sebanyak ${n(i, 300000, 1500)} kali transaksi dengan jumlah saham yang diperdagangkan ${n(i, 9, 1)} miliar lembar saham senilai Rp${n(i, 6, 1)} triliun.\n\nSebanyak ${n(i, 150, 7)} saham naik, ${n(i, 140, 9)} saham menurun, dan ${n(i, 100, 5)} saham tidak bergerak nilainya.`,
    emas: (d, i) =>
      `Jakarta - Harga emas batangan produksi PT Aneka Tambang (Antam) pada ${d} ${moves[i % 4].replace('menguat', 'naik').replace('melemah', 'turun')} Rp${n(i, 1000, 1000)} menjadi Rp${n(i, 650000, 1000)} per gram dari sebelumnya Rp${n(i + 2, 650000, 1000)} per gram.\n\nSementara harga pembelian kembali (buyback) emas Antam berada di level Rp${n(i, 580000, 1000)} per gram. Harga tersebut sudah termasuk pajak penghasilan sesuai ketentuan yang berlaku.\n\nEmas batangan tersedia dalam pecahan 0,5 gram hingga 1 kilogram di butik emas Logam Mulia di Jakarta dan sejumlah kota lain.`,
    cuaca: (d, i) =>
      `Jakarta - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan cuaca di wilayah Jakarta pada ${d} ${['cerah berawan', 'hujan ringan', 'berawan', 'hujan sedang'][i % 4]} pada pagi hari dan ${['hujan ringan', 'berawan', 'hujan disertai petir', 'cerah'][i % 4]} pada siang hari.\n\nSuhu udara berkisar antara ${n(i, 23, 1)} hingga ${n(i, 31, 1)} derajat Celsius dengan kelembapan udara ${n(i, 60, 3)} hingga ${n(i, 90, 1)} persen. Angin bertiup dari arah ${['barat', 'barat laut', 'utara', 'timur'][i % 4]} dengan kecepatan ${n(i, 5, 2)} hingga ${n(i, 20, 2)} kilometer per jam.\n\nBMKG mengimbau warga mewaspadai potensi hujan lebat yang dapat disertai kilat dan angin kencang pada sore hingga malam hari.`,
  };
  const docs = [];
  for (const [name, make] of Object.entries(TEMPLATES))
    days.forEach((d, i) => docs.push(processText(`${name}${i}`, `${name}-${i}.txt`, make(d, i), { dateFrom: 'none' })));
  const clusters = nearDuplicates(docs, () => 0);
  const joined = clusters.reduce((s, c) => s + (c.members.length * (c.members.length - 1)) / 2, 0);
  const sets = docs.map(shingles);
  const sims = [];
  for (let a = 0; a < docs.length; a++) for (let b = a + 1; b < docs.length; b++) sims.push(similarity(sets[a], sets[b]).jaccard);
  const above = (t) => sims.filter((x) => x >= t).length;
  console.log(
    `\nTemplate reports: ${docs.length} daily reports from ${Object.keys(TEMPLATES).length} templates (${sims.length} pairs, all different reports): ${joined} pairs joined at the default threshold; Jaccard max ${Math.max(...sims).toFixed(3)}, pairs at >= 0.4: ${above(0.4)}, >= 0.5: ${above(0.5)}, >= 0.6: ${above(0.6)}`,
  );
}
