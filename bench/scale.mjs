#!/usr/bin/env node
// Scale benchmark (issue 7): ingest speed and memory, repeat-search latency beside ripgrep,
// and cold start, on IndoSum copied into N subfolders.
//
// Usage: npm run bench -- [INDOSUM_DIR] [--copies 1,8,70] [--minisearch-max 70] [--runs 5]
// (on a fresh clone it runs `npm ci` first).
// INDOSUM_DIR defaults to ../shared/corpora/indosum. Corpora are built under bench/corpora/
// (git-ignored). IndoSum takes 15 MB on disk, so 8 copies are the "115 MB" corpus and 70 the
// "1 GB" one; the table gives both the size on disk and the bytes of text. ripgrep, hyperfine
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
const COPIES = opt('--copies', '1,8,70').split(',').map(Number);
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
  { kind: 'rare word', warta: 'gencatan', rg: 'gencatan' },
  { kind: 'common word', warta: 'pemerintah', rg: 'pemerintah' },
  { kind: 'phrase', warta: '"joko widodo"', rg: 'joko widodo' },
];

function measure(c) {
  log(`\n== ${c.files} files, ${(c.textBytes / 1e6).toFixed(0)} MB of text ==`);
  const row = { ...c };
  // warta index, from scratch.
  rmSync(path.join(c.dir, '.warta'), { recursive: true, force: true });
  const ix = timed(process.execPath, [BIN, 'index', c.dir, '--json']);
  row.warta = ix.ok ? { seconds: ix.seconds, rssMB: ix.rssKB / 1024, mbps: c.textBytes / 1e6 / ix.seconds } : { error: ix.error };
  log(`warta index: ${JSON.stringify(row.warta)}`);
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
      const [w, rg] = hyperfine([
        `${process.execPath} ${BIN} search ${shellQuote(q.warta)} ${c.dir} --no-color`,
        `rg -i -c ${shellQuote(q.rg)} ${c.dir}`,
      ]);
      return { ...q, warta: w, rg };
    });
    for (const s of row.search) log(`${s.kind}: warta ${s.warta.mean.toFixed(3)} s, rg ${s.rg.mean.toFixed(3)} s`);
  }
  return row;
}

const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

// --- report ----------------------------------------------------------------------------
function report(results, coldStarts) {
  const f = (x, d = 2) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
  const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
  const cpu = cpus()[0]?.model ?? 'unknown';
  const lines = [
    '# Scale benchmark results',
    '',
    `Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `Corpora: ${path.basename(source)} (${results[0]?.files / results[0]?.copies} files) copied into N subfolders; made by \`npm run bench\` (bench/scale.mjs).`,
    'Size on disk is what `du` reports (4 KiB blocks: IndoSum is "15 MB"); MB/s are over bytes of text.',
    '',
    '## Ingest: `warta index` (read, clean, tokenize, index, write snapshot) beside MiniSearch `addAll` (indexing only, paragraphs given)',
    '',
    '| copies | files | on disk | text | warta time | warta MB/s | warta peak RSS | RSS per MB of text | MiniSearch addAll | MiniSearch MB/s | MiniSearch peak RSS | speed ratio | memory ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const w = r.warta ?? {};
    const m = r.minisearch ?? {};
    lines.push(
      `| ${r.copies} | ${r.files} | ${mb(r.diskBytes)} | ${mb(r.textBytes)} | ${w.error ? 'failed' : `${f(w.seconds, 1)} s`} | ${f(w.mbps, 1)} | ${f(w.rssMB, 0)} MB | ${f(w.rssMB / (r.textBytes / 1e6), 1)} | ${m.error ? 'failed' : m.addAllSeconds ? `${f(m.addAllSeconds, 1)} s` : 'not run'} | ${f(m.mbps, 1)} | ${m.rssMB ? `${f(m.rssMB, 0)} MB` : 'n/a'} | ${m.mbps ? `${f(w.mbps / m.mbps, 2)}x` : 'n/a'} | ${m.rssMB ? `${f(w.rssMB / m.rssMB, 2)}` : 'n/a'} |`,
    );
  }
  lines.push('', '## Repeat search (snapshot present) beside `rg -i -c` over the same folder (mean of hyperfine runs)', '');
  lines.push('| copies | query | warta search | rg -i -c | warta / rg |', '| ---: | --- | ---: | ---: | ---: |');
  for (const r of results) {
    for (const s of r.search ?? [])
      lines.push(
        `| ${r.copies} | ${s.kind}: \`${s.warta_query ?? QUERIES.find((q) => q.kind === s.kind).warta}\` | ${f(s.warta.mean, 3)} s | ${f(s.rg.mean, 3)} s | ${f(s.warta.mean / s.rg.mean, 2)} |`,
      );
  }
  lines.push('', '## Cold start', '', '| command | mean |', '| --- | ---: |');
  lines.push(
    `| \`node -e 0\` | ${f(coldStarts[0].mean * 1000, 0)} ms |`,
    `| \`warta --version\` | ${f(coldStarts[1].mean * 1000, 0)} ms (${f(coldStarts[1].mean / coldStarts[0].mean, 2)}x) |`,
    `| \`warta --help\` | ${f(coldStarts[2].mean * 1000, 0)} ms (${f(coldStarts[2].mean / coldStarts[0].mean, 2)}x) |`,
  );
  if (results.length > 1) {
    const a = results.find((r) => r.copies === 8);
    const b = results[results.length - 1];
    if (a && b && a !== b && a.warta.seconds && b.warta.seconds) {
      lines.push(
        '',
        `Growth: ${b.copies} copies took ${f(b.warta.seconds / a.warta.seconds, 1)}x the time of 8 copies for ${f(b.textBytes / a.textBytes, 1)}x the text.`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

ensureTools();
// From a fresh clone, `npm run bench` alone is enough: install the pinned dependencies first.
if (!existsSync(path.join(ROOT, 'node_modules/.bin/tsc')))
  execFileSync('npm', ['ci'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const rows = COPIES.map((n) => measure(buildCorpus(n)));
const cold = hyperfine(['node -e 0', `${process.execPath} ${BIN} --version`, `${process.execPath} ${BIN} --help`]);
const md = report(rows, cold);
writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), md);
process.stdout.write(md);
