/**
 * Merge token batches (text/token-batch.ts), in document order, into one lexicon and the
 * form ids of every paragraph and title unit. Batch order, not thread finishing order,
 * decides the lexicon's numbering, so the index does not depend on scheduling.
 */
import type { TokenBatch } from '../text/token-batch.js';
import type { Lexicon } from './lexicon.js';
import type { TokenizedUnits } from './positional-index.js';

/** Merge batches (in document order) into one lexicon and the form ids of every unit. */
export function mergeBatches(batches: readonly TokenBatch[], lexicon: Lexicon): { paragraphs: TokenizedUnits; titles: TokenizedUnits } {
  const local = batches.map((b) => {
    const toGlobal = new Uint32Array(b.forms.length);
    for (let i = 0; i < b.forms.length; i++) {
      toGlobal[i] = lexicon.addForm(b.forms[i], b.capitalised[i], b.lower[i]);
    }
    return toGlobal;
  });
  const join = (tokensOf: (b: TokenBatch) => Uint32Array, lengthsOf: (b: TokenBatch) => Uint32Array): TokenizedUnits => {
    let tokenCount = 0;
    let unitCount = 0;
    for (const b of batches) {
      tokenCount += tokensOf(b).length;
      unitCount += lengthsOf(b).length;
    }
    const forms = new Uint32Array(tokenCount);
    const unitStart = new Uint32Array(unitCount + 1);
    let k = 0;
    let u = 0;
    batches.forEach((b, bi) => {
      const map = local[bi];
      const tokens = tokensOf(b);
      for (let i = 0; i < tokens.length; i++) forms[k + i] = map[tokens[i]];
      for (const n of lengthsOf(b)) {
        unitStart[u++] = k;
        k += n;
      }
    });
    unitStart[unitCount] = k;
    return { forms, unitStart };
  };
  return {
    paragraphs: join(
      (b) => b.paraTokens,
      (b) => b.paraLengths,
    ),
    titles: join(
      (b) => b.titleTokens,
      (b) => b.titleLengths,
    ),
  };
}
