import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shell, tempCorpus, warta, wartaProcess } from './run.js';

const oneLineError = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^warta: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('warta search', () => {
  it('finds "perundingan" through the stem, on the bundled seeds by default', async () => {
    const r = await warta(['search', 'perundingan']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('seeds/000_16b73a654f51a6ab.txt:1 [paragraph 1]');
    expect(r.stdout).toMatch(/\d+ matching paragraphs/);
    expect(r.stdout).not.toContain('\u001b['); // no colour on a pipe
  });
  it('prints the JSON shape', async () => {
    const r = await warta(['search', '"perundingan damai"', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.query).toBe('"perundingan damai"');
    expect(j.total).toBe(2);
    for (const h of j.hits) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['document', 'file', 'paragraph', 'score', 'text', 'matches']));
      expect(h.matches.map(([a, b]: [number, number]) => h.text.slice(a, b).toLowerCase())).toEqual(['perundingan damai']);
    }
  });
  it('exits 1 with no hits', async () => {
    const r = await warta(['search', 'xyzzyq']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('0 matching paragraphs');
  });
  it('colours matches with FORCE_COLOR and not with NO_COLOR', async () => {
    expect((await warta(['search', 'putin'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await warta(['search', 'putin'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
  it('points at the column of a malformed query, exit 2', async () => {
    const r = await warta(['search', 'putin AND']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('column 7');
    expect((await warta(['search', 'putin (', '--lenient'])).code).toBe(0);
  });
  it('respects --limit and shows context with -C', async () => {
    const j = JSON.parse((await warta(['search', 'putin', '--limit', '3', '--json'])).stdout);
    expect(j.hits).toHaveLength(3);
    expect(j.total).toBeGreaterThan(3);
    const c = JSON.parse((await warta(['search', 'Kursk', '-C', '1', '--json'])).stdout);
    expect(c.hits[0].before.length + c.hits[0].after.length).toBeGreaterThan(0);
  });
  it('rejects a bad --limit with exit 2', async () => {
    const r = await warta(['search', 'putin', '--limit', 'lots']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
  });
  it('stops quietly when the reader closes the pipe', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash variable, not a template
    const r = shell('node bin/warta.js search putin --limit 50 | head -1; echo "rc=${PIPESTATUS[0]}"');
    expect(r.stdout.split('\n')[0]).toMatch(/^seeds\//);
    expect(r.stdout).toContain('rc=0');
    expect(r.stderr).toBe('');
  });
  it('finds entity: mentions under any alias', async () => {
    const j = JSON.parse((await warta(['search', 'entity:"Korea Utara"', '--json', '--limit', '100'])).stdout);
    expect(j.total).toBeGreaterThan(10);
    expect(j.hits.some((h: { text: string }) => h.text.includes('Korut') && !h.text.includes('Korea Utara'))).toBe(true);
  });
});

describe('errors a user can cause', () => {
  it('missing path: one line, exit 2', async () => {
    const r = await warta(['search', 'putin', '/no/such/folder']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('path not found');
  });
  it('empty folder: one line with a hint, exit 2', async () => {
    const r = await warta(['stats', tempCorpus({ 'notes.md': '# not txt' })]);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
  });
  it('misspelt command: suggests the right one, exit 2', async () => {
    const r = await warta(['serch', 'putin']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('search');
  });
  it('unknown option: exit 2', async () => {
    const r = await warta(['stats', '--frobnicate']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
  });
  it('a binary file is skipped with a warning and the rest is read', async () => {
    const dir = tempCorpus({
      'a.txt': 'Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina.\n',
      'b.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]),
    });
    const r = await warta(['stats', dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('binary file');
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 2, documents: 1 });
  });
  it('help and version exit 0', async () => {
    expect((await warta(['--help'])).code).toBe(0);
    expect((await warta(['search', '--help'])).stdout).toContain('Examples:');
    expect((await warta(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('answers --version from the launcher alone, as the command line does', async () => {
    const fast = wartaProcess(['--version']);
    expect(fast.code).toBe(0);
    expect(fast.stdout).toBe((await warta(['--version'])).stdout);
  });
});

describe('warta stats', () => {
  it('prints tables and JSON with the documented keys', async () => {
    const t = await warta(['stats']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('paragraphs');
    const j = JSON.parse((await warta(['stats', '--json'])).stdout);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        'files',
        'documents',
        'paragraphs',
        'tokens',
        'types',
        'removedLines',
        'removedByRule',
        'topTerms',
        'topEntities',
      ]),
    );
    expect(j).toMatchObject({ files: 5, documents: 5 });
    expect(j.removedByRule['clean/footer-heading']).toBe(4);
    expect(j.removedByRule['clean/navigation']).toBe(1);
    expect(j.topTerms.map((row: { term: string }) => row.term)).not.toContain('yang');
  });
});

describe('warta entities', () => {
  it('lists Vladimir Putin, Ukraina, Rusia and Korea Utara with aliases merged', async () => {
    const r = await warta(['entities', '--json']);
    expect(r.code).toBe(0);
    const { entities } = JSON.parse(r.stdout);
    const get = (n: string) => entities.find((e: { name: string }) => e.name === n);
    expect(get('Vladimir Putin').aliases).toContain('Putin');
    expect(get('Korea Utara').aliases).toContain('Korut');
    expect(get('Rusia').type).toBe('LOC');
    expect(get('Ukraina').type).toBe('LOC');
    expect(entities[0].mentions).toBeGreaterThanOrEqual(entities[1].mentions);
  });
  it('filters by type and gives occurrences with offsets', async () => {
    const j = JSON.parse((await warta(['entities', '--type', 'PER', '--top', '3', '--occurrences'])).stdout);
    expect(j.entities).toHaveLength(3);
    expect(j.entities.every((e: { type: string }) => e.type === 'PER')).toBe(true);
    expect(j.occurrences.length).toBeGreaterThan(10);
    expect(Object.keys(j.occurrences[0])).toEqual(['entity', 'type', 'text', 'document', 'paragraph', 'line', 'start', 'end']);
  });
  it('prints a table', async () => {
    expect((await warta(['entities', '--top', '5'])).stdout).toContain('Vladimir Putin');
  });
  it('counts mentions per file (--by file) that add up to each entity total', async () => {
    const all = JSON.parse((await warta(['entities', '--json'])).stdout).entities;
    const j = JSON.parse((await warta(['entities', '--by', 'file', '--top', '5', '--json'])).stdout);
    expect(j.by).toBe('file');
    expect(j.groups).toHaveLength(5);
    expect(j.entities.map((e: { name: string }) => e.name)).toEqual(all.slice(0, 5).map((e: { name: string }) => e.name));
    for (const e of j.entities) {
      expect(Object.values(e.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(e.mentions);
      expect(Object.keys(e.counts).every((f) => j.groups.includes(f) && f.startsWith('seeds/'))).toBe(true);
    }
    const outlets = JSON.parse((await warta(['entities', '--by', 'outlet', '--json'])).stdout);
    expect(outlets.groups).toContain('thanhnien.vn');
    expect((await warta(['entities', '--by', 'file', '--top', '3'])).stdout).toMatch(/000_16b73a654f51a6ab/);
  });
  it('lists entities sharing paragraphs with one entity (--with), under any alias, with PMI', async () => {
    const j = JSON.parse((await warta(['entities', '--with', 'Putin', '--json'])).stdout);
    expect(j.entity.name).toBe('Vladimir Putin');
    const kim = j.with.find((w: { name: string }) => w.name === 'Kim Jong Un');
    expect(kim.paragraphs).toBeGreaterThan(0);
    expect(kim.pmi).toBeCloseTo(Math.log2((kim.paragraphs * j.corpusParagraphs) / (j.paragraphs * kim.entityParagraphs)), 2);
    expect(
      j.with.every((w: { paragraphs: number; entityParagraphs: number }) => w.paragraphs <= Math.min(j.paragraphs, w.entityParagraphs)),
    ).toBe(true);
    // Units of the target under its alias are the same as under its name.
    expect(JSON.parse((await warta(['entities', '--with', 'Vladimir Putin', '--json'])).stdout)).toEqual(j);
    const per = JSON.parse((await warta(['entities', '--with', 'Putin', '--type', 'PER', '--json'])).stdout);
    expect(per.with.every((w: { type: string }) => w.type === 'PER')).toBe(true);
  });
  it('rejects an unknown --with entity and --by with --with in one line', async () => {
    for (const args of [
      ['entities', '--with', 'Pitun'],
      ['entities', '--with', 'Putin', '--by', 'file'],
    ]) {
      const r = await warta(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('warta export', () => {
  it('keeps the articles and drops the boilerplate', async () => {
    const j = JSON.parse((await warta(['export'])).stdout);
    expect(j.documents).toHaveLength(5);
    const text = j.documents.flatMap((d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text)).join('\n');
    for (const junk of [
      'spot_img',
      'Advertisement',
      '[iklan_2]',
      'Berita Lainnya',
      '0FansSuka',
      'Pelajari lebih lanjut',
      'Komentar (0)',
      'Tinggalkan Balasan',
      'Sumber:',
    ]) {
      expect(text).not.toContain(junk);
    }
    expect(text).toContain('Zelensky melontarkan pernyataan ini ketika pasukan Rusia terus mendekat');
    const d4 = j.documents.find((d: { id: string }) => d.id.startsWith('004'));
    expect(d4.meta.sourceUrl).toMatch(/^https:\/\/thanhnien\.vn\//);
    expect(d4.paragraphs[0]).toEqual({
      id: `${d4.id}:0`,
      index: 0,
      line: 1,
      text: expect.stringMatching(/^Presiden Ukraina Volodymyr Zelensky/),
    });
  });
  it('adds removed lines with their rule on request', async () => {
    const j = JSON.parse((await warta(['export', '--with-removed'])).stdout);
    const d2 = j.documents.find((d: { id: string }) => d.id.startsWith('002'));
    expect(d2.removed).toContainEqual({ line: 1, text: 'spot_img', rule: 'clean/placeholder' });
  });
  it('writes JSONL, one document per line', async () => {
    const lines = (await warta(['export', '-f', 'jsonl'])).stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]).paragraphs.length).toBeGreaterThan(0);
  });
  it('writes CSV with formula cells guarded', async () => {
    const dir = tempCorpus({
      'a.txt': '=HYPERLINK("http://x") adalah teks yang aneh sekali di sini.\nKalimat biasa, dengan "kutipan" dan koma.\n',
    });
    const csv = (await warta(['export', dir, '-f', 'csv'])).stdout;
    expect(csv.split('\n')[0]).toBe('document,file,title,date,paragraph,line,text');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") adalah`);
    expect(csv).toContain('"Kalimat biasa, dengan ""kutipan"" dan koma."');
    expect((await warta(['export', dir, '-f', 'csv', '--csv-raw'])).stdout).toContain('"=HYPERLINK(');
  });
  it('-o writes a file, refuses to overwrite without --force, and is not read back as input', async () => {
    const dir = tempCorpus({ 'a.txt': 'Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina.\n' });
    const out = path.join(dir, 'out.txt');
    expect((await warta(['export', dir, '-o', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    const again = await warta(['export', dir, '-o', out]);
    expect(again.code).toBe(2);
    oneLineError(again.stderr);
    writeFileSync(out, 'mine');
    expect((await warta(['export', dir, '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect((await warta(['export', dir, '-o', out, '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('-o into a missing directory: exit 2, nothing written', async () => {
    const dir = tempCorpus({ 'a.txt': 'Kalimat yang cukup panjang untuk isi berita.\n' });
    const r = await warta(['export', dir, '-o', path.join(dir, 'no/such/dir/out.json')]);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(existsSync(path.join(dir, 'no'))).toBe(false);
  });
  it('--no-clean keeps every line', async () => {
    const j = JSON.parse((await warta(['export', '--no-clean'])).stdout);
    const text = j.documents.flatMap((d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text));
    expect(text).toContain('spot_img');
  });
});

describe('warta export for Elasticsearch and OpenSearch', () => {
  it('writes bulk NDJSON: an action line and a paragraph document per pair', async () => {
    const lines = (await warta(['export', '-f', 'es-bulk', '--index', 'berita'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const paragraphs = JSON.parse((await warta(['stats', '--json'])).stdout).paragraphs;
    expect(lines).toHaveLength(paragraphs * 2);
    expect(lines[0]).toEqual({ index: { _index: 'berita', _id: '000_16b73a654f51a6ab:0' } });
    expect(lines[1]).toMatchObject({
      document: '000_16b73a654f51a6ab',
      paragraph: 0,
      line: 1,
      entities: expect.arrayContaining(['Dmitry Peskov']),
    });
    expect(new Set(lines.filter((_, i) => i % 2 === 0).map((a) => a.index._id)).size).toBe(paragraphs);
  });
  it('prints an index template with the indonesian analyzer', async () => {
    const m = JSON.parse((await warta(['export', '-f', 'es-mapping'])).stdout);
    expect(m.index_patterns).toEqual(['warta*']);
    expect(m.template.mappings.properties.text.analyzer).toBe('indonesian');
    expect(m.template.mappings.properties.entities.type).toBe('keyword');
  });
});
