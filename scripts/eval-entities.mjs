#!/usr/bin/env node
// Entity evaluation (issue 5): mention precision, recall and F1 on idner-news-2k dev
// (exact spans; untyped and typed), and the hand-checked seed count table.
// Usage: npm run eval:entities -- [DEV_FILE]   (default ../shared/data/ner/idner-news-2k/dev.txt)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, spansOf } from '../dist/entities/conll.js';
import { bundledModel } from '../dist/entities/tagger.js';
import { openCorpus } from '../dist/index.js';
import { detectAsAnnotated, formatPRF, prepare, scoreMentions } from './ner-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const devFile = process.argv[2] ?? path.join(ROOT, '../shared/data/ner/idner-news-2k/dev.txt');
const model = bundledModel();
const examples = prepare(parseConll(readFileSync(devFile, 'utf8')));

// 1. Mention detection as annotated: tagger, parentheses, titles; spans on idner's tokens.
const detection = scoreMentions(examples, (ex) => detectAsAnnotated(ex, model));
// 2. What `warta entities` counts: also the known places idner leaves unmarked
//    ("masyarakat Indonesia", "Rusia menyerang"), which a reader counting mentions counts.
const counting = scoreMentions(examples, (ex) => detectAsAnnotated(ex, model, {}));
// 3. The tagger alone (no parenthesis or title handling), for comparison.
const alone = scoreMentions(examples, (ex) => spansOf(ex.tokens, model.decode(ex.features, ex.breaks)));

console.log(
  `idner-news-2k ${path.basename(devFile)}: ${examples.length} sentences, ${examples.reduce((n, e) => n + e.spans.length, 0)} gold mentions`,
);
console.log(`  mention detection, untyped  ${formatPRF(detection.counts.untyped)}`);
console.log(`  mention detection, typed    ${formatPRF(detection.counts.typed)}`);
for (const [t, c] of Object.entries(detection.perType)) console.log(`    ${t.padEnd(4)}                     ${formatPRF(c)}`);
console.log(`  with country fill-in, untyped ${formatPRF(counting.counts.untyped)}   (what \`warta entities\` counts)`);
console.log(`  with country fill-in, typed   ${formatPRF(counting.counts.typed)}`);
console.log(`  tagger alone, untyped         ${formatPRF(alone.counts.untyped)}`);
console.log('  errors of mention detection:');
for (const [cls, list] of Object.entries(detection.errors)) console.log(`    ${cls}: ${list.length}  e.g. ${list.slice(0, 6).join('; ')}`);

// The seed count table: entity, aliases and mentions a reader counted by hand.
const table = readFileSync(path.join(ROOT, 'test/fixtures/entities/seed-counts.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .slice(1)
  .map((l) => l.split('\t'));
const seeds = await openCorpus([path.join(ROOT, 'seeds')], { cache: false });
const found = (await seeds.entities()).entities;
let exact = 0,
  absErr = 0;
console.log(`\nseed count table (${table.length} entities): expected vs warta`);
for (const [name, type, , expected] of table) {
  const e = found.find((x) => x.name === name || x.aliases.includes(name));
  const got = e ? e.mentions : 0;
  if (got === Number(expected)) exact++;
  absErr += Math.abs(got - Number(expected));
  if (got !== Number(expected))
    console.log(
      `  ${name} (${type}): expected ${expected}, warta ${got}${e && e.name !== name ? ` as "${e.name}"` : ''}${e ? ` [${e.type}]` : ''}`,
    );
}
console.log(`  exact counts: ${exact}/${table.length}; total absolute error ${absErr}`);
