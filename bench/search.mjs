#!/usr/bin/env node
// Search benchmark (issue 4): relevance (known-item MRR@10) and speed, warta beside MiniSearch and
// Orama over the same paragraphs. Usage: npm run bench:search -- [CORPUS_DIR] [--sample N]
// CORPUS_DIR defaults to ../shared/corpora/indosum. Writes bench/search-results.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { openCorpus, buildCorpusIndex, search } from '../dist/index.js';
import { readDevQueries, reciprocalRank } from '../scripts/relevance-set.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const corpusDir = path.resolve(
  args.find((a, i) => !a.startsWith('--') && !/^\d+$/.test(a) && args[i - 1] !== '--dev') ?? path.join(ROOT, '../shared/corpora/indosum'),
);
const sampleIdx = args.indexOf('--sample');
const SAMPLE = sampleIdx >= 0 ? Number(args[sampleIdx + 1]) : 500;
const devIdx = args.indexOf('--dev');
const devFile = devIdx >= 0 ? args[devIdx + 1] : path.join(ROOT, '../shared/data/relevance/indosum-dev-queries.tsv');

// Deterministic sampling (mulberry32), so runs are comparable.
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261122);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const gc = () => {
  if (global.gc) {
    global.gc();
    global.gc();
  }
};
const mem = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

// The paragraphs every system indexes: warta's own export of the corpus.
console.error(`corpus: ${corpusDir}`);
const exported = execFileSync(process.execPath, [path.join(ROOT, 'bin/warta.js'), 'export', corpusDir, '-f', 'jsonl'], {
  maxBuffer: 1 << 30,
  encoding: 'utf8',
});
const docs = exported
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const paragraphs = docs.flatMap((d) => d.paragraphs.map((p) => ({ id: p.id, doc: d.id, text: p.text })));
console.error(`${docs.length} documents, ${paragraphs.length} paragraphs`);

