#!/usr/bin/env node
// Scale benchmark (issues 7 and 13): ingest speed and memory with and without entities,
// snapshot size, entities after indexing, repeat-search latency beside ripgrep, MiniSearch's
// addAll beside warta, and cold start, on IndoSum copied into N subfolders.
//
// Usage: npm run bench -- [INDOSUM_DIR] [--copies 1,8,140] [--minisearch-max 70] [--runs 5]
// (on a fresh clone it runs `npm ci` first).
// INDOSUM_DIR defaults to ../shared/corpora/indosum. Corpora are built under bench/corpora/
// (git-ignored). IndoSum holds 7.2 MB of text, so 8 copies are 58 MB and 140 copies the
// 1 GB corpus; the tables give the bytes of text. ripgrep, hyperfine
// and GNU time are installed with apt-get when missing. Writes bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/warta.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const source = path.resolve(
  args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? path.join(ROOT, '../shared/corpora/indosum'),
);
const COPIES = opt('--copies', '1,8,140').split(',').map(Number);
const MINISEARCH_MAX = Number(opt('--minisearch-max', '70'));
const RUNS = Number(opt('--runs', '5'));
const log = (s) => process.stderr.write(s + '\n');

// --- tools -----------------------------------------------------------------------------
function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}
function ensureTools() {
  const missing = [
    ['rg', 'ripgrep'],
    ['hyperfine', 'hyperfine'],
  ]
    .filter(([c]) => !have(c))
    .map(([, p]) => p);
  if (!existsSync('/usr/bin/time')) missing.push('time');
  if (!missing.length) return;
  log(`installing ${missing.join(', ')} with apt-get`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (a) => spawnSync(sudo[0] ?? a[0], sudo.length ? a : a.slice(1), { stdio: 'inherit' });
  if (run(['apt-get', 'install', '-y', ...missing]).status !== 0) {
    run(['apt-get', 'update']);
    if (run(['apt-get', 'install', '-y', ...missing]).status !== 0) throw new Error(`could not install ${missing.join(', ')}`);
  }
}

// --- corpora ---------------------------------------------------------------------------
function buildCorpus(copies) {
  const dir = path.join(ROOT, 'bench/corpora', `x${copies}`);
  const files = readdirSync(source).filter((f) => f.endsWith('.txt'));
  const done = path.join(dir, '.complete');
  if (!existsSync(done)) {
    log(`building ${dir} (${copies} copies of ${files.length} files)`);
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < copies; i++) {
      const part = path.join(dir, `part${String(i).padStart(3, '0')}`);
      mkdirSync(part, { recursive: true });
      for (const f of files) cpSync(path.join(source, f), path.join(part, f));
    }
    writeFileSync(done, '');
  }
  let bytes = 0;
  for (const f of files) bytes += statSync(path.join(source, f)).size;
  const disk = Number(execFileSync('du', ['-sb', '--exclude=.warta', dir], { encoding: 'utf8' }).split('\t')[0]);
  return { dir, copies, files: files.length * copies, textBytes: bytes * copies, diskBytes: disk };
}

// --- measuring -------------------------------------------------------------------------
/** Run a command under GNU time: wall seconds and peak RSS (KB). */
function timed(cmd, cmdArgs, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...cmdArgs], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) return { ok: false, error: r.stderr.trim().split('\n').slice(-3).join(' ') };
  return { ok: true, seconds: Number(m[1]), rssKB: Number(m[2]), stdout: r.stdout };
}

/** hyperfine mean and stddev (seconds) of each command. */
function hyperfine(commands) {
  const out = path.join(ROOT, 'bench/corpora/hyperfine.json');
  execFileSync('hyperfine', ['-N', '-w', '2', '-r', String(RUNS), '--export-json', out, ...commands], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(out, 'utf8')).results.map((r) => ({ mean: r.mean, stddev: r.stddev }));
}

const QUERIES = [
  { kind: 'rare word', args: ['gencatan'], rg: 'gencatan' },
  { kind: 'common word', args: ['pemerintah'], rg: 'pemerintah' },
  { kind: 'phrase', args: ['"joko widodo"'], rg: 'joko widodo' },
  { kind: 'count', args: ['pemerintah', '--count'], rg: 'pemerintah' },
];

/** Bytes under a folder (the snapshot). */
const bytesUnder = (dir) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);

