#!/usr/bin/env node
// Model selection for the entity tagger without touching dev: K-fold cross-validation on
// idner-news-2k train.txt (sentence i goes to fold i mod K). Prints pooled mention P/R/F1
// over the held-out folds for the detector as annotated (tagger, parentheses, titles),
// without the gazetteer fill-in of countries that idner leaves unmarked.
// Usage: npm run cv:ner -- [TRAIN_FILE] [--folds K] [--show CLASS]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, spansOf } from '../dist/entities/conll.js';
import { detectAsAnnotated, formatPRF, prepare, scoreMentions, trainTagger } from './ner-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const K = Number(option('--folds', 5));
const show = option('--show', null);
const trainFile = args[0] ?? path.join(ROOT, '../shared/data/ner/idner-news-2k/train.txt');
if (/dev\.txt$/.test(trainFile)) throw new Error('cross-validation runs on train.txt only');

const all = parseConll(readFileSync(trainFile, 'utf8'));
const pooled = { untyped: [0, 0, 0], typed: [0, 0, 0], perType: {}, errors: {}, alone: [0, 0, 0] };
for (let k = 0; k < K; k++) {
  const model = trainTagger(prepare(all.filter((_, i) => i % K !== k)), () => {});
  const test = prepare(all.filter((_, i) => i % K === k));
  const { counts, perType, errors } = scoreMentions(test, (ex) => detectAsAnnotated(ex, model));
  for (const key of ['untyped', 'typed']) counts[key].forEach((n, j) => (pooled[key][j] += n));
  for (const [t, c] of Object.entries(perType)) c.forEach((n, j) => ((pooled.perType[t] ??= [0, 0, 0])[j] += n));
  for (const [cls, list] of Object.entries(errors)) (pooled.errors[cls] ??= []).push(...list);
  scoreMentions(test, (ex) => spansOf(ex.tokens, model.decode(ex.features, ex.breaks))).counts.untyped.forEach(
    (n, j) => (pooled.alone[j] += n),
  );
}
console.log(`${K}-fold cross-validation on ${path.basename(trainFile)} (${all.length} sentences)`);
console.log(`  untyped  ${formatPRF(pooled.untyped)}`);
console.log(`  typed    ${formatPRF(pooled.typed)}`);
for (const [t, c] of Object.entries(pooled.perType)) console.log(`    ${t.padEnd(4)}   ${formatPRF(c)}`);
console.log(`  tagger alone, untyped ${formatPRF(pooled.alone)}`);
console.log(
  `  errors: ${Object.entries(pooled.errors)
    .map(([cls, list]) => `${cls} ${list.length}`)
    .join(', ')}`,
);
if (show) for (const line of pooled.errors[show] ?? []) console.log(`  ${show}: ${line}`);
