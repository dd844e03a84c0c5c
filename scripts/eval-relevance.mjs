#!/usr/bin/env node
// Known-item relevance on the queries people type (issue 17): the development set in
// ../shared/data/relevance/indosum-dev-queries.tsv (500 IndoSum articles, one summary sentence
// and one four-keyword query each), MRR@10 of the target article, warta beside MiniSearch
// (defaults, over the same paragraphs, an article ranked by its best paragraph). The articles are
// split by a hash of their file name into a tuning half and a held-back half, reported apart: the
// ranking was tuned on the first only. In-process and quick, for ranking work; npm run
// bench:search reports the same beside Orama with latencies.
// Usage: npm run eval:relevance -- [QUERIES_TSV] [INDOSUM_DIR] [--set key=value ...]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { openCorpus, search } from '../dist/index.js';
import { searchArticles } from '../dist/query/articles.js';
import { readDevQueries, reciprocalRank as rr } from './relevance-set.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const plain = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--set');
const queriesFile = plain[0] ?? path.join(ROOT, '../shared/data/relevance/indosum-dev-queries.tsv');
const corpusDir = plain[1] ?? path.join(ROOT, '../shared/corpora/indosum');
// --set k=v: ranking options to try (numbers), passed to search.
const extra = {};
args.forEach((a, i) => {
  if (args[i - 1] === '--set') {
    const [k, v] = a.split('=');
    if (k === 'k1' || k === 'b' || k === 'delta') extra.bm25 = { k1: 1.2, b: 0.75, delta: 1, ...extra.bm25, [k]: Number(v) };
    else extra[k] = Number(v);
  }
});

const rows = readDevQueries(readFileSync(queriesFile, 'utf8'));
const corpus = await openCorpus([corpusDir], { noCache: true });
const index = await corpus.index();
const base = (f) => path.basename(f);

const systems = {
  'warta paragraphs': (q) => search(index, q, { any: true, lenient: true, limit: 100, ...extra }).hits.map((h) => base(h.file)),
  'warta --articles': (q) => searchArticles(index, q, { any: true, lenient: true, limit: 10, ...extra }).articles.map((a) => base(a.file)),
};
const mini = new MiniSearch({ fields: ['text'], storeFields: ['file'] });
let id = 0;
if (!args.includes('--no-mini'))
  for (const d of index.documents) for (const p of d.paragraphs) mini.add({ id: id++, text: p.text, file: base(d.file) });
if (!args.includes('--no-mini')) systems['MiniSearch 7 (defaults)'] = (q) => mini.search(q).map((r) => r.file);

const table = ['| system | tune summary | tune keywords | held summary | held keywords |', '| --- | ---: | ---: | ---: | ---: |'];
const misses = [];
for (const [name, run] of Object.entries(systems)) {
  const sums = {};
  for (const r of rows) {
    const key = `${r.split} ${r.kind}`;
    sums[key] ??= { n: 0, rr: 0 };
    const v = rr(run(r.query), r.file);
    sums[key].n++;
    sums[key].rr += v;
    if (name === 'warta paragraphs' && r.split === 'tune' && v < 1) misses.push(`${v.toFixed(2)}\t${r.kind}\t${r.query}\t${r.file}`);
  }
  const m = (k) => (sums[k] ? (sums[k].rr / sums[k].n).toFixed(3) : '-');
  table.push(`| ${name} | ${m('tune summary')} | ${m('tune keywords')} | ${m('held summary')} | ${m('held keywords')} |`);
}
console.log(
  `${rows.length} queries (${rows.filter((r) => r.split === 'tune').length} tune, ${rows.filter((r) => r.split === 'held').length} held back); MRR@10 of the target article${Object.keys(extra).length ? `; options ${JSON.stringify(extra)}` : ''}\n`,
);
console.log(table.join('\n'));
if (args.includes('--misses')) console.log(`\nmisses on the tuning half (warta paragraphs):\n${misses.join('\n')}`);