// ---- Relevance: a sentence of the article (not its first) as the query, rank of the source article.
const sentencesOf = (d) =>
  d.paragraphs
    .map((p) => p.text)
    .join(' ')
    .split(/(?<=[.!?])\s+(?=["“]?\p{Lu})/u);
const candidates = docs.filter((d) => sentencesOf(d).length >= 3);
const items = [];
const usedDocs = new Set();
while (items.length < Math.min(SAMPLE, candidates.length)) {
  const d = pick(candidates);
  if (usedDocs.has(d.id)) continue;
  usedDocs.add(d.id);
  const sents = sentencesOf(d)
    .slice(1)
    .filter((s) => s.split(/\s+/).length >= 6);
  if (!sents.length) continue;
  items.push({ doc: d.id, query: pick(sents).replace(/\s+/g, ' ').trim() });
}
const rr = (ranked) => {
  const docsSeen = [];
  for (const doc of ranked) {
    if (!docsSeen.includes(doc)) docsSeen.push(doc);
    if (docsSeen.length > 10) break;
  }
  const r = docsSeen.indexOf(itemDoc) + 1;
  return r > 0 && r <= 10 ? 1 / r : 0;
};
let itemDoc = '';
const mrr = (rankedLists) =>
  rankedLists.reduce((s, ranked, i) => {
    itemDoc = items[i].doc;
    return s + rr(ranked);
  }, 0) / items.length;

// warta through its batch mode, as a researcher runs a query list.
const tmp = mkdtempSync(path.join(tmpdir(), 'warta-bench-'));
const qfile = path.join(tmp, 'queries.txt');
writeFileSync(qfile, items.map((it) => it.query).join('\n') + '\n');
let t0 = performance.now();
const batch = execFileSync(
  process.execPath,
  [path.join(ROOT, 'bin/warta.js'), 'search', '--queries', qfile, corpusDir, '--any', '--lenient', '--json', '--limit', '50'],
  { maxBuffer: 1 << 30, encoding: 'utf8' },
);
const wartaBatchMs = performance.now() - t0;
const wartaRanked = batch
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).hits.map((h) => h.document));

const mini = new MiniSearch({ fields: ['text'], storeFields: ['doc'] });
gc();
let m0 = mem();
t0 = performance.now();
mini.addAll(paragraphs);
const miniBuildMs = performance.now() - t0;
gc();
const miniHeap = mem() - m0;
const miniRanked = items.map((it) =>
  mini
    .search(it.query)
    .slice(0, 50)
    .map((h) => h.doc),
);

gc();
m0 = mem();
t0 = performance.now();
const orama = create({ schema: { text: 'string', doc: 'string' }, language: 'indonesian' });
await insertMultiple(
  orama,
  paragraphs.map((p) => ({ id: p.id, text: p.text, doc: p.doc })),
  5000,
);
const oramaBuildMs = performance.now() - t0;
gc();
const oramaHeap = mem() - m0;
const oramaRanked = [];
for (const it of items) oramaRanked.push((await oramaSearch(orama, { term: it.query, limit: 50 })).hits.map((h) => h.document.doc));

// ---- Speed: in-process build and query latency, warta beside MiniSearch.
const corpus = { documents: await (await openCorpus([corpusDir], { cache: false })).documents() };
gc();
m0 = mem();
t0 = performance.now();
const index = buildCorpusIndex(corpus.documents);
const wartaBuildMs = performance.now() - t0;
gc();
const wartaHeap = mem() - m0;

const words = paragraphs.flatMap((p) => p.text.split(/\s+/).filter((w) => /^\p{Ll}{5,}$/u.test(w))).filter((_, i) => i % 97 === 0);
const pairsFrom = () => {
  for (;;) {
    const p = pick(paragraphs)
      .text.split(/\s+/)
      .filter((w) => /^\p{Ll}{4,}$/u.test(w));
    if (p.length >= 4) {
      const i = Math.floor(rand() * (p.length - 1));
      return [p[i], p[i + 1]];
    }
  }
};
const N = 300;
const single = Array.from({ length: N }, () => pick(words));
const pairs = Array.from({ length: N }, pairsFrom);
const fuzzy = Array.from({ length: 100 }, () => pick(words));
const time = (fn, qs) => {
  for (const q of qs.slice(0, 20)) fn(q);
  return median(
    qs.map((q) => {
      const t = performance.now();
      fn(q);
      return performance.now() - t;
    }),
  );
};
const lat = {
  warta: {
    single: time((q) => search(index, q, { lenient: true }), single),
    and: time((q) => search(index, q.join(' '), { lenient: true }), pairs),
    phrase: time((q) => search(index, `"${q.join(' ')}"`), pairs),
    fuzzy: time((q) => search(index, `${q}~1`), fuzzy),
  },
  mini: {
    single: time((q) => mini.search(q), single),
    and: time((q) => mini.search(q.join(' '), { combineWith: 'AND' }), pairs),
    phrase: NaN,
    fuzzy: time((q) => mini.search(q, { fuzzy: 1 }), fuzzy),
  },
};
const oramaTime = async (qs, params) => {
  const out = [];
  for (const q of qs) {
    const t = performance.now();
    await oramaSearch(orama, { term: q, limit: 10, ...params });
    out.push(performance.now() - t);
  }
  return median(out);
};
lat.orama = {
  single: await oramaTime(single, {}),
  and: await oramaTime(
    pairs.map((p) => p.join(' ')),
    { threshold: 0 },
  ),
  phrase: NaN,
  fuzzy: await oramaTime(fuzzy, { tolerance: 1 }),
};

// ---- The development set: queries people type (issue 17), by kind and half.
let devTable = '';
if (existsSync(devFile)) {
  const dev = readDevQueries(readFileSync(devFile, 'utf8'));
  const fileOfDoc = new Map(docs.map((d) => [d.id, path.basename(d.file)]));
  const devQueries = path.join(tmp, 'dev.txt');
  writeFileSync(devQueries, dev.map((r) => r.query).join('\n') + '\n');
  const cli = (extra) =>
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'bin/warta.js'), 'search', '--queries', devQueries, corpusDir, '--any', '--lenient', '--json', ...extra],
      { maxBuffer: 1 << 30, encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const systems = {
    'warta paragraphs (--any)': cli(['--limit', '100']).map((r) => r.hits.map((h) => path.basename(h.file))),
    'warta --articles (--any)': cli(['--articles', '--limit', '10']).map((r) => r.articles.map((a) => path.basename(a.file))),
    'MiniSearch 7.2 (defaults)': dev.map((r) =>
      mini
        .search(r.query)
        .slice(0, 100)
        .map((h) => fileOfDoc.get(h.doc)),
    ),
    'Orama 3.1 (indonesian stemmer)': [],
  };
  for (const r of dev)
    systems['Orama 3.1 (indonesian stemmer)'].push(
      (await oramaSearch(orama, { term: r.query, limit: 100 })).hits.map((h) => fileOfDoc.get(h.document.doc)),
    );
  const cell = (ranked, keep) => {
    const idx = dev.map((_, i) => i).filter((i) => keep(dev[i]));
    return (idx.reduce((s, i) => s + reciprocalRank(ranked[i], dev[i].file), 0) / idx.length).toFixed(3);
  };
  const lines = Object.entries(systems).map(
    ([name, ranked]) =>
      `| ${name} | ${cell(ranked, (r) => r.kind === 'summary')} | ${cell(ranked, (r) => r.kind === 'keywords')} | ${cell(ranked, (r) => r.kind === 'summary' && r.split === 'tune')} | ${cell(ranked, (r) => r.kind === 'keywords' && r.split === 'tune')} | ${cell(ranked, (r) => r.kind === 'summary' && r.split === 'held')} | ${cell(ranked, (r) => r.kind === 'keywords' && r.split === 'held')} |`,
  );
  devTable = `
## Queries people type (development set)

${dev.length} queries from ${path.basename(devFile)}: for each of 500 IndoSum articles the first sentence of its
human-written summary (summary) and four content words of it (keywords); MRR@10 of the target article,
a system's paragraphs deduplicated by article. The ranking was tuned on the tuning half (articles whose
file name hashes even) only; the held-back half was not looked at while tuning.

| system | summary | keywords | tune summary | tune keywords | held summary | held keywords |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}
`;
}

