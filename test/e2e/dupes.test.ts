/**
 * warta dupes end to end: copies of the seeds in two folders are found as pairs, each kept
 * once; the seeds alone hold none.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempCorpus, warta } from './run.js';

describe('warta dupes', () => {
  it('finds every copy of every seed, and none among the seeds themselves', async () => {
    const none = JSON.parse((await warta(['dupes', '--json'])).stdout);
    expect(none).toEqual({ clusters: [], documents: 5, duplicates: 0 });
    const dir = tempCorpus({});
    for (const part of ['a', 'b'])
      cpSync(path.join(ROOT, 'seeds'), path.join(dir, part), { recursive: true, filter: (s) => !s.includes('.warta') });
    const r = JSON.parse((await warta(['dupes', dir, '--json'])).stdout);
    expect(r.documents).toBe(10);
    expect(r.duplicates).toBe(5);
    expect(r.clusters).toHaveLength(5);
    for (const c of r.clusters) {
      expect(c.members).toHaveLength(2);
      // The first in path order is kept (the seeds carry one date, the same in both copies).
      expect(c.canonical).toBe(c.members.find((m: { file: string }) => m.file.includes(`${path.sep}a${path.sep}`)).file);
      expect(c.members.map((m: { similarity: number }) => m.similarity)).toEqual([1, 1]);
    }
    const text = await warta(['dupes', dir, '--no-color']);
    expect(text.stdout).toMatch(/5 near-duplicates in 5 clusters; 10 documents/);
    expect((await warta(['dupes', dir, '--top', '2'])).stdout).toMatch(/in 5 clusters \(2 shown\)/);
  });

  it('--dedupe counts each story once, and says how many copies it folded', async () => {
    const dir = tempCorpus({});
    for (const part of ['a', 'b'])
      cpSync(path.join(ROOT, 'seeds'), path.join(dir, part), { recursive: true, filter: (s) => !s.includes('.warta') });
    const seeds = (args: string[]) => warta(args);
    const count = async (args: string[]) => JSON.parse((await warta(args)).stdout).total;
    const folded = await warta(['search', 'putin', dir, '-c', '--json', '--dedupe']);
    expect(folded.stderr).toBe('warta: 5 near-duplicate articles folded into the one kept of each (--dedupe)\n');
    expect(JSON.parse(folded.stdout).total).toBe(await count(['search', 'putin', '-c', '--json']));
    expect(await count(['search', 'putin', dir, '-c', '--json'])).toBe(2 * (await count(['search', 'putin', '-c', '--json'])));
    // The same entities and stats as the seeds alone.
    const ents = JSON.parse((await warta(['entities', dir, '--json', '--dedupe'])).stdout).entities;
    expect(ents).toEqual(JSON.parse((await seeds(['entities', '--json'])).stdout).entities);
    const stats = JSON.parse((await warta(['stats', dir, '--json', '--dedupe'])).stdout);
    expect(stats).toMatchObject({ documents: 5, paragraphs: 62, tokens: 1928 });
    // export marks every copy, and leaves the copies out with --dedupe.
    const lines = (await warta(['export', dir, '-f', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((d) => d.duplicateOf)).toHaveLength(5);
    for (const d of lines.filter((x) => x.duplicateOf))
      expect(d.duplicateOf).toBe(d.file.replace(`${path.sep}b${path.sep}`, `${path.sep}a${path.sep}`));
    expect((await warta(['export', dir, '-f', 'jsonl', '--dedupe'])).stdout.trim().split('\n')).toHaveLength(5);
  });

  it('--level paragraph finds a paragraph repeated across articles, not repeats inside one', async () => {
    const wire =
      'Kantor berita melaporkan bahwa pemerintah kota menutup tiga ruas jalan utama selama perbaikan jembatan yang rusak akibat banjir pekan lalu.';
    const dir = tempCorpus({
      'satu.txt': `Judul Pertama Tentang Jembatan\n\nWarga mengeluhkan kemacetan panjang sejak pagi di pusat kota.\n\n${wire}`,
      'dua.txt': `Judul Kedua Soal Banjir\n\n${wire}\n\nPara pedagang pasar memindahkan dagangan mereka ke tempat yang lebih tinggi.`,
      'tiga.txt': `Judul Ketiga Lain Sama Sekali\n\n${wire.replace('tiga', 'empat')} Tambahan kalimat.\n\nIa mengulang: ${wire}\n\n${wire}`,
    });
    const r = JSON.parse((await warta(['dupes', dir, '--level', 'paragraph', '--json'])).stdout);
    expect(r.level).toBe('paragraph');
    expect(r.clusters).toHaveLength(1);
    const files = r.clusters[0].members.map((m: { file: string }) => path.basename(m.file)).sort();
    expect(files).toEqual(['dua.txt', 'satu.txt', 'tiga.txt', 'tiga.txt']);
    expect(r.clusters[0].text).toBe(wire);
    // Articles as wholes are not near-duplicates.
    expect(JSON.parse((await warta(['dupes', dir, '--json'])).stdout).duplicates).toBe(0);
    const text = (await warta(['dupes', dir, '--level', 'paragraph', '--no-color'])).stdout;
    expect(text).toContain('satu.txt ¶2');
    expect(text).toMatch(/3 repeated paragraphs in 1 cluster;/);
  });

  it('refuses a threshold outside (0, 1] in one line', async () => {
    const r = await warta(['dupes', '--threshold', '1.5']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
