import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocId } from '../../model.js';
import { processText } from '../load.js';
import { normalizeText } from '../../text/normalize.js';
import { classifyLines } from './classify.js';

// Line pools from the labelled fixtures: article lines, furniture lines, and short odd lines.
const dir = new URL('../../../test/fixtures/cleaning/', import.meta.url);
const labelled = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'));
const keep = labelled.filter((l) => l.startsWith('K ')).map((l) => l.slice(2));
const drop = labelled.filter((l) => l.startsWith('D ')).map((l) => l.slice(2));
const prose = keep.filter((l) => /[.!?"”]$/.test(l) && l.split(' ').length >= 8);
const odd = [
  'Presiden',
  'Tag',
  '(ama/ama)',
  'JAKARTA, KOMPAS.com - Polisi menangkap dua orang pencuri di Bekasi pada Senin malam.',
  '* * *',
  'Berita Terkait',
  'Komentar (0)',
  'Grup H',
  'Lyon 0 - 1 Juventus',
];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...keep) },
  { weight: 3, arbitrary: fc.constantFrom(...drop) },
  { weight: 1, arbitrary: fc.constantFrom(...odd) },
  { weight: 2, arbitrary: fc.constant('') },
);
const file = fc.array(line, { minLength: 1, maxLength: 30 });
const crlf = fc.constantFrom('\n', '\r\n');

describe('cleaning invariants (property)', () => {
  it('accounts for every non-empty line exactly once: kept, title, or removed with a rule', () => {
    fc.assert(
      fc.property(file, crlf, (lines, eol) => {
        const text = lines.join(eol);
        const doc = processText('d' as DocId, 'd.txt', text);
        const classified = classifyLines(normalizeText(text).split('\n')).lines;
        const removed = new Map(doc.removed.map((r) => [r.line, r]));
        const nonBlank = classified.filter((l) => l.kind !== 'blank');
        for (const l of nonBlank) {
          if (l.kind === 'boilerplate') {
            expect(removed.get(l.line)).toEqual({ line: l.line, text: l.text, rule: l.rule });
          } else if (l.kind === 'title') {
            expect(doc.title).toBe(l.content);
          } else {
            // The paragraph(s) covering this line: a long line may be cut into several.
            const start = Math.max(...doc.paragraphs.filter((p) => p.line <= l.line).map((p) => p.line));
            const covering = doc.paragraphs
              .filter((p) => p.line === start)
              .map((p) => p.text)
              .join(' ');
            expect(covering).toContain(l.content!);
            if (l.strippedLead) expect(doc.meta.dateline).toBe(l.strippedLead);
            if (l.strippedTrail) expect(doc.meta.credits).toContain(l.strippedTrail);
          }
        }
        expect(doc.removed.length + nonBlank.filter((l) => l.kind !== 'boilerplate').length).toBe(nonBlank.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: cleaning the cleaned export removes nothing more', () => {
    fc.assert(
      fc.property(file, (lines) => {
        const doc = processText('d' as DocId, 'd.txt', lines.join('\n'));
        const cleaned = [doc.title, ...doc.paragraphs.map((p) => p.text)].filter((x) => x !== null).join('\n\n');
        const again = processText('d' as DocId, 'd.txt', cleaned);
        expect(again.removed).toEqual([]);
        // Every kept word survives (the title may be chosen differently once it comes first).
        const words = (d: typeof doc) => [d.title, ...d.paragraphs.map((p) => p.text)].join(' ').split(/\s+/).filter(Boolean).sort();
        expect(words(again)).toEqual(words(doc));
      }),
      { numRuns: 400 },
    );
  });

  it('never empties a file that has an ordinary sentence of prose', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...drop, ''), { maxLength: 20 }),
        fc.constantFrom(...prose),
        fc.nat(20),
        (furniture, sentence, at) => {
          const lines = [...furniture];
          lines.splice(at % (lines.length + 1), 0, sentence);
          const doc = processText('d' as DocId, 'd.txt', lines.join('\n'));
          expect(doc.paragraphs.length + (doc.title ? 1 : 0)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