const f = (x, d = 2) => (Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const mb = (b) => (b / 1048576).toFixed(1);
const rows = [
  [
    'warta',
    f(mrr(wartaRanked), 3),
    f(wartaBuildMs / 1000),
    mb(wartaHeap),
    f(lat.warta.single, 3),
    f(lat.warta.and, 3),
    f(lat.warta.phrase, 3),
    f(lat.warta.fuzzy, 3),
  ],
  [
    'MiniSearch 7.2',
    f(mrr(miniRanked), 3),
    f(miniBuildMs / 1000),
    mb(miniHeap),
    f(lat.mini.single, 3),
    f(lat.mini.and, 3),
    'no phrases',
    f(lat.mini.fuzzy, 3),
  ],
  [
    'Orama 3.1',
    f(mrr(oramaRanked), 3),
    f(oramaBuildMs / 1000),
    mb(oramaHeap),
    f(lat.orama.single, 3),
    f(lat.orama.and, 3),
    'no phrases',
    f(lat.orama.fuzzy, 3),
  ],
];
const out = `# Search benchmark

Corpus: ${path.basename(corpusDir)} (${docs.length} documents, ${paragraphs.length} paragraphs, as cleaned by warta).
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Relevance: ${items.length} known-item queries (a sentence of the article, not its first, queried as any-word;
MRR@10 of the source article, hits deduplicated by article). warta ran them through \`search --queries\`
(${(wartaBatchMs / 1000).toFixed(1)} s for the whole batch, loading included).
Build: index over the same paragraphs; heap = V8 heap + array buffers after GC. Latency: median ms over
${N} single-word, ${N} two-word AND, ${N} two-word phrase and 100 fuzzy (edit distance 1) queries, top 10.

| system | MRR@10 | build s | index MB | single ms | AND ms | phrase ms | fuzzy ms |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
${devTable}`;
process.stdout.write(out);
writeFileSync(path.join(ROOT, 'bench/search-results.md'), out);
