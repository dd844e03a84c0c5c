// Issue 6, cases 10-16: hostile queries and article text, CSV injection, output files,
// pipes and interrupts, usage errors, colour. Each test spawns the built binary.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/engine/index.js';
import { exportDocuments } from '../../src/query/export.js';
import { BIN, ROOT, shell, tempCorpus, warta } from '../e2e/run.js';

const SENTENCE = 'Sekretaris Jenderal PBB Antonio Guterres bertemu Presiden Vladimir Putin di Kazan.';

describe('10. hostile queries', () => {
  const dir = tempCorpus({ 'a.txt': `${SENTENCE}\nPerundingan damai dilanjutkan pekan depan di Istanbul.\n` });
  it.each([
    ['decomposed accent', 'Anto\u0301nio', 0],
    ['zero-width space', 'Gu\u200Bterres', 0],
    ['NBSP between words', 'perundingan\u00A0damai', 0],
    ['bidi controls', '\u202Eputin\u202C', 0],
    ['emoji', '🇮🇩 putin 🙂', 0],
    ['lone surrogate', '\uD800putin', 0],
    ['Cyrillic homoglyph', '\u0420utin', 1],
    ['only punctuation, lenient', '"(', 2],
  ])('%s: normalised like the text, never a crash', async (_name, q, code) => {
    const r = await warta(['search', q, dir, '--json', ...(q === '"(' ? ['--lenient'] : [])]);
    expect(r.code).toBe(code);
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError/);
    if (code !== 2) expect(JSON.parse(r.stdout).total).toBe(code === 0 ? 1 : 0);
  });
});

describe('11. escape sequences inside articles and file names', () => {
  const dir = tempCorpus({
    'a.txt': `Ukraina menyerang \u001b]0;owned\u0007 gudang \u001b[31mamunisi\u001b[0m milik Rusia di Kursk pada Senin malam.\n`,
    'b\u001b[2Jname.txt': 'Rusia membalas serangan dengan rudal ke Kyiv pada Selasa pagi.\n',
  });
  it('never reach the terminal raw; JSON stays valid', async () => {
    const out = (await warta(['search', 'rusia', dir], { env: { FORCE_COLOR: '1' } })).stdout;
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(out).toContain('b\\u001b[2Jname.txt');
    const j = JSON.parse((await warta(['search', 'rusia', dir, '--json'])).stdout);
    expect(j.hits.map((h: { text: string }) => h.text).join(' ')).not.toMatch(/\u001b|\u0007/);
  });
});

describe('12. CSV export', () => {
  it('guards formula cells and quotes commas, quotes and newlines', async () => {
    const dir = tempCorpus({
      '=HYPERLINK.txt': '+62 812 adalah nomor yang tertulis di dokumen itu, katanya.\n',
      'minus.txt': '-5 derajat suhu di puncak gunung itu pada pagi hari ini.\n',
      'at.txt': '@warta menulis "kabar ini" di media sosial, kata polisi.\n',
      'new\nline.txt': 'Kalimat biasa yang cukup panjang untuk menjadi isi berita.\n',
    });
    const csv = (await warta(['export', dir, '-f', 'csv'])).stdout;
    expect(csv).toContain("'+62 812 adalah");
    expect(csv).toContain("'-5 derajat");
    expect(csv).toContain(`"'@warta menulis ""kabar ini"" di media sosial, kata polisi."`);
    expect(csv).toMatch(/\n'=HYPERLINK,/); // the document id cell
    expect(csv).toContain('"new\nline"');
    const raw = (await warta(['export', dir, '-f', 'csv', '--csv-raw'])).stdout;
    expect(raw).toContain('"+62 812 adalah');
  });
});

describe('13. output files', () => {
  const dir = tempCorpus({ 'a.txt': `${SENTENCE}\n` });
  it('refuses a device or FIFO as output, even with --force', async () => {
    const r = await warta(['export', dir, '-o', '/dev/full', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  });
  it('an unwritable target directory: exit 2, no partial file', async () => {
    // The output's folder is a file: the write fails, and nothing in the corpus changes.
    const blocker = path.join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    const before = readdirSync(dir).sort();
    const r = await warta(['export', dir, '-o', path.join(blocker, 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('blocker');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });
});

describe('14. pipes and interrupts', () => {
  it('a closed stdout ends the work quietly with exit 0', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash variable, not a template
    const r = shell('node bin/warta.js export -f jsonl | head -c 10 >/dev/null; echo "rc=${PIPESTATUS[0]}"');
    expect(r.stdout.trim()).toBe('rc=0');
    expect(r.stderr).toBe('');
  });
  it('Ctrl-C during load and export: "interrupted", exit 130, no file left behind', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) files[`f${i}.txt`] = `${SENTENCE} Nomor ${i}.\n`.repeat(20);
    const dir = tempCorpus(files);
    const out = path.join(path.dirname(dir), `${path.basename(dir)}-out.json`);
    const child = spawn(process.execPath, [BIN, 'export', dir, '-o', out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise((r) => child.on('close', r));
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toContain('warta: interrupted');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out)).filter((f) => f.startsWith(`.${path.basename(out)}`))).toEqual([]);
  });
  describe('Ctrl-C during warta index leaves either no snapshot or a whole one, never temporary parts', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`f${i}.txt`] = `${SENTENCE} Nomor ${i}.\n`.repeat(20);
    it.each([300, 1200, 2500])('interrupted after %i ms', async (delay) => {
      const dir = tempCorpus(files);
      const child = spawn(process.execPath, [BIN, 'index', dir], { cwd: ROOT });
      const closed = new Promise((r) => child.on('close', r)); // before the wait: a fast run may end first
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGINT');
      const code = await closed;
      const snap = path.join(dir, '.warta');
      const left = existsSync(snap) ? readdirSync(snap) : [];
      expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // Interrupted (130, or killed before the handler was set): no manifest, so no snapshot is used.
      if (code !== 0) expect(left).not.toContain('manifest.json');
      else expect(left).toEqual(expect.arrayContaining(['manifest.json', 'index.bin', 'docs.bin']));
    });
  });
});

