/**
 * Snapshots (`warta index`) and the parallel loader, end to end: a command answers the
 * same from a snapshot, from a stale snapshot plus changed files, and from the files;
 * worker threads give the same corpus as one thread.
 */
import {
  appendFileSync,
  cpSync,
  symlinkSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, shell, tempCorpus, warta } from './run.js';

const SEEDS = path.join(ROOT, 'seeds');

/** A copy of the seeds in a temporary folder (optionally `copies` times, in subfolders). */
function seedCopy(copies = 1): string {
  const dir = tempCorpus({});
  for (let i = 0; i < copies; i++)
    cpSync(SEEDS, copies === 1 ? dir : path.join(dir, `part${i}`), { recursive: true, filter: (src) => !src.includes('.warta') });
  return dir;
}

const QUERIES = [
  'putin',
  '"perundingan damai"',
  'rusia AND ukraina -zelensky',
  'serang*',
  'ukriana~1',
  '=Korut',
  'title:korea',
  'file:*003*',
  '"pasukan rusia"~3',
];

/** Map items through f one at a time, in order. */
async function mapInOrder<T, R>(items: readonly T[], f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const x of items) out.push(await f(x));
  return out;
}

async function answers(dir: string, extra: string[] = []): Promise<string[]> {
  return mapInOrder(QUERIES, async (q) => {
    const r = await warta(['search', q, dir, '--json', '-n', '50', ...extra]);
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
    return r.stdout;
  });
}

