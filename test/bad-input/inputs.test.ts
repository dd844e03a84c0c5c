// Issue 6, cases 1-9: bad paths, encodings, binary files, line ends, empty files, sizes,
// links, unreadable files and many files. Each test spawns the built binary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shell, tempCorpus, warta, wartaProcess } from '../e2e/run.js';

const SENTENCE = 'Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina pekan depan.';
const oneLine = (s: string) => {
  expect(s.trim().split('\n')).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /);
};
const statsOf = async (args: string[]) => {
  const r = await warta(['stats', ...args, '--json']);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : null };
};
const paragraphsOf = async (dir: string, extra: string[] = []) =>
  JSON.parse((await warta(['export', dir, ...extra])).stdout).documents.map((d: { paragraphs: { text: string }[] }) =>
    d.paragraphs.map((p) => p.text),
  );

describe('1. paths', () => {
  it('missing path: one line with a hint, exit 2', async () => {
    const r = await warta(['stats', '/no/such/dir']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/path not found.*bundled seeds/);
  });
  it('a FIFO named on the command line: warned, never read (no hang), the rest answered, exit 2', async () => {
    const dir = tempCorpus({ 'a.txt': SENTENCE });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const r = await statsOf([path.join(dir, 'pipe.txt'), path.join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
    expect(r.json.documents).toBe(1);
  });
  it('empty folder and a folder with no .txt: one line, exit 2', async () => {
    for (const dir of [tempCorpus({}), tempCorpus({ 'notes.md': '# x', 'img.jpg': 'x' })]) {
      const r = await warta(['stats', dir]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain('no **/*.txt files');
    }
  });
});

describe('2. encodings', () => {
  const cp1252 = Buffer.from([
    0x93,
    ...Buffer.from('Kami siap berunding,'),
    0x94,
    ...Buffer.from(' kata Peskov kepada wartawan di Moskow.'),
  ]);
  const dir = tempCorpus({
    'bom8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]),
    'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]),
    'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()]),
    'win1252.txt': cp1252,
  });
  it('reads UTF-8 with BOM and UTF-16 LE/BE with BOM as the same text', async () => {
    const j = JSON.parse((await warta(['export', dir])).stdout);
    const byFile = Object.fromEntries(
      j.documents.map((d: { file: string; paragraphs: { text: string }[]; meta: { encoding: string } }) => [path.basename(d.file), d]),
    );
    for (const f of ['bom8.txt', 'utf16le.txt', 'utf16be.txt']) expect(byFile[f].paragraphs[0].text).toBe(SENTENCE);
    expect(byFile['utf16be.txt'].meta.encoding).toBe('utf-16be');
  });
  it('decodes invalid UTF-8 as Windows-1252 with a warning (smart quotes survive)', async () => {
    const r = await warta(['export', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/win1252\.txt: not valid UTF-8; decoded as Windows-1252/);
    const doc = JSON.parse(r.stdout).documents.find((d: { file: string }) => d.file.endsWith('win1252.txt'));
    expect(doc.paragraphs[0].text).toBe('“Kami siap berunding,” kata Peskov kepada wartawan di Moskow.');
  });
  it('--encoding forces one encoding for every file', async () => {
    const d = tempCorpus({ 'a.txt': cp1252 });
    const r = await warta(['export', d, '--encoding', 'windows-1252']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).documents[0].meta.encoding).toBe('windows-1252');
    expect((await warta(['export', d, '--encoding', 'klingon'])).code).toBe(2);
  });
});

describe('3. binary files', () => {
  it('skips NUL-byte files, PDFs and JPEGs with a warning and counts them', async () => {
    const dir = tempCorpus({
      'a.txt': SENTENCE,
      'nul.txt': Buffer.from([0x41, 0x00, 0x42]),
      'doc.txt': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
      'img.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    });
    const r = await statsOf([dir]);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ files: 4, skippedFiles: 3, documents: 1 });
    expect(r.stderr).toMatch(/nul\.txt: binary file \(NUL bytes\)/);
    expect(r.stderr).toMatch(/doc\.txt: binary file \(PDF\)/);
    expect(r.stderr).toMatch(/img\.txt: binary file \(JPEG\)/);
  });
});

describe('4. line ends and long lines', () => {
  it('CRLF, lone CR and no final newline give the same paragraphs as LF', async () => {
    const lf = `Judul Berita Hari Ini Panjang\n\n${SENTENCE}\n\nKalimat kedua yang juga cukup panjang untuk isi berita.\n`;
    const want = await paragraphsOf(tempCorpus({ 'a.txt': lf }));
    for (const variant of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), lf.trimEnd()]) {
      expect(await paragraphsOf(tempCorpus({ 'a.txt': variant }))).toEqual(want);
    }
  });
  describe('a 10 MB single line', () => {
    const n = Math.ceil(10_000_000 / (SENTENCE.length + 1));
    const line = `${SENTENCE} `.repeat(n).trim();
    const dir = tempCorpus({ 'big.txt': line });
    it('is indexed whole', async () => {
      const count = await warta(['search', 'putin', dir, '--count', '--json']);
      expect(count.code).toBe(0);
      expect(JSON.parse(count.stdout)).toMatchObject({ total: n, documents: 1 });
    });
    it('is read whole, cut at sentence ends into paragraphs of line 1', async () => {
      const exported = (await warta(['export', dir, '-f', 'jsonl'])).stdout;
      expect(exported.trim().split('\n')).toHaveLength(1);
      const doc = JSON.parse(exported);
      expect(doc.paragraphs.length).toBeGreaterThan(1);
      expect(doc.paragraphs.every((p: { line: number }) => p.line === 1)).toBe(true);
      expect(doc.paragraphs.map((p: { text: string }) => p.text).join(' ')).toBe(line);
    });
  });
});

describe('5. empty and boilerplate-only files', () => {
  it('make no empty paragraphs and are counted', async () => {
    const dir = tempCorpus({
      'a.txt': SENTENCE,
      'empty.txt': '',
      'blank.txt': '  \n\t\n\n',
      'furniture.txt': 'spot_img\nTerkini\n- Advertisement -\n',
    });
    const r = await statsOf([dir]);
    expect(r.json).toMatchObject({ files: 4, documents: 4, emptyDocuments: 3, paragraphs: 1 });
    const docs = JSON.parse((await warta(['export', dir])).stdout).documents;
    for (const d of docs) for (const p of d.paragraphs) expect(p.text.trim()).not.toBe('');
  });
});

describe('6. file size', () => {
  it('skips files over --max-filesize with a warning', async () => {
    const dir = tempCorpus({ 'a.txt': SENTENCE, 'big.txt': `${SENTENCE}\n`.repeat(2000) });
    const r = await statsOf([dir, '--max-filesize', '10K']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/big\.txt: larger than --max-filesize \(1\d\d\.\d KiB > 10\.0 KiB\), skipped/);
    expect(r.json).toMatchObject({ files: 2, skippedFiles: 1, documents: 1 });
    expect((await warta(['stats', dir, '--max-filesize', 'huge'])).code).toBe(2);
  });
});

describe('7. links', () => {
  it('a symlink loop and a dangling link: no duplicates, no hang; --follow dedupes and warns', async () => {
    const dir = tempCorpus({ 'a.txt': SENTENCE });
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'loop'));
    symlinkSync('a.txt', path.join(dir, 'alias.txt'));
    symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
    expect((await statsOf([dir])).json).toMatchObject({ files: 1, documents: 1 });
    const f = await statsOf([dir, '--follow']);
    expect(f.json).toMatchObject({ files: 1, documents: 1 });
    expect(f.stderr).toMatch(/dangling\.txt: symbolic link to a missing file/);
  });
});

describe('8-9. unreadable files and many files', () => {
  it('thousands of files under a low descriptor limit: all read, no EMFILE', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`d${i % 10}/f${i}.txt`] = `${SENTENCE} Nomor ${i}.`;
    const dir = tempCorpus(files);
    const r = shell(`ulimit -n 64 && node bin/warta.js stats ${dir} --json`);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 3000, documents: 3000 });
  });
});

describe('17. a .env file in the working directory', () => {
  it('changes nothing in the output', async () => {
    const dir = tempCorpus({ 'a.txt': SENTENCE });
    const cwd = tempCorpus({ '.env': 'NO_COLOR=\nFORCE_COLOR=3\nDOTENV_CONFIG_DEBUG=true\n' });
    const plain = wartaProcess(['search', 'putin', dir], { cwd: dir });
    const withEnv = wartaProcess(['search', 'putin', dir], { cwd });
    expect(withEnv.stdout).toBe(plain.stdout);
    expect(withEnv.stderr).toBe('');
    expect(withEnv.stdout).not.toContain('\u001b[');
  });
});