describe('15. usage errors', () => {
  it.each([
    [['search', 'putin', '--limit', '-3']],
    [['search', 'putin', '--limit', '2.5']],
    [['entitis']],
    [['export', '--format', 'xml']],
    [['search', 'putin', '--sort', 'sideways', '--kwic']],
  ])('%j: one line, exit 2', async (args) => {
    const r = await warta(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('suggests the command meant', async () => {
    expect((await warta(['entitis'])).stderr).toContain('entities');
  });
});

describe('16. colour', () => {
  const colored = async (env: Record<string, string>, tty = false) =>
    /\u001b\[/.test(
      tty
        ? shell(
            `${Object.entries(env)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')} script -qec "node bin/warta.js search putin --limit 1" /dev/null`,
          ).stdout
        : (await warta(['search', 'putin', '--limit', '1'], { env })).stdout,
    );
  it('on a pipe: none, unless FORCE_COLOR', async () => {
    expect(await colored({})).toBe(false);
    expect(await colored({ FORCE_COLOR: '1' })).toBe(true);
    expect(await colored({ FORCE_COLOR: '0' })).toBe(false);
  });
  it('on a terminal: colour, except NO_COLOR, TERM=dumb or --no-color', async () => {
    expect(await colored({ TERM: 'xterm' }, true)).toBe(true);
    expect(await colored({ TERM: 'xterm', NO_COLOR: '1' }, true)).toBe(false);
    expect(await colored({ TERM: 'dumb' }, true)).toBe(false);
    expect(/\u001b\[/.test(shell('TERM=xterm script -qec "node bin/warta.js search putin --limit 1 --no-color" /dev/null').stdout)).toBe(
      false,
    );
  });
});

describe('export then re-import', () => {
  it('preserves every paragraph and removed line byte for byte', async () => {
    const out = (await warta(['export', '--with-removed'])).stdout;
    const back = JSON.parse(out);
    // Re-serialising the parsed export gives the same bytes: nothing was lost or escaped oddly.
    expect(JSON.stringify(back, null, 2) + '\n').toBe(out);
    // The re-imported records are the engine's own documents, field for field.
    const seeds = await openCorpus([path.join(ROOT, 'seeds')], { cache: false });
    const docs = exportDocuments(await seeds.documents(), { withRemoved: true });
    expect(back.documents.map((d: { paragraphs: unknown; removed: unknown }) => [d.paragraphs, d.removed])).toEqual(
      docs.map((d) => [d.paragraphs, d.removed]),
    );
    expect(back.documents).toHaveLength(readdirSync(path.join(ROOT, 'seeds')).length);
    // Every kept paragraph and removed line is its whole source line (normalised), not a prefix.
    for (const d of back.documents) {
      const src = readFileSync(path.join(ROOT, d.file), 'utf8')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.normalize('NFC').replace(/\u00A0/g, ' '));
      for (const p of d.paragraphs) expect(src[p.line - 1]).toContain(p.text);
      for (const r of d.removed) expect(src[r.line - 1]).toContain(r.text.trim());
    }
  });
});
