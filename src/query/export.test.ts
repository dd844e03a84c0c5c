import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { chunked, jsonDocuments, jsonlDocuments } from '../render/export.js';
import { exportDocuments } from './export.js';

describe('export in chunks', () => {
  const docs = tinyCorpus([['Presiden Rusia Vladimir Putin berbicara.', 'Baris "kedua"\\n dengan kutip.'], ['Zelensky menjawab.']]);

  it('writes JSON byte for byte as JSON.stringify(…, null, 2) does, empty or not', () => {
    for (const d of [docs, docs.slice(0, 1), []]) {
      expect([...jsonDocuments(d)].join('')).toBe(JSON.stringify({ documents: exportDocuments(d) }, null, 2) + '\n');
    }
  });
  it('writes one JSON document per line', () => {
    const lines = [...jsonlDocuments(docs)].join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(exportDocuments(docs))));
  });
  it('joins pieces into chunks of about the size asked, losing nothing', () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `piece ${i};`);
    const chunks = [...chunked(pieces, 100)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.slice(0, -1).every((c) => c.length >= 100 && c.length < 120)).toBe(true);
  });
});