function measure(c) {
  log(`\n== ${c.files} files, ${(c.textBytes / 1e6).toFixed(0)} MB of text ==`);
  const row = { ...c };
  const snap = path.join(c.dir, '.warta');
  const result = (r) => (r.ok ? { seconds: r.seconds, rssMB: r.rssKB / 1024, mbps: c.textBytes / 1e6 / r.seconds } : { error: r.error });
  // warta index without entity detection, then the first `entities` (detects and saves them).
  rmSync(snap, { recursive: true, force: true });
  row.plain = result(timed(process.execPath, [BIN, 'index', c.dir, '--no-entities', '--json']));
  log(`warta index --no-entities: ${JSON.stringify(row.plain)}`);
  row.firstEntities = result(timed(process.execPath, [BIN, 'entities', c.dir, '--top', '1']));
  log(`first entities after --no-entities: ${JSON.stringify(row.firstEntities)}`);
  // warta index with entities, from scratch: the default.
  rmSync(snap, { recursive: true, force: true });
  const ix = timed(process.execPath, [BIN, 'index', c.dir, '--json']);
  row.warta = result(ix);
  log(`warta index: ${JSON.stringify(row.warta)}`);
  if (ix.ok) {
    row.snapshotBytes = bytesUnder(snap);
    row.entitiesAfter = result(timed(process.execPath, [BIN, 'entities', c.dir, '--top', '1']));
    row.statsAfter = result(timed(process.execPath, [BIN, 'stats', c.dir]));
    log(`after index: entities ${JSON.stringify(row.entitiesAfter)}, stats ${JSON.stringify(row.statsAfter)}`);
  }
  // MiniSearch addAll over the same paragraphs (read from warta's export of the snapshot).
  if (c.copies <= MINISEARCH_MAX && ix.ok) {
    const jsonl = path.join(ROOT, 'bench/corpora', `x${c.copies}.jsonl`);
    if (!existsSync(jsonl)) execFileSync(process.execPath, [BIN, 'export', c.dir, '-f', 'jsonl', '-o', jsonl, '--force']);
    const ms = timed(process.execPath, ['--max-old-space-size=20000', path.join(ROOT, 'bench/minisearch-ingest.mjs'), jsonl]);
    row.minisearch = ms.ok ? { ...JSON.parse(ms.stdout), rssMB: ms.rssKB / 1024 } : { error: ms.error };
    if (row.minisearch.addAllSeconds) row.minisearch.mbps = c.textBytes / 1e6 / row.minisearch.addAllSeconds;
    log(`MiniSearch: ${JSON.stringify(row.minisearch)}`);
  }
  // Repeat search (snapshot present) beside ripgrep's scan of the same folder.
  if (ix.ok) {
    row.search = QUERIES.map((q) => {
      const quoted = q.args.map(shellQuote).join(' ');
      const [w, trusted, rg] = hyperfine([
        `${process.execPath} ${BIN} search ${quoted} ${c.dir} --no-color`,
        `${process.execPath} ${BIN} search ${quoted} ${c.dir} --no-color --assume-unchanged`,
        `rg -i -c ${shellQuote(q.rg)} ${c.dir}`,
      ]);
      return { ...q, warta: w, trusted, rg };
    });
    for (const s of row.search)
      log(`${s.kind}: warta ${s.warta.mean.toFixed(3)} s, --assume-unchanged ${s.trusted.mean.toFixed(3)} s, rg ${s.rg.mean.toFixed(3)} s`);
  }
  return row;
}

const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

