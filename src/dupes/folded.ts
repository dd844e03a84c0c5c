/**
 * What `--dedupe` folds: every near-duplicate article but the one kept of its cluster
 * (near-duplicates.ts), as a per-document mark, and the article each copy duplicates.
 */
import type { NewsDocument } from '../model.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { nearDuplicates } from './near-duplicates.js';

export interface Folded {
  /** 1 for a copy that --dedupe leaves out. */
  readonly skip: Uint8Array;
  /** The kept article of each copy's cluster, -1 for the others. */
  readonly duplicateOf: Int32Array;
  readonly count: number;
}

export function foldedCopies(documents: readonly NewsDocument[], index: CorpusIndex): Folded {
  const skip = new Uint8Array(documents.length);
  const duplicateOf = new Int32Array(documents.length).fill(-1);
  let count = 0;
  for (const c of nearDuplicates(documents, (d) => index.docDay[d]))
    for (const m of c.members)
      if (m.document !== c.canonical) {
        skip[m.document] = 1;
        duplicateOf[m.document] = c.canonical;
        count++;
      }
  return { skip, duplicateOf, count };
}
