#!/usr/bin/env node
// Build the reference word list that `warta keywords` uses by default: the word forms of
// IndoSum (CC BY-SA 4.0, Kurniawan & Louvan 2018), counted as warta counts them (paragraph
// tokens, case- and accent-folded), words seen fewer than 3 times left out (the token
// total keeps them). Usage: npm run build:reference -- [INDOSUM_DIR]  (default ../shared/corpora/indosum)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCorpus } from '../dist/index.js';
import { wordFrequencies } from '../dist/analysis/word-list.js';
import { writeWordList } from '../dist/analysis/keywords.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const source = process.argv[2] ?? path.join(ROOT, '../shared/corpora/indosum');
const corpus = await openCorpus([source], { cache: false });
const f = wordFrequencies(await corpus.index());
const out = path.join(ROOT, 'data/reference/indosum-words.tsv');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  writeWordList(f, `IndoSum (${corpus.files.length} articles; CC BY-SA 4.0, Kurniawan & Louvan 2018), word forms seen 3 times or more`, 3),
);
console.log(`wrote ${out}: ${f.tokens} tokens, ${[...f.counts.values()].filter((n) => n >= 3).length} of ${f.counts.size} words`);