describe('warta index', () => {
  it('writes a snapshot that answers every query as the files do, then reports it up to date', async () => {
    const dir = seedCopy();
    const first = await warta(['index', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('snapshot written');
    expect(readdirSync(path.join(dir, '.warta')).sort()).toEqual([
      'docs.bin',
      'entities.bin',
      'files.json',
      'forms.txt',
      'index.bin',
      'manifest.json',
      'mentions.bin',
      'reports.json',
      'terms.txt',
    ]);
    expect(await answers(dir)).toEqual(await answers(dir, ['--no-cache']));
    const again = await warta(['index', dir, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'up to date', files: 5, reread: 0 });
    expect(again.stderr).toBe('');
  });

  it('gives the same stats, entities, counts, KWIC and export from the snapshot', async () => {
    const dir = seedCopy();
    // Without entities at index time: the first command that detects them saves them.
    await warta(['index', dir, '--no-entities']);
    expect(existsSync(path.join(dir, '.warta', 'mentions.bin'))).toBe(false);
    for (const args of [
      ['stats', dir, '--json'],
      ['entities', dir, '--json'],
      ['search', 'rusia', dir, '--count', '--json'],
      ['search', 'pasukan', dir, '--kwic', '--no-color'],
      ['export', dir, '-f', 'jsonl'],
    ]) {
      const cached = await warta(args);
      const plain = await warta([...args, '--no-cache']);
      expect(cached.code).toBe(0);
      expect(cached.stderr).toBe('');
      expect(cached.stdout).toBe(plain.stdout);
    }
    // The first command that detected entities saved them and their table; the next ones read them back.
    expect(existsSync(path.join(dir, '.warta', 'mentions.bin'))).toBe(true);
    expect(existsSync(path.join(dir, '.warta', 'entities.bin'))).toBe(true);
    expect((await warta(['entities', dir, '--json'])).stdout).toBe((await warta(['entities', dir, '--json', '--no-cache'])).stdout);
  });

  it('keeps the entity mentions found at index time, which give the same answers as detecting again', async () => {
    const dir = seedCopy();
    await warta(['index', dir]);
    for (const args of [
      ['entities', dir, '--json'],
      ['stats', dir, '--json'],
      ['search', 'entity:Putin', dir, '--json'],
      ['search', 'rusia', dir, '--count', '--by', 'entity', '--json'],
      ['entities', dir, '--occurrences'],
      ['entities', dir, '--by', 'outlet', '--json'],
      ['entities', dir, '--with', 'Putin', '--json'],
      ['trend', 'rusia', 'ukraina', dir, '--by', 'day', '--json'],
      ['stats', dir, '--since', '2024', '--json'],
      ['search', 'rusia date:2024-05', dir, '--count', '--by', 'month', '--json'],
    ]) {
      const cached = await warta(args);
      expect(cached.stderr).toBe('');
      expect(cached.stdout).toBe((await warta([...args, '--no-cache'])).stdout);
    }
  });

  it('keeps the near-duplicate keys made at ingest: dupes and --dedupe answer as from the files', async () => {
    const dir = tempCorpus({});
    for (const part of ['a', 'b'])
      cpSync(path.join(ROOT, 'seeds'), path.join(dir, part), { recursive: true, filter: (s) => !s.includes('.warta') });
    await warta(['index', dir]);
    for (const args of [
      ['dupes', dir, '--json'],
      ['dupes', dir, '--level', 'paragraph', '--json'],
      ['stats', dir, '--dedupe', '--json'],
      ['export', dir, '-f', 'jsonl'],
    ]) {
      const cached = await warta(args);
      expect(cached.stdout).toBe((await warta([...args, '--no-cache'])).stdout);
    }
    expect(JSON.parse((await warta(['dupes', dir, '--json'])).stdout).duplicates).toBe(5);
  });

  it('reads changed, added and removed files again and says the snapshot is out of date', async () => {
    const dir = seedCopy();
    await warta(['index', dir]);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    appendFileSync(path.join(dir, files[0]), '\nKapal selam Zygorthia berlayar ke utara pada malam hari itu juga.\n');
    rmSync(path.join(dir, files[1]));
    writeFileSync(
      path.join(dir, 'baru.txt'),
      'Judul Berita Baru\n\nWarga Qwertania merayakan panen raya di desa itu dengan meriah sekali.\n',
    );
    const r = await warta(['search', 'zygorthia OR qwertania', dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/out of date: 2 new or changed files read, 1 removed, 3 reused/);
    expect(JSON.parse(r.stdout).total).toBe(2);
    expect(await answers(dir)).toEqual(await answers(dir, ['--no-cache']));
    const idx = JSON.parse((await warta(['index', dir, '--json'])).stdout);
    expect(idx).toMatchObject({ status: 'updated', files: 5, reread: 2 });
    const after = await warta(['search', 'zygorthia', dir]);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  });

  it('notices a same-size, same-time edit only with --verify', async () => {
    const dir = seedCopy();
    const file = path.join(
      dir,
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()[0],
    );
    utimesSync(file, 1700000000, 1700000000); // whole seconds: restorable exactly
    await warta(['index', dir]);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/Rusia/, 'Rxsia'));
    utimesSync(file, 1700000000, 1700000000);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
    expect(JSON.parse((await warta(['search', 'rxsia', dir, '--json'])).stdout).total).toBe(0);
    const verified = await warta(['search', 'rxsia', dir, '--json', '--verify']);
    expect(JSON.parse(verified.stdout).total).toBe(1);
    expect(verified.stderr).toMatch(/out of date/);
  });

  it('with --assume-unchanged, trusts files edited in place but still sees a file added', async () => {
    const dir = seedCopy();
    await warta(['index', dir, '--no-entities']);
    const file = path.join(
      dir,
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()[0],
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace(/Rusia/, 'Rxsia'));
    // The edit changed the file's mtime: the default check reads it again; the archive mode does not look.
    expect(JSON.parse((await warta(['search', 'rxsia', dir, '--json'])).stdout).total).toBe(1);
    const trusted = await warta(['search', 'rxsia', dir, '--json', '--assume-unchanged']);
    expect(JSON.parse(trusted.stdout).total).toBe(0);
    expect(trusted.stderr).toBe('');
    writeFileSync(path.join(dir, 'new.txt'), 'Menteri Rxsia berbicara di Moskwa pada Senin pagi.\n');
    // A folder changed: every file is checked again, so the edit is read too.
    const added = await warta(['search', 'rxsia', dir, '--json', '--assume-unchanged']);
    expect(JSON.parse(added.stdout).total).toBe(2);
    expect(added.stderr).toMatch(/out of date: 2 new or changed files read/);
  });

  it('ignores a snapshot made with other cleaning options, and a damaged one', async () => {
    const dir = seedCopy();
    await warta(['index', dir]);
    const other = await warta(['search', 'putin', dir, '--json', '--keep', 'clean/byline']);
    expect(other.stderr).toMatch(/other cleaning options/);
    expect(other.stdout).toBe((await warta(['search', 'putin', dir, '--json', '--keep', 'clean/byline', '--no-cache'])).stdout);
    // A snapshot of an older format (as one made by an earlier warta) is read past with a note.
    const manifest = path.join(dir, '.warta', 'manifest.json');
    const current = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, current.replace(/"format":\d+/, '"format":2'));
    const older = await warta(['search', 'putin', dir, '--json']);
    expect(older.stderr).toMatch(/another warta version or is damaged; reading the files/);
    expect(older.stdout).toBe((await warta(['search', 'putin', dir, '--json', '--no-cache'])).stdout);
    writeFileSync(manifest, current);
    truncateSync(path.join(dir, '.warta', 'index.bin'), 100);
    const damaged = await warta(['search', 'putin', dir, '--json']);
    expect(damaged.code).toBe(0);
    expect(damaged.stderr).toMatch(/cannot be read/);
    expect(damaged.stdout).toBe((await warta(['search', 'putin', dir, '--json', '--no-cache'])).stdout);
  });

  it('writes to --cache DIR, and refuses files or several folders', async () => {
    const dir = seedCopy();
    const cache = path.join(tempCorpus({}), 'snap');
    expect((await warta(['index', dir, '--cache', cache])).code).toBe(0);
    expect(existsSync(path.join(cache, 'manifest.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.warta'))).toBe(false);
    expect((await warta(['search', 'putin', dir, '--cache', cache, '--json'])).stdout).toBe(
      (await warta(['search', 'putin', dir, '--json'])).stdout,
    );
    const file = path.join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt'))[0]);
    const r = await warta(['index', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/one corpus folder/);
  });
});

describe('snapshot freshness', () => {
  it('after index --follow, a file added under a linked folder is counted (issue 12)', async () => {
    const outside = tempCorpus({ 'sub/b.txt': readFileSync(path.join(SEEDS, readdirSync(SEEDS)[0]), 'utf8') });
    const dir = seedCopy();
    symlinkSync(outside, path.join(dir, 'linked'));
    expect((await warta(['index', dir, '--follow'])).code).toBe(0);
    // Only the linked folder's own subfolder changes: discovery walked it, so freshness must.
    writeFileSync(path.join(outside, 'sub', 'c.txt'), 'Presiden Rusia Vladimir Putin berbicara di Moskwa pada Senin.\n');
    const cached = await warta(['stats', dir, '--follow', '--json']);
    const plain = await warta(['stats', dir, '--follow', '--json', '--no-cache']);
    expect(JSON.parse(plain.stdout).files).toBe(7);
    expect(JSON.parse(cached.stdout).files).toBe(7);
    expect(cached.stderr).toContain('out of date: 1 new or changed files read');
  });
});

describe('parallel loading', () => {
  describe('worker threads load the same corpus as one thread', () => {
    const dir = seedCopy(60); // 300 files: above the worker threshold
    const run = async (args: string[], threads: string) => (await warta(args, { env: { WARTA_THREADS: threads } })).stdout;
    it.each([[['stats', '--json']], [['search', 'rusia OR "korea utara"', '--json', '-n', '20']], [['export', '-f', 'jsonl']]])(
      '%j',
      async (args) => {
        const withDir = [args[0], ...(args[0] === 'search' ? [args[1], dir, ...args.slice(2)] : [dir, ...args.slice(1)])];
        const a = await run(withDir, '1');
        expect(a.length).toBeGreaterThan(100);
        expect(await run(withDir, '2')).toBe(a);
      },
    );
  });
  it('worker threads keep the default limits (a file over 50 MiB is skipped, as on one thread)', async () => {
    const dir = seedCopy(60);
    writeFileSync(path.join(dir, 'big.txt'), 'Warga menonton berita.\n'.repeat(2_300_000)); // 52.9 MB
    for (const threads of ['1', '2']) {
      const r = await warta(['search', 'putin', dir, '-c'], { env: { WARTA_THREADS: threads } });
      expect(r.stderr).toMatch(/big\.txt: larger than --max-filesize \(50\.4 MiB > 50\.0 MiB\), skipped/);
    }
  });
  it('draws a progress bar on a terminal, and nothing in a pipe', async () => {
    const dir = seedCopy(60);
    const tty = shell(
      `WARTA_PROGRESS_DELAY_MS=0 WARTA_THREADS=1 TERM=xterm script -qec "node bin/warta.js search putin ${dir} --no-color -n 1" /dev/null`,
    );
    expect(tty.stdout).toMatch(/reading \[[^\]]*\] \d+% \| \d+\/300 files/);
    const piped = await warta(['search', 'putin', dir, '-n', '1'], { env: { WARTA_PROGRESS_DELAY_MS: '0', WARTA_THREADS: '1' } });
    expect(piped.stderr).toBe('');
  });
});
