#!/usr/bin/env node
// Speed and memory of near-duplicate detection (issue 16). Two parts:
//  1. The ingest cost: the keys (shingles, 64 MinHash functions, 16 band hashes) are made in
//     the ingest workers from each token batch; timed here on one core over IndoSum's text,
//     beside the rest of tokenizing, as MB of text per second (target >= 20 MB/s).
//  2. `warta dupes` on a snapshot (keys read back, only non-exact candidates read again) and
//     with --no-cache, plus --level paragraph and stats --dedupe, on the corpora `npm run bench`
//     makes (bench/corpora/x1, x8, and x140 when present): wall time and peak RSS.
// Usage: npm run bench:dupes -- [INDOSUM_DIR] [CORPUS_DIR ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processText } from '../dist/index.js';
import { tokenizeBatch } from '../dist/text/token-batch.js';
import { batchDupeKeys } from '../dist/dupes/shingles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/warta.js');
const [indosum = path.join(ROOT, '../shared/corpora/indosum'), ...given] = process.argv.slice(2);
const dirs = given.length ? given : ['x1', 'x8', 'x140'].map((d) => path.join(ROOT, 'bench/corpora', d));
const out = ['# Near-duplicate detection: speed and memory', ''];
const say = (line) => {
  out.push(line);
  console.log(line);
};

// 1. Keys at ingest, one core.
const files = readdirSync(indosum).filter((f) => f.endsWith('.txt'));
let bytes = 0;
const docs = files.map((f, i) => {
  const text = readFileSync(path.join(indosum, f), 'utf8');
  bytes += Buffer.byteLength(text);
  return processText(`d${i}`, f, text, { dateFrom: 'none' });
});
const best = (fn) =>
  Math.min(
    ...[0, 1, 2, 3, 4].map(() => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    }),
  );
const batch = tokenizeBatch(docs);
const counts = docs.map((d) => d.paragraphs.length);
const keysMs = best(() => batchDupeKeys(batch.forms, batch.paraTokens, batch.paraLengths, counts));
const tokenizeMs = best(() => tokenizeBatch(docs));
const mb = bytes / 1e6;
say(`## Keys at ingest (one core, IndoSum: ${files.length} files, ${mb.toFixed(1)} MB; best of 5)`);
say('');
say('| step | time | MB/s | target |');
say('| --- | ---: | ---: | --- |');
say(`| near-duplicate keys of a token batch | ${keysMs.toFixed(0)} ms | ${(mb / (keysMs / 1000)).toFixed(1)} | >= 20 MB/s |`);
say(`| tokenizing, keys included (text/token-batch.ts) | ${tokenizeMs.toFixed(0)} ms | ${(mb / (tokenizeMs / 1000)).toFixed(1)} | |`);

/** Bytes of the .txt files under a folder. */
const textBytes = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);

// 2. The command, as a user runs it.
const run = (args) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'node', BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  const [secs, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { secs, mb: kb / 1024, stdout: r.stdout };
};
say('');
say('## `warta dupes` (wall clock and peak RSS, one run each after a warm-up)');
say('');
say('| corpus | text | command | time | MB/s of text | peak RSS | clusters |');
say('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`skipping ${dir}: not found (run npm run bench first, or give a folder)`);
    continue;
  }
  if (!existsSync(path.join(dir, '.warta', 'manifest.json'))) spawnSync('node', [BIN, 'index', dir], { stdio: 'inherit' });
  const text = textBytes(dir);
  const huge = /x140$/.test(dir);
  const commands = [
    ['dupes (snapshot)', ['dupes', dir, '--json']],
    ['stats --dedupe (snapshot)', ['stats', dir, '--dedupe', '--json']],
    ...(huge ? [] : [['dupes --level paragraph', ['dupes', dir, '--level', 'paragraph', '--json']]]),
    ...(huge ? [] : [['dupes --no-cache (read and clean every file)', ['dupes', dir, '--json', '--no-cache']]]),
  ];
  run(commands[0][1]);
  for (const [name, args] of commands) {
    const r = run(args);
    const j = JSON.parse(r.stdout);
    const rate = text ? `${(text / 1e6 / r.secs).toFixed(1)}` : '';
    say(
      `| ${path.basename(dir)} | ${text ? `${(text / 1e6).toFixed(0)} MB` : ''} | ${name} | ${r.secs.toFixed(2)} s | ${rate} | ${r.mb.toFixed(0)} MB | ${j.clusters?.length ?? ''} |`,
    );
  }
}
writeFileSync(path.join(ROOT, 'bench/DUPES.md'), `${out.join('\n')}\n`);
