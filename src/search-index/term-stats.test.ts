import { describe, expect, it } from 'vitest';
import { openCorpus } from '../engine/open-corpus.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { termStatistics } from './term-stats.js';

describe('termStatistics', () => {
  it('counts each term as brute force over the paragraphs does', async () => {
    const index = await (await openCorpus([], { cache: false })).index();
    const stats = termStatistics(index);
    // Brute force: every token of every paragraph, mapped to its term through the lexicon.
    const count = new Map<number, number>();
    const docs = new Map<number, Set<number>>();
    index.documents.forEach((d, di) => {
      for (const p of d.paragraphs) {
        for (const t of tokenize(p.text)) {
          const form = index.lexicon.formId(foldWord(t.surface));
          if (form === undefined) continue;
          const term = index.formTerm[form];
          count.set(term, (count.get(term) ?? 0) + 1);
          if (!docs.has(term)) docs.set(term, new Set());
          docs.get(term)!.add(di);
        }
      }
    });
    expect(count.size).toBeGreaterThan(500);
    for (let t = 0; t < index.terms.keys.length; t++) {
      expect([index.terms.keys[t], stats.count[t], stats.documents[t]]).toEqual([
        index.terms.keys[t],
        count.get(t) ?? 0,
        docs.get(t)?.size ?? 0,
      ]);
    }
  });
});
