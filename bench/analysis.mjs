#!/usr/bin/env node
// Speed of the corpus-analysis commands on a snapshot (issue 15): words, keywords against the
// shipped list, collocates of a common and a rare word, and n-grams, on IndoSum copied 1 and
// 8 times (the folders `npm run bench` makes in bench/corpora; a snapshot is made first if
// missing). Targets: collocates of a common word and a keyword list under 1 s on IndoSum,
// under 3 s on 8 copies. Mean of 3 runs each (wall clock, the CLI as a user runs it).
// Usage: npm run bench:analysis -- [CORPUS_DIR ...]   (default bench/corpora/x1 bench/corpora/x8)
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/warta.js');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['bench/corpora/x1', 'bench/corpora/x8'].map((d) => path.join(ROOT, d));
const COMMANDS = [
  ['words', ['words', '--top', '20']],
  ['keywords (shipped list)', ['keywords']],
  ['collocates, common word: pemerintah', ['collocates', 'pemerintah']],
  ['collocates, rare word: gencatan', ['collocates', 'gencatan', '--min-freq', '1']],
  ['ngrams -n 2..4', ['ngrams']],
];

const time = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
};

const lines = ['| corpus | command | mean of 3 | target |', '| --- | --- | ---: | --- |'];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`skipping ${dir}: not found (run npm run bench first, or give a folder)`);
    continue;
  }
  if (!existsSync(path.join(dir, '.warta', 'manifest.json'))) spawnSync('node', [BIN, 'index', dir], { stdio: 'inherit' });
  const big = /x8$/.test(dir);
  for (const [name, args] of COMMANDS) {
    time([...args, dir]); // warm the page cache
    const runs = [0, 1, 2].map(() => time([...args, dir]));
    const mean = runs.reduce((a, b) => a + b, 0) / runs.length;
    const target = /keywords|common/.test(name) ? (big ? '< 3 s' : '< 1 s') : '';
    lines.push(`| ${path.basename(dir)} | ${name} | ${mean.toFixed(2)} s | ${target} |`);
    console.log(lines.at(-1));
  }
}
writeFileSync(path.join(ROOT, 'bench/ANALYSIS.md'), `# Corpus-analysis commands on a snapshot\n\n${lines.join('\n')}\n`);
