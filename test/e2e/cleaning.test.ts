import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCorpus, warta } from './run.js';

describe('warta rules', () => {
  it('lists every rule with a stable id and a description', async () => {
    const j = JSON.parse((await warta(['rules', '--json'])).stdout);
    const ids = j.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['clean/placeholder', 'clean/related-teaser', 'clean/comment-form', 'clean/after-footer', 'clean/dateline']),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of j.rules) expect(r.description.length).toBeGreaterThan(10);
    expect((await warta(['rules'])).stdout).toContain('clean/follow-counter');
  });
});

describe('warta inspect', () => {
  it('shows every removed line of a seed with its rule', async () => {
    const j = JSON.parse((await warta(['inspect', 'seeds/002_86f43b5cfb7fa804.txt', '--json'])).stdout);
    const lines = j.files[0].lines;
    expect(lines.find((l: { line: number }) => l.line === 1)).toMatchObject({
      kind: 'boilerplate',
      rule: 'clean/placeholder',
      text: 'spot_img',
    });
    expect(lines.find((l: { line: number }) => l.line === 5)).toMatchObject({ kind: 'title' });
    expect(lines.find((l: { line: number }) => l.line === 7)).toMatchObject({ kind: 'content', strippedLead: 'KNews.id' });
    expect(lines).toHaveLength(43);
  });
  it('marks removed lines with the rule id in text output, without colour on a pipe', async () => {
    const r = await warta(['inspect', 'seeds/004_f2e22d85aed30fff.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(' - Komentar (0)  [clean/comment-form]');
    expect(r.stdout).not.toContain('\u001b[');
  });
  it('rejects a folder and a missing file with one line, exit 2', async () => {
    expect((await warta(['inspect', 'seeds'])).code).toBe(2);
    expect((await warta(['inspect', 'nope.txt'])).stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--rules and --keep', () => {
  const dir = tempCorpus({
    'a.txt': 'Iklan Baris Murah\nPresiden mengatakan perundingan damai akan dilanjutkan pekan depan di Istanbul.\nTerkini\n',
  });
  it('adds user rules from a file', async () => {
    const rules = path.join(dir, 'rules.tsv');
    writeFileSync(rules, '# my outlet\nprefix\tIklan Baris\tmine/classified\tclassified ads\n');
    const j = JSON.parse((await warta(['export', dir, '--rules', rules, '--with-removed'])).stdout);
    expect(j.documents[0].removed).toContainEqual({ line: 1, text: 'Iklan Baris Murah', rule: 'mine/classified' });
    expect((await warta(['rules', '--rules', rules])).stdout).toContain('mine/classified');
  });
  it('reports a bad rules file with its line number', async () => {
    const rules = path.join(dir, 'bad.tsv');
    writeFileSync(rules, 'regex\t(unclosed\n');
    const r = await warta(['export', dir, '--rules', rules]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.tsv:1: invalid regular expression/);
  });
  it('turns a built-in rule off, and rejects an unknown one', async () => {
    const j = JSON.parse((await warta(['export', dir, '--keep', 'clean/footer-heading', '--keep', 'clean/trailer'])).stdout);
    expect(j.documents[0].paragraphs.map((p: { text: string }) => p.text)).toContain('Terkini');
    const r = await warta(['export', dir, '--keep', 'clean/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such rule');
  });
});