// --- report ----------------------------------------------------------------------------
function report(results, coldStarts) {
  const f = (x, d = 2) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
  const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
  const time = (r) => (!r ? 'not run' : r.error ? 'failed' : `${f(r.seconds, 1)} s`);
  const cpu = cpus()[0]?.model ?? 'unknown';
  const lines = [
    '# Scale benchmark results',
    '',
    `Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `Corpora: ${path.basename(source)} (${results[0]?.files / results[0]?.copies} files) copied into N subfolders; made by \`npm run bench\` (bench/scale.mjs).`,
    'Size on disk is what `du` reports (4 KiB blocks: IndoSum is "15 MB"); MB/s are over bytes of text. One run each for ingest (GNU time);',
    'hyperfine means for searches. Targets (issue 13) are in brackets.',
    '',
    '## Ingest: `warta index` (read, clean, tokenize, stem, index, detect entities, write the snapshot)',
    '',
    '| copies | files | text | index [>= 20 MB/s] | MB/s | peak RSS | RSS per MB of text [<= 3] | `--no-entities` [>= 30 MB/s] | MB/s | peak RSS | snapshot | snapshot / text [<= 2] |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const w = r.warta ?? {};
    const p = r.plain ?? {};
    lines.push(
      `| ${r.copies} | ${r.files} | ${mb(r.textBytes)} | ${time(w)} | ${f(w.mbps, 1)} | ${f(w.rssMB, 0)} MB | ${f(w.rssMB / (r.textBytes / 1e6), 1)} | ${time(p)} | ${f(p.mbps, 1)} | ${f(p.rssMB, 0)} MB | ${r.snapshotBytes ? mb(r.snapshotBytes) : 'n/a'} | ${r.snapshotBytes ? f(r.snapshotBytes / r.textBytes, 2) : 'n/a'} |`,
    );
  }
  lines.push('', '## Beside MiniSearch `addAll` (indexing only, paragraphs given; warta without entities, as MiniSearch has none)', '');
  lines.push(
    '| copies | warta `--no-entities` | MiniSearch addAll | speed ratio (warta MB/s / MiniSearch MB/s) | warta peak RSS | MiniSearch peak RSS | memory ratio [<= 0.5] |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const p = r.plain ?? {};
    const m = r.minisearch ?? {};
    lines.push(
      `| ${r.copies} | ${time(p)} | ${m.error ? 'failed' : m.addAllSeconds ? `${f(m.addAllSeconds, 1)} s` : 'not run'} | ${m.mbps ? `${f(p.mbps / m.mbps, 2)}x` : 'n/a'} | ${f(p.rssMB, 0)} MB | ${m.rssMB ? `${f(m.rssMB, 0)} MB` : 'n/a'} | ${m.rssMB ? f(p.rssMB / m.rssMB, 2) : 'n/a'} |`,
    );
  }
  lines.push('', '## Entities and stats after `warta index` (mentions kept in the snapshot) [within 1.5x of a search]', '');
  lines.push('| copies | entities | stats | search (rare word) | entities / search | first entities after `index --no-entities` |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const s = r.search?.[0]?.warta?.mean;
    lines.push(
      `| ${r.copies} | ${time(r.entitiesAfter)} | ${time(r.statsAfter)} | ${s ? `${f(s, 2)} s` : 'n/a'} | ${s && r.entitiesAfter?.seconds ? f(r.entitiesAfter.seconds / s, 1) : 'n/a'} | ${time(r.firstEntities)} |`,
    );
  }
  lines.push('', '## Repeat search (snapshot present) beside `rg -i -c` over the same folder [warta <= rg; <= 0.15 s on one copy]', '');
  lines.push(
    '| copies | query | warta search | / rg | with `--assume-unchanged` | / rg | rg -i -c |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const s of r.search ?? [])
      lines.push(
        `| ${r.copies} | ${s.kind}: \`${s.args.join(' ')}\` | ${f(s.warta.mean, 3)} s | ${f(s.warta.mean / s.rg.mean, 2)} | ${f(s.trusted.mean, 3)} s | ${f(s.trusted.mean / s.rg.mean, 2)} | ${f(s.rg.mean, 3)} s |`,
      );
  }
  lines.push('', '## Cold start', '', '| command | mean |', '| --- | ---: |');
  lines.push(
    `| \`node -e 0\` | ${f(coldStarts[0].mean * 1000, 0)} ms |`,
    `| \`warta --version\` | ${f(coldStarts[1].mean * 1000, 0)} ms (${f(coldStarts[1].mean / coldStarts[0].mean, 2)}x) |`,
    `| \`warta --help\` | ${f(coldStarts[2].mean * 1000, 0)} ms (${f(coldStarts[2].mean / coldStarts[0].mean, 2)}x) |`,
  );
  const eight = results.find((r) => r.copies === 8);
  const last = results[results.length - 1];
  if (eight && last && eight !== last && eight.warta?.seconds && last.warta?.seconds) {
    lines.push(
      '',
      `Growth: ${last.copies} copies took ${f(last.warta.seconds / eight.warta.seconds, 1)}x the time of 8 copies for ${f(last.textBytes / eight.textBytes, 1)}x the text.`,
    );
  }
  return lines.join('\n') + '\n';
}

if (!opt('--from-json', null)) ensureTools();
// From a fresh clone, `npm run bench` alone is enough: install the pinned dependencies first.
if (!existsSync(path.join(ROOT, 'node_modules/.bin/tsc')))
  execFileSync('npm', ['ci'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
// The measurements are kept (bench/corpora/last-run.json): `--from-json FILE` renders a table again without measuring.
const saved = opt('--from-json', null);
let rows;
let cold;
if (saved) ({ rows, cold } = JSON.parse(readFileSync(saved, 'utf8')));
else {
  rows = COPIES.map((n) => measure(buildCorpus(n)));
  cold = hyperfine(['node -e 0', `${process.execPath} ${BIN} --version`, `${process.execPath} ${BIN} --help`]);
  writeFileSync(path.join(ROOT, 'bench/corpora/last-run.json'), JSON.stringify({ rows, cold }));
}
const md = report(rows, cold);
writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), md);
process.stdout.write(md);
