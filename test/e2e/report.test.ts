/**
 * warta report without a browser: the data model agrees with stats and entities, the page is
 * self-contained and locked down (CSP, nothing to fetch), hostile article text stays text, and
 * user errors get one line and exit 2. The page in a real browser: test/browser/report.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../helpers/hostile.js';
import { tempCorpus, warta } from './run.js';

describe('warta report', () => {
  it('--json gives the data model the page draws, agreeing with stats and entities', async () => {
    const r = await warta(['report', '--json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    const stats = JSON.parse((await warta(['stats', '--json'])).stdout);
    expect(m.overview).toMatchObject({ files: stats.files, articles: stats.documents, paragraphs: stats.paragraphs, words: stats.tokens });
    expect(m.cleaning.removedLines).toBe(stats.removedLines);
    expect(Object.fromEntries(m.cleaning.rules.map((x: { rule: string; lines: number }) => [x.rule, x.lines]))).toEqual(
      stats.removedByRule,
    );
    const ents = JSON.parse((await warta(['entities', '--json'])).stdout).entities;
    expect(m.entities.top[0]).toMatchObject({ name: ents[0].name, mentions: ents[0].mentions });
    expect(m.entities.network.nodes.length).toBeGreaterThan(5);
    for (const e of m.entities.network.edges) {
      expect(m.entities.network.nodes.some((x: { name: string }) => x.name === e.source)).toBe(true);
      expect(e.paragraphs).toBeGreaterThan(0);
    }
    for (const s of m.entities.overTime.series) expect(s.counts).toHaveLength(m.entities.overTime.periods.length);
    expect(m.duplicates).toMatchObject({ articles: 5, stories: 5, copies: 0 });
  });

  it('writes one page with everything inlined, a CSP that forbids the network, and nothing to fetch', async () => {
    const dir = tempCorpus({});
    const out = path.join(dir, 'r.html');
    const r = await warta(['report', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warta: wrote the report to .*r\.html \(\d+ KB\)\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+';/,
    );
    // No element loads anything: no src or href but in-page anchors, no stylesheet links, no CSS imports.
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toMatch(/<link\b|@import|url\(\s*['"]?https?:/);
    for (const id of ['overview', 'cleaning', 'entities', 'terms', 'outlets', 'duplicates']) expect(html).toContain(`<section id="${id}">`);
    // Refuses to overwrite without --force.
    const again = await warta(['report', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/output file exists/);
    expect((await warta(['report', '-o', out, '--force'])).code).toBe(0);
  });

  it('shows hostile article text as text: nothing closes the script, nothing becomes markup', async () => {
    const dir = tempCorpus({ 'banjir.txt': HOSTILE });
    const out = path.join(dir, 'r.html');
    expect((await warta(['report', dir, '-o', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('Baca juga: &lt;img src=x onerror=&quot;alert(2)&quot;&gt; Warga Mengungsi');
    expect(html).toContain('Baca juga: &lt;/script&gt;&lt;script&gt;document.title=&quot;pwned&quot;;alert(1)&lt;/script&gt;');
    expect(html).toContain('Sumber: javascript:alert(3)');
    // The embedded model holds the text with <, > and the line separator escaped.
    const model = html.slice(html.indexOf('id="warta-model">') + 17, html.indexOf('</script>', html.indexOf('id="warta-model">')));
    expect(model).not.toMatch(/[<>\u2028]/);
    expect(model).toContain('\\u2028');
    expect(JSON.parse(model).cleaning.rules.flatMap((r: { examples: string[] }) => r.examples)).toContain(
      'Baca juga: <img src=x onerror="alert(2)"> Warga Mengungsi',
    );
  });

  it('refuses a missing output and a bad query in one line, exit 2', async () => {
    for (const args of [['report'], ['report', '--json', '--query', 'putin AND']]) {
      const r = await warta(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const dir = tempCorpus({});
    writeFileSync(path.join(dir, 'keep.html'), 'mine');
    expect((await warta(['report', '-o', path.join(dir, 'keep.html')])).code).toBe(2);
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(dir, 'nope', 'r.html'))).toBe(false);
  });
});
