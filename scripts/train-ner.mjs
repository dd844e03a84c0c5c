#!/usr/bin/env node
// Train the entity tagger (issues 5 and 19): a linear-chain CRF (src/entities/crf.ts) on
// idner-news-2k train.txt (never dev or test) and on the IndoSum sentences this project
// labelled for training (data/ner/indosum-train.tsv: sport, technology, business and other
// news, none from the articles of the cross-source evaluation set). Each set gets its own
// lexicon, as each corpus does at run time. Reproducible: fixed epochs and a seeded shuffle.
// Usage: npm run train:ner -- [--train FILE] [--extra FILE | --no-extra] [--gold-weight N] [--org-bias X]
//   defaults: ../shared/data/ner/idner-news-2k/train.txt, data/ner/indosum-train.tsv, 2, 0.5
// Writes data/ner-model.json.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConll } from '../dist/entities/conll.js';
import { readBracketed, xsourceArticles } from './bracketed.mjs';
import { prepare, trainTagger } from './ner-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: path.join(ROOT, '../shared/data/ner/idner-news-2k/train.txt') },
    extra: { type: 'string', default: path.join(ROOT, 'data/ner/indosum-train.tsv') },
    'no-extra': { type: 'boolean' },
    'gold-weight': { type: 'string', default: '2' },
    'org-bias': { type: 'string', default: '0.5' },
  },
});
if (/(dev|test)\.txt$/.test(values.train)) throw new Error('refusing to train on a dev or test split');
const gold = prepare(parseConll(readFileSync(values.train, 'utf8')));
let extra = [];
if (!values['no-extra']) {
  const evaluated = xsourceArticles();
  extra = readBracketed(values.extra);
  const leak = extra.find((ex) => evaluated.has(`${ex.source}.txt`));
  if (leak)
    throw new Error(`${path.basename(values.extra)} holds a sentence of ${leak.source}, an article of the cross-source evaluation set`);
  extra = prepare(extra);
}
const t0 = performance.now();
// idner-news-2k's sentences count twice: its conventions (a country as a modifier is not
// marked) hold against the larger IndoSum set, which brings the vocabulary of sport, business
// and technology (4-fold cross-validation on idner train: 0.859 without IndoSum, 0.857 with it
// once, 0.859 with idner twice; cross-source dev best with idner twice).
const model = trainTagger([...Array.from({ length: Number(values['gold-weight']) }, () => gold).flat(), ...extra]);
const json = model.toJSON();
// Calibration: organisations are the type the tagger is most careful with (precision well
// above recall on the cross-source development part), so every token leans to ORG by a
// fixed amount through the always-on feature "b". 0.5 was chosen on that development part
// (ORG recall 0.73 -> 0.78, typed F1 0.823 -> 0.827); cross-validation on idner train moves
// 0.860 -> 0.858.
const ORG_BIAS = Number(values['org-bias']);
for (const tag of ['B-ORG', 'I-ORG']) json.weights.b[json.tags.indexOf(tag)] += ORG_BIAS;
writeFileSync(path.join(ROOT, 'data/ner-model.json'), JSON.stringify(json));
console.log(
  `trained on ${gold.length} sentences from ${path.basename(values.train)}${extra.length ? ` and ${extra.length} from ${path.basename(values.extra)}` : ''} in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${Object.keys(json.weights).length} features kept`,
);
