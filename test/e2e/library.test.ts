/**
 * The library is the command line's own path: the README's example (openCorpus, then a
 * search and an entity count) gives the answers `warta search` and `warta entities` print.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, warta } from './run.js';

// The package entry, as a user imports it (dist/index.js, built by `npm test`).
const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);

describe('the library (README example)', () => {
  it('answers a search and an entity count as the CLI does on the seeds', async () => {
    const corpus = await lib.openCorpus(['seeds'], { cache: false });
    const hits = lib.search(await corpus.index(), 'perundingan', { limit: 3 });
    const people = lib.listEntities(await corpus.entities(), { type: 'PER', top: 5 });

    const cliSearch = await warta(['search', 'perundingan', '--limit', '3', '--json']);
    const cliPeople = await warta(['entities', '--type', 'PER', '--top', '5', '--json']);
    expect(cliSearch.code).toBe(0);
    expect(hits.hits.length).toBe(3);
    expect(people.entities.map((e: { name: string }) => e.name)).toContain('Vladimir Putin');
    expect(JSON.parse(JSON.stringify(hits))).toEqual(JSON.parse(cliSearch.stdout));
    expect(JSON.parse(JSON.stringify(people))).toEqual(JSON.parse(cliPeople.stdout));
  });
});
