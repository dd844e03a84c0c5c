import { describe, expect, it } from 'vitest';
import { tempCorpus, warta } from './run.js';

describe('warta search --kwic', () => {
  it('prints one line per occurrence with the keyword in a fixed column', async () => {
    const r = await warta(['search', 'pasukan', '--kwic', '--width', '30']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const body = lines.slice(0, -1);
    expect(lines.at(-1)).toMatch(/^\d+ occurrences$/);
    expect(body.length).toBe(Number(lines.at(-1)!.split(' ')[0]));
    const cols = body.map((l) => l.indexOf('pasukan'));
    expect(new Set(cols).size).toBe(1); // keyword column aligned
  });
  it('sorts by the word to the right of the keyword', async () => {
    const j = JSON.parse((await warta(['search', 'pasukan', '--kwic', '--sort', 'right', '--json'])).stdout);
    const next = j.lines.map((l: { right: string }) =>
      l.right
        .trim()
        .split(/[\s,.]+/)[0]
        .toLowerCase(),
    );
    expect(next).toEqual([...next].sort((a: string, b: string) => a.localeCompare(b)));
    expect(j.lines[0]).toMatchObject({ keyword: expect.stringMatching(/^pasukan$/i) });
  });
  it('sorts by the word to the left', async () => {
    const j = JSON.parse((await warta(['search', 'pasukan', '--kwic', '--sort', 'left', '--json'])).stdout);
    const prev = j.lines.map((l: { left: string }) =>
      l.left
        .trim()
        .split(/[\s,.()]+/)
        .at(-1)!
        .toLowerCase(),
    );
    expect(prev).toEqual([...prev].sort((a: string, b: string) => a.localeCompare(b)));
  });
});

describe('warta search --count', () => {
  it('counts occurrences per document with a grand total', async () => {
    const j = JSON.parse((await warta(['search', 'korut', '--count', '--json'])).stdout);
    expect(j.by).toBe('file');
    expect(j.rows.reduce((s: number, r: { occurrences: number }) => s + r.occurrences, 0)).toBe(j.total);
    // "Korut" appears 6 times in 000 and 7 times in 001 (counted by hand).
    expect(j.rows.map((r: { key: string; occurrences: number }) => [r.key.slice(-28), r.occurrences])).toEqual(
      [
        ['000_16b73a654f51a6ab.txt', 6],
        ['001_27480bde235ba658.txt', 7],
      ].map(([k, n]) => [`seeds/${k}`.slice(-28), n]),
    );
    expect((await warta(['search', 'korut', '-c'])).stdout).toMatch(/total\s+13/);
  });
  it('groups by co-mentioned entity', async () => {
    const j = JSON.parse((await warta(['search', 'gencatan', '--count', '--by', 'entity', '--json'])).stdout);
    expect(j.rows.map((r: { key: string }) => r.key)).toContain('Ukraina');
  });
});

describe('warta search output formats and batches', () => {
  it('--jsonl streams one hit per line and ends with a summary', async () => {
    const lines = (await warta(['search', 'putin', '--jsonl', '--limit', '3'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('matches');
    expect(lines[3]).toMatchObject({ query: 'putin', shown: 3 });
    expect(lines[3].total).toBeGreaterThan(3);
  });
  it('--queries runs each line over one corpus and prints one JSON line per query, in order', async () => {
    const r = await warta(['search', '--queries', '-', '--json'], { input: 'putin\n"perundingan damai"\n# a comment\nxyzzyq\n' });
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.query)).toEqual(['putin', '"perundingan damai"', 'xyzzyq']);
    expect(out.map((o) => o.total > 0)).toEqual([true, true, false]);
  });
  it('--queries answers a line that does not parse in its place, goes on, and exits 2', async () => {
    const input = 'putin\n"unclosed quote\nzelensky AND\nrusia\n';
    const r = await warta(['search', '--queries', '-', '--json'], { input });
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.query)).toEqual(['putin', '"unclosed quote', 'zelensky AND', 'rusia']);
    expect(out[1]).toEqual({ query: '"unclosed quote', error: { message: 'unclosed quote', column: 1 } });
    expect(out[2].error.column).toBe(10);
    expect(out[3].total).toBeGreaterThan(0);
    // As text: one stderr line per bad query, with its line number; the good ones answered.
    const text = await warta(['search', '--queries', '-', '-n', '1'], { input: `# comment\n${input}` });
    expect(text.code).toBe(2);
    expect(text.stderr.trim().split('\n')).toEqual([
      'warta: - line 3: query error at column 1: unclosed quote',
      'warta: - line 4: query error at column 10: AND has nothing after it',
    ]);
    expect(text.stdout).toContain('# rusia');
  });
  it('--articles ranks articles with their best paragraphs', async () => {
    const r = await warta(['search', 'putin rusia perang', '--articles', '--json', '-n', '2']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['query', 'total', 'articles']);
    expect(j.articles).toHaveLength(2);
    expect(j.total).toBeGreaterThanOrEqual(2);
    for (const a of j.articles) {
      expect(Object.keys(a)).toEqual(['document', 'file', 'title', 'score', 'hits']);
      expect(a.hits.length).toBeGreaterThan(0);
      for (const h of a.hits) expect(h.file).toBe(a.file);
    }
    expect(j.articles[0].score).toBeGreaterThanOrEqual(j.articles[1].score);
    const text = (await warta(['search', 'putin rusia perang', '--articles', '-n', '2', '--no-color'])).stdout;
    expect(text).toMatch(/^1\. /);
    expect(text).toMatch(/matching articles, showing 2/);
    const bad = await warta(['search', 'putin', '--articles', '--kwic']);
    expect(bad.code).toBe(2);
  });
  it('plain words found nowhere together fall back to the paragraphs holding most of them, with a note', async () => {
    const r = await warta(['search', 'putin zelensky gencatan kapal', '-n', '2', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^warta: no paragraph holds all the words of "putin zelensky gencatan kapal"; showing the ones holding most of them/,
    );
    expect(r.stdout).toMatch(/showing 2/);
    expect(JSON.parse((await warta(['search', 'putin zelensky gencatan kapal', '--json'])).stdout).relaxed).toBe(true);
    // Operators mean what they say: no fallback.
    expect((await warta(['search', 'putin AND zelensky AND gencatan AND kapal'])).code).toBe(1);
  });
  it('a word the corpus never has gets suggestions of close words of the corpus', async () => {
    const one = await warta(['search', 'zelenskiy']);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('warta: did you mean zelenskiy -> zelensky?\n');
    const j = JSON.parse((await warta(['search', 'zelenskiy', '--json'])).stdout);
    expect(j.suggestions).toEqual([{ word: 'zelenskiy', suggestions: ['zelensky'] }]);
    // Plain words relaxed to any of them: the misspellings match their close forms, and are named.
    const two = await warta(['search', 'zelenskiy kremlinn', '-n', '1']);
    expect(two.code).toBe(0);
    expect(two.stderr).toMatch(/showing the ones holding most of them/);
    expect(two.stderr).toMatch(/did you mean zelenskiy -> zelensky, kremlinn -> kremlin\?/);
    expect(two.stdout.toLowerCase()).toMatch(/zelensky|kremlin/);
    // Words the corpus has get none.
    expect((await warta(['search', 'putin'])).stderr).toBe('');
  });
  it('--queries takes a path after it as the corpus', async () => {
    const dir = tempCorpus({ 'a.txt': 'Banjir melanda Kota Bekasi sejak pagi hari ini.\n' });
    const q = tempCorpus({ 'q.txt': 'banjir\nbekasi\n' });
    const out = (await warta(['search', '--queries', `${q}/q.txt`, dir, '--json'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.total)).toEqual([1, 1]);
  });
  it('--explain prints term frequencies and idf', async () => {
    expect((await warta(['search', 'putin', '--explain', '--limit', '1'])).stdout).toMatch(/putin: tf=\d+ idf=\d/);
  });
  it('searches title: and type:', async () => {
    const t = JSON.parse((await warta(['search', 'title:berdialog', '--json'])).stdout);
    expect(t.total).toBeGreaterThan(0);
    expect(t.hits.every((h: { file: string }) => h.file.includes('002_'))).toBe(true);
    expect((await warta(['search', 'type:PER damai', '--json'])).code).toBe(0);
    expect((await warta(['search', 'type:XYZ'])).code).toBe(2);
  });
});
