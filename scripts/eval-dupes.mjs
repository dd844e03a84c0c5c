#!/usr/bin/env node
// Pairwise precision and recall of `warta dupes` (issue 16) on a development set built from
// IndoSum: for every 10th article (dev: odd tenths, test: even), variants made the way outlets
// republish (a new first paragraph, the last third cut, another outlet's boilerplate added, the
// first paragraph moved last, words changed, a new title, and two of these together), mixed with
// all other IndoSum articles as negatives (different stories, including same-event and
// template reports such as daily exchange rates, which IndoSum holds). A pair counts as found
// when both articles land in one cluster. Usage: npm run eval:dupes -- [INDOSUM_DIR]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processText } from '../dist/index.js';
import { nearDuplicates } from '../dist/dupes/near-duplicates.js';

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
