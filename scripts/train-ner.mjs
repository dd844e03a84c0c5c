#!/usr/bin/env node
// Train the entity tagger (issue 5): a linear-chain CRF (src/entities/crf.ts) on
// idner-news-2k train.txt, never on dev. Reproducible: fixed epochs and a seeded shuffle.
// Usage: npm run train:ner -- [TRAIN_FILE]   (default ../shared/data/ner/idner-news-2k/train.txt)
// Writes data/ner-model.json.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../dist/entities/conll.js';
import { prepare, trainTagger } from './ner-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const trainFile = process.argv[2] ?? path.join(ROOT, '../shared/data/ner/idner-news-2k/train.txt');
if (/(dev|test)\.txt$/.test(trainFile)) throw new Error('refusing to train on a dev or test split');
const examples = prepare(parseConll(readFileSync(trainFile, 'utf8')));
const t0 = performance.now();
const model = trainTagger(examples);
const json = model.toJSON();
writeFileSync(path.join(ROOT, 'data/ner-model.json'), JSON.stringify(json));
console.log(
  `trained on ${examples.length} sentences from ${path.basename(trainFile)} in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${Object.keys(json.weights).length} features kept`,
);
