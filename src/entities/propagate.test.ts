import { describe, expect, it } from 'vitest';
import { chunkStarts } from './detect-corpus.js';
import type { RawMention } from './mention.js';
import { surnamesOf, withSurnames } from './propagate.js';

const per = (surface: string): RawMention => ({ surface, start: 0, end: surface.length, type: 'PER' });

describe('surnames within a document', () => {
  it('takes the last word of full person names that looks like a name and is nothing else', () => {
    const names = surnamesOf([per('Vladimir Putin'), per('Putin'), per('Joko Widodo'), per('Ibrahim Traore'), per('Abu Jakarta')]);
    expect([...names].sort()).toEqual(['Putin', 'Traore', 'Widodo']);
    expect(surnamesOf([{ ...per('Bank Mandiri'), type: 'ORG' }]).size).toBe(0);
  });
  it('adds a lone surname no mention covers, and nothing inside a mention', () => {
    const text = 'Pemerintah Putin dan Vladimir Putin bertemu, kata putin.';
    const covered: RawMention = { surface: 'Vladimir Putin', start: 21, end: 35, type: 'PER' };
    const out = withSurnames(text, [covered], new Set(['Putin']));
    expect(out.map((m) => `${m.surface}@${m.start}`)).toEqual(['Putin@11', 'Vladimir Putin@21']);
    expect(out[0].type).toBe('PER');
  });
});

describe('chunks of whole documents', () => {
  it('moves each chunk start to the start of a document', () => {
    const docOf = [0, 0, 0, 1, 1, 2, 2, 2, 2, 3];
    expect(chunkStarts(docOf, docOf.length, 2)).toEqual([0, 3, 5, 9]);
    expect(chunkStarts(docOf, docOf.length, 100)).toEqual([0]);
    expect(chunkStarts([0, 0, 0, 0], 4, 1)).toEqual([0]);
  });
});
