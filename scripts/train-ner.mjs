#!/usr/bin/env node
// Train the entity tagger (issue 5): a structured averaged perceptron on idner-news-2k
// train.txt, never on dev. Reproducible: fixed epochs and a seeded shuffle.
// Usage: npm run train:ner -- [TRAIN_FILE]   (default ../shared/data/ner/idner-news-2k/train.txt)
// Writes data/ner-model.json.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../dist/entities/conll.js';
import { Perceptron } from '../dist/entities/tagger.js';
import { prepare } from './ner-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const trainFile = process.argv[2] ?? path.join(ROOT, '../shared/data/ner/idner-news-2k/train.txt');
if (/dev\.txt$/.test(trainFile)) throw new Error('refusing to train on dev.txt');
const EPOCHS = 12;

let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);

const examples = prepare(parseConll(readFileSync(trainFile, 'utf8')));
const model = new Perceptron();
const order = examples.map((_, i) => i);
const t0 = performance.now();
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let wrong = 0;
  for (const i of order) {
    const ex = examples[i];
    const before = model.decode(ex.features);
    wrong += before.filter((t, k) => t !== ex.tags[k]).length;
    model.update(ex.features, ex.tags);
  }
  console.error(`epoch ${epoch + 1}: ${wrong} token errors`);
}
model.average();
const json = model.toJSON();
writeFileSync(path.join(ROOT, 'data/ner-model.json'), JSON.stringify(json));
console.log(`trained on ${examples.length} sentences from ${path.basename(trainFile)} in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${Object.keys(json.weights).length} features kept`);
