#!/usr/bin/env node
// Entity evaluation (issue 5): mention precision, recall and F1 on idner-news-2k dev
// (exact spans; untyped and typed), and the hand-checked seed count table.
// Usage: npm run eval:entities -- [DEV_FILE]   (default ../shared/data/ner/idner-news-2k/dev.txt)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, spansOf } from '../dist/entities/conll.js';
import { detectMentions } from '../dist/entities/detect.js';
import { bundledModel } from '../dist/entities/tagger.js';
import { buildCorpusIndex, loadCorpus, resolveEntities } from '../dist/index.js';
import { prepare } from './ner-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const devFile = process.argv[2] ?? path.join(ROOT, '../shared/data/ner/idner-news-2k/dev.txt');
const model = bundledModel();
const examples = prepare(parseConll(readFileSync(devFile, 'utf8')));

const prf = (tp, fp, fn) => {
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};
const counts = { untyped: [0, 0, 0], typed: [0, 0, 0] };
const perType = {};
const errors = {};
for (const ex of examples) {
  // The full detector, as `warta entities` runs it: tagger, gazetteer fill-in, parentheses.
  const pred = detectMentions(ex.text, ex.lexicon, model);
  const key = (s, typed) => `${s.start}:${s.end}${typed ? `:${s.type}` : ''}`;
  for (const typed of [false, true]) {
    const g = new Set(ex.spans.map((s) => key(s, typed)));
    const p = new Set(pred.map((s) => key(s, typed)));
    const c = counts[typed ? 'typed' : 'untyped'];
    for (const k of p) (g.has(k) ? c[0]++ : c[1]++);
    for (const k of g) if (!p.has(k)) c[2]++;
  }
  for (const t of ['PER', 'ORG', 'LOC']) {
    const g = new Set(ex.spans.filter((s) => s.type === t).map((s) => key(s, false)));
    const p = new Set(pred.filter((s) => s.type === t).map((s) => key(s, false)));
    const c = (perType[t] ??= [0, 0, 0]);
    for (const k of p) (g.has(k) ? c[0]++ : c[1]++);
    for (const k of g) if (!p.has(k)) c[2]++;
  }
  // Error classes: missed, spurious, boundary (overlapping but not equal), type.
  for (const s of ex.spans) {
    const same = pred.find((p) => p.start === s.start && p.end === s.end);
    const overlap = pred.find((p) => p.start < s.end && s.start < p.end);
    const cls = same ? (same.type === s.type ? null : 'wrong type') : overlap ? 'wrong boundary' : 'missed';
    if (cls) (errors[cls] ??= []).push(`${ex.text.slice(s.start, s.end)} [${s.type}${same ? ` as ${same.type}` : overlap ? ` vs "${ex.text.slice(overlap.start, overlap.end)}"` : ''}]`);
  }
  for (const p of pred) if (!ex.spans.some((s) => p.start < s.end && s.start < p.end)) (errors.spurious ??= []).push(`${ex.text.slice(p.start, p.end)} [${p.type}]`);
}
// The tagger alone (no gazetteer fill-in, no parenthesis handling), for comparison.
const alone = [0, 0, 0];
for (const ex of examples) {
  const g = new Set(ex.spans.map((s) => `${s.start}:${s.end}`));
  const p = new Set(spansOf(ex.tokens, model.decode(ex.features)).map((s) => `${s.start}:${s.end}`));
  for (const k of p) (g.has(k) ? alone[0]++ : alone[1]++);
  for (const k of g) if (!p.has(k)) alone[2]++;
}
const fmt = ({ p, r, f }) => `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
console.log(`idner-news-2k ${path.basename(devFile)}: ${examples.length} sentences, ${examples.reduce((n, e) => n + e.spans.length, 0)} gold mentions`);
console.log(`  untyped mentions  ${fmt(prf(...counts.untyped))}`);
console.log(`  typed mentions    ${fmt(prf(...counts.typed))}`);
console.log(`  tagger alone, untyped ${fmt(prf(...alone))}`);
for (const [t, c] of Object.entries(perType)) console.log(`    ${t.padEnd(4)}           ${fmt(prf(...c))}`);
for (const [cls, list] of Object.entries(errors)) console.log(`  ${cls}: ${list.length}  e.g. ${list.slice(0, 6).join('; ')}`);

// The seed count table: entity, aliases and mentions a reader counted by hand.
const table = readFileSync(path.join(ROOT, 'test/fixtures/entities/seed-counts.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
const corpus = await loadCorpus([path.join(ROOT, 'seeds')], () => {});
const found = resolveEntities(buildCorpusIndex(corpus.documents)).entities;
let exact = 0, absErr = 0;
console.log(`\nseed count table (${table.length} entities): expected vs warta`);
for (const [name, type, aliases, expected] of table) {
  const e = found.find((x) => x.name === name || x.aliases.includes(name));
  const got = e ? e.mentions : 0;
  if (got === Number(expected)) exact++;
  absErr += Math.abs(got - Number(expected));
  if (got !== Number(expected)) console.log(`  ${name} (${type}): expected ${expected}, warta ${got}${e && e.name !== name ? ` as "${e.name}"` : ''}${e ? ` [${e.type}]` : ''}`);
}
console.log(`  exact counts: ${exact}/${table.length}; total absolute error ${absErr}`);
