#!/usr/bin/env node
// Word clusters for the entity tagger (issue 5), learned from unlabelled news text:
// each word of the corpus that occurs often enough is described by the words seen just
// left and just right of it (positive PMI over the most frequent words), and spherical
// k-means groups the descriptions at several granularities. Words that fill the same
// slots ("Jokowi", "Prabowo"; "Rusia", "Jepang"; "Kementerian", "Badan") land together,
// which lets the tagger generalise from 1,464 labelled sentences to names it never saw.
// Articles of the cross-source entity set (test/fixtures/entities/xsource) are left out.
// Reproducible: fixed seed, fixed iterations.
// Usage: npm run train:clusters -- [CORPUS_DIR]   (default ../shared/corpora/indosum)
// Writes data/word-clusters.tsv: word, then one cluster id per granularity.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachToken } from '../dist/text/tokenize.js';
import { foldWord } from '../dist/text/fold.js';
import { isSentenceInitial } from '../dist/text/sentences.js';
import { xsourceArticles } from './bracketed.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? path.join(ROOT, '../shared/corpora/indosum');
// Articles of the cross-source entity evaluation set are left out, so it stays unseen.
const heldOut = xsourceArticles();
const MIN_COUNT = 4;
const CONTEXT_WORDS = 1000;
const GRANULARITIES = [32, 128, 512];
const ITERATIONS = 12;

const t0 = performance.now();
// 1. Token ids per paragraph, with counts.
const ids = new Map();
const words = [];
const count = [];
const capMid = [];
const lowMid = [];
const paragraphs = [];
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.txt') && !heldOut.has(n))
  .sort()) {
  for (const para of readFileSync(path.join(dir, name), 'utf8').split(/\n\s*\n/)) {
    const seq = [];
    forEachToken(para, (s, e) => {
      const w = foldWord(para.slice(s, e));
      let id = ids.get(w);
      if (id === undefined) {
        ids.set(w, (id = words.length));
        words.push(w);
        count.push(0);
        capMid.push(0);
        lowMid.push(0);
      }
      if (!isSentenceInitial(para, s)) /^\p{Lu}/u.test(para[s]) ? capMid[id]++ : /^\p{Ll}/u.test(para[s]) && lowMid[id]++;
      count[id]++;
      seq.push(id);
    });
    if (seq.length) paragraphs.push(Int32Array.from(seq));
  }
}
const byFreq = words.map((_, i) => i).sort((a, b) => count[b] - count[a] || (words[a] < words[b] ? -1 : 1));
const contextIndex = new Int32Array(words.length).fill(-1);
byFreq.slice(0, CONTEXT_WORDS).forEach((id, k) => (contextIndex[id] = k));
const vocab = byFreq.filter((id) => count[id] >= MIN_COUNT);
const row = new Int32Array(words.length).fill(-1);
vocab.forEach((id, r) => (row[id] = r));
const D = 2 * CONTEXT_WORDS + 2; // left words, right words, paragraph start, paragraph end

// 2. Co-occurrence counts, then positive PMI, rows normalised to length 1.
const cooc = vocab.map(() => new Map());
for (const seq of paragraphs) {
  for (let i = 0; i < seq.length; i++) {
    const r = row[seq[i]];
    if (r < 0) continue;
    const m = cooc[r];
    // Columns: left word k, right word CONTEXT_WORDS + k, paragraph start, paragraph end.
    const l = i === 0 ? 2 * CONTEXT_WORDS : contextIndex[seq[i - 1]];
    const next = i + 1 < seq.length ? contextIndex[seq[i + 1]] : -1;
    const rr = i + 1 >= seq.length ? 2 * CONTEXT_WORDS + 1 : next >= 0 ? CONTEXT_WORDS + next : -1;
    if (l >= 0) m.set(l, (m.get(l) ?? 0) + 1);
    if (rr >= 0) m.set(rr, (m.get(rr) ?? 0) + 1);
  }
}
const colTotal = new Float64Array(D);
let total = 0;
for (const m of cooc) {
  for (const [c, n] of m) {
    colTotal[c] += n;
    total += n;
  }
}
const rows = cooc.map((m) => {
  let rowTotal = 0;
  for (const n of m.values()) rowTotal += n;
  const cols = [],
    vals = [];
  for (const [c, n] of [...m].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((n * total) / (rowTotal * colTotal[c]));
    if (pmi > 0) {
      cols.push(c);
      vals.push(pmi);
    }
  }
  const norm = Math.hypot(...vals) || 1;
  return { cols: Int32Array.from(cols), vals: Float64Array.from(vals, (v) => v / norm) };
});

// 3. Spherical k-means at each granularity; the most frequent words seed the centroids
//    spread over the frequency list, so the run is deterministic.
function kmeans(k) {
  const centroids = Array.from({ length: k }, (_, c) => {
    const v = new Float64Array(D);
    const r = rows[Math.floor((c * rows.length) / k / 4)];
    for (let j = 0; j < r.cols.length; j++) v[r.cols[j]] = r.vals[j];
    return v;
  });
  const assign = new Int32Array(rows.length);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let r = 0; r < rows.length; r++) {
      const { cols, vals } = rows[r];
      let best = 0,
        bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const cen = centroids[c];
        let s = 0;
        for (let j = 0; j < cols.length; j++) s += cen[cols[j]] * vals[j];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assign[r] !== best) moved++;
      assign[r] = best;
    }
    for (const cen of centroids) cen.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const cen = centroids[assign[r]];
      const { cols, vals } = rows[r];
      for (let j = 0; j < cols.length; j++) cen[cols[j]] += vals[j];
    }
    for (const cen of centroids) {
      let n = 0;
      for (let d = 0; d < D; d++) n += cen[d] * cen[d];
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < D; d++) cen[d] /= n;
    }
    console.error(`k=${k} iteration ${it + 1}: ${moved} moved`);
  }
  return assign;
}
const assignments = GRANULARITIES.map(kmeans);
const lines = [
  `# word clusters from ${path.basename(dir)} (${paragraphs.length} paragraphs); columns: word, ${GRANULARITIES.map((k) => `k${k}`).join(', ')}, capitalisation inside sentences (A always, M mostly, R rarely, N never, x too rare)`,
];
const capBucket = (id) => {
  const n = capMid[id] + lowMid[id];
  if (n < 2) return 'x';
  const r = capMid[id] / n;
  return r >= 0.9 ? 'A' : r >= 0.5 ? 'M' : r > 0.05 ? 'R' : 'N';
};
vocab.forEach((id, r) => lines.push([words[id], ...assignments.map((a) => a[r]), capBucket(id)].join('\t')));
writeFileSync(path.join(ROOT, 'data/word-clusters.tsv'), `${lines.join('\n')}\n`);
console.log(
  `${vocab.length} words (count >= ${MIN_COUNT}) in ${GRANULARITIES.join('/')} clusters, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
