import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../../test/e2e/run.js';
import { DiagnosticList } from '../diagnostics.js';
import { CorpusPathError, RulesFileError } from '../errors.js';
import type { LineRule } from '../pipeline/classify/rules.js';
import { loadBatch, tokenizeGuarded } from '../pipeline/load-batch.js';
import type { DocId, NewsDocument } from '../model.js';
import { search } from '../query/search.js';
import { openCorpus } from './open-corpus.js';

const TEXT = 'Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina pekan depan.\n';
/** A rule that throws on one file's text: a bug in a rule, injected. */
const THROWING: LineRule = {
  id: 'test/throws',
  description: 'throws on BOOM',
  test: (t) => {
    if (t.includes('BOOM')) throw new TypeError('rule exploded');
    return false;
  },
};

describe('openCorpus', () => {
  it('reads a folder, and builds the index and entities on first use', async () => {
    const dir = tempCorpus({ 'a.txt': TEXT, 'b.txt': 'Zelensky menjawab tawaran Putin di Kyiv.\n' });
    const corpus = await openCorpus([dir], { cache: false });
    expect(corpus.source).toEqual({ kind: 'files' });
    expect(corpus.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'ok'],
    ]);
    const hits = search(await corpus.index(), 'putin').hits.map((h) => path.basename(h.file));
    expect(hits.sort()).toEqual(['a.txt', 'b.txt']);
    expect(await corpus.index()).toBe(await corpus.index());
    const names = (await corpus.entities()).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ukraina', 'Zelensky']));
  });

  it('reads the bundled seeds when given no root', async () => {
    const corpus = await openCorpus([], { cache: false });
    expect(corpus.files).toHaveLength(5);
    expect((await corpus.documents()).length).toBe(5);
  });

  it('throws typed errors for a missing path and a bad rules file', async () => {
    await expect(openCorpus(['/no/such/folder'], { cache: false })).rejects.toBeInstanceOf(CorpusPathError);
    const dir = tempCorpus({ 'a.txt': TEXT });
    const bad = openCorpus([dir], { cache: false, rules: { file: 'r.tsv', text: 'bogus\tx\n' } });
    await expect(bad).rejects.toBeInstanceOf(RulesFileError);
    await expect(bad).rejects.toThrow('r.tsv:1: unknown rule kind "bogus"');
  });
});

describe('the error boundary of one file (issue 12)', () => {
  it('a rule that throws on one file fails that file alone, as an error diagnostic', async () => {
    const dir = tempCorpus({ 'a.txt': TEXT, 'boom.txt': `${TEXT}BOOM\n`, 'c.txt': TEXT });
    const diags = new DiagnosticList();
    const corpus = await openCorpus([dir], { cache: false, extraRules: [THROWING] }, diags.report);
    expect(corpus.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['a.txt', 'ok'],
      ['boom.txt', 'error'],
      ['c.txt', 'ok'],
    ]);
    expect(diags.items.map((d) => [path.basename(d.path ?? ''), d.ruleId, d.severity])).toEqual([
      ['boom.txt', 'internal/file-failed', 'error'],
    ]);
    expect(diags.items[0].message).toContain('rule exploded');
    expect(diags.hasErrors).toBe(true);
    expect((await corpus.documents()).map((d) => d.id)).toEqual(['a', 'c']);
    expect(search(await corpus.index(), 'putin').total).toBe(2);
  });

  it('a worker batch (the code a worker thread runs) keeps the others when one file throws', async () => {
    const dir = tempCorpus({ 'a.txt': TEXT, 'boom.txt': `BOOM\n${TEXT}`, 'c.txt': TEXT });
    const files = ['a.txt', 'boom.txt', 'c.txt'].map((f) => ({ absolute: path.join(dir, f), display: f }));
    const diags = new DiagnosticList();
    const r = await loadBatch(files, ['a', 'boom', 'c'] as DocId[], diags.report, { extraRules: [THROWING], concurrency: 1 });
    expect(r.reports.map((x) => x.status)).toEqual(['ok', 'error', 'ok']);
    expect(r.documents.map((d) => d?.id ?? null)).toEqual(['a', null, 'c']);
    expect(r.batch.titleLengths).toHaveLength(2);
    expect(diags.items.map((d) => [d.path, d.ruleId])).toEqual([['boom.txt', 'internal/file-failed']]);
  });

  it('a document whose tokenizing throws is dropped with a diagnostic; the batch holds the others', () => {
    const good = (id: string): NewsDocument => ({
      id: id as DocId,
      file: `${id}.txt`,
      title: null,
      titleLine: null,
      meta: {},
      paragraphs: [{ id: `${id}:0` as never, index: 0, line: 1, text: 'Putin berbicara.' }],
      removed: [],
    });
    const broken = { ...good('bad'), paragraphs: [{ id: 'bad:0', index: 0, line: 1, text: null }] } as unknown as NewsDocument;
    const documents: (NewsDocument | null)[] = [good('a'), broken, good('c')];
    const reports = documents.map((d) => ({ file: d!.file, status: 'ok' as const }));
    const diags = new DiagnosticList();
    const batch = tokenizeGuarded(documents, reports, diags.report);
    expect(documents.map((d) => d?.id ?? null)).toEqual(['a', null, 'c']);
    expect(reports.map((r) => r.status)).toEqual(['ok', 'error', 'ok']);
    expect(batch.paraLengths).toEqual(Uint32Array.from([2, 2]));
    expect(diags.items.map((d) => [d.path, d.ruleId])).toEqual([['bad.txt', 'internal/file-failed']]);
  });
});

describe('snapshot freshness follows discovery (issue 12)', () => {
  it('after index --follow, a file added under a linked folder is read', async () => {
    const { symlinkSync } = await import('node:fs');
    const { saveSnapshot } = await import('./write-snapshot.js');
    const outside = tempCorpus({ 'sub/b.txt': TEXT });
    const dir = tempCorpus({ 'a.txt': TEXT });
    symlinkSync(outside, path.join(dir, 'linked'));
    const first = await openCorpus([dir], { followLinks: true });
    expect((await saveSnapshot(first)).status).toBe('written');
    writeFileSync(path.join(outside, 'sub', 'c.txt'), TEXT);
    const again = await openCorpus([dir], { followLinks: true });
    expect(again.source.kind).toBe('updated');
    expect(again.files.map((f) => path.relative(dir, f.file))).toEqual(['a.txt', 'linked/sub/b.txt', 'linked/sub/c.txt']);
  });
});
