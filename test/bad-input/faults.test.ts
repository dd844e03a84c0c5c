// Issue 6, faults that cannot be caused for real here (CI runs as root, so permissions
// do not bite; a disk cannot be filled): the loader and the writer take their file
// operations as parameters, and these tests pass ones that fail.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticList } from '../../src/diagnostics.js';
import { decodeBytes } from '../../src/pipeline/decode.js';
import { openCorpus, type CorpusOptions } from '../../src/engine/index.js';
import type { Report } from '../../src/diagnostics.js';
import { NODE_FS, type FileSystem } from '../../src/pipeline/load.js';
import { normalizeText } from '../../src/text/normalize.js';
import { writeFileAtomic } from '../../src/cli/output-file.js';
import { tempCorpus } from '../e2e/run.js';

const SENTENCE = 'Presiden Rusia Vladimir Putin bersedia berunding dengan Ukraina pekan depan.';
/** The corpus under root read through the engine, no snapshot: documents and file reports. */
async function loadCorpus(root: string, report: Report, options: CorpusOptions = {}) {
  return (await openCorpus([root], { cache: false, ...options }, report)).corpus();
}
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('8. unreadable and vanishing files', () => {
  it('report an error per file, keep the others, and make the run exit 2', async () => {
    const dir = tempCorpus({ 'a.txt': SENTENCE, 'locked.txt': SENTENCE, 'gone.txt': SENTENCE });
    const faulty: FileSystem = {
      ...NODE_FS,
      size: async (p) => {
        if (p.endsWith('gone.txt')) throw errno('ENOENT');
        return NODE_FS.size(p);
      },
      readFile: async (p) => {
        if (p.endsWith('locked.txt')) throw errno('EACCES');
        return NODE_FS.readFile(p);
      },
    };
    const diags = new DiagnosticList();
    const corpus = await loadCorpus(dir, diags.report, { fileSystem: faulty });
    expect(corpus.documents.map((d) => d.id)).toEqual(['a']);
    expect(diags.items.map((d) => [path.basename(d.path ?? ''), d.ruleId, d.message])).toEqual([
      ['gone.txt', 'read/failed', 'cannot read (ENOENT)'],
      ['locked.txt', 'read/failed', 'cannot read (EACCES)'],
    ]);
    expect(diags.hasErrors).toBe(true);
    expect(corpus.files.map((f) => f.status)).toEqual(['ok', 'error', 'error']);
  });
});

describe('6. files read in chunks', () => {
  it('give the same paragraphs as files read whole, across chunk boundaries and CRLF', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `${SENTENCE} Baris ${i}, “kutipan” Antónió.`);
    const dir = tempCorpus({ 'big.txt': lines.join('\r\n') + '\r\n', 'cr.txt': lines.slice(0, 5000).join('\r') });
    const whole = await loadCorpus(dir, () => {});
    const chunked = await loadCorpus(dir, () => {}, { chunkedReadBytes: 1024 });
    expect(chunked.documents.map((d) => d.paragraphs.map((p) => p.text))).toEqual(
      whole.documents.map((d) => d.paragraphs.map((p) => p.text)),
    );
    expect(whole.documents[0].paragraphs).toHaveLength(40_000);
  });
  it('fall back to Windows-1252 for invalid UTF-8 in chunks too', async () => {
    const dir = tempCorpus({ 'w.txt': Buffer.concat([Buffer.from(`${SENTENCE}\n`.repeat(100)), Buffer.from([0x93, 0x41, 0x94, 0x2e])]) });
    const diags = new DiagnosticList();
    const c = await loadCorpus(dir, diags.report, { chunkedReadBytes: 10 });
    expect(c.documents[0].paragraphs.at(-1)?.text).toBe('“A”.');
    expect(diags.items.map((d) => d.ruleId)).toEqual(['decode/fallback-cp1252']);
  });
});

describe('13. a full disk', () => {
  it('leaves no partial output and no temporary file', () => {
    const dir = tempCorpus({});
    const out = path.join(dir, 'out.json');
    writeFileSync(out, 'previous export');
    const full = (file: string, data: Iterable<string>) => {
      writeFileSync(file, [...data].join('').slice(0, 10)); // a partial write, then the disk is full
      throw errno('ENOSPC');
    };
    expect(() => writeFileAtomic(out, '{"documents":[]}', full)).toThrow(/cannot write .*ENOSPC.*nothing was written/);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
  it('writes whole files when the disk is fine', () => {
    const dir = tempCorpus({});
    writeFileAtomic(path.join(dir, 'o.json'), 'x'.repeat(100_000));
    expect(readFileSync(path.join(dir, 'o.json'), 'utf8')).toHaveLength(100_000);
    // The temporary file (.o.json.<pid>.tmp) was renamed into place: nothing else is left.
    expect(readdirSync(dir)).toEqual(['o.json']);
  });
});

describe('properties', () => {
  it('the decoder and the normaliser never throw on arbitrary bytes; normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeBytes(bytes, 'x');
        if (r.ok) {
          const n = normalizeText(r.text);
          expect(normalizeText(n)).toBe(n);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('normalising arbitrary strings is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        for (const s of [a, b]) {
          const n = normalizeText(s);
          expect(normalizeText(n)).toBe(n);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
