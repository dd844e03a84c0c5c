/**
 * Per-term statistics of the paragraph field, as Lucene keeps them beside its terms:
 * total occurrences and the number of documents (articles, not paragraphs) holding the
 * term. Computed from the postings in one pass; a snapshot stores them (index.bin), so
 * `stats` on a snapshot decodes no posting.
 */
import type { CorpusIndex } from './corpus-index.js';

export interface TermStats {
  /** Occurrences of term t in paragraphs. */
  readonly count: Uint32Array;
  /** Documents with term t in a paragraph. */
  readonly documents: Uint32Array;
}

/** Count every term's occurrences and documents from the paragraph postings (of the documents `keep` accepts). */
export function termStatistics(index: CorpusIndex, keep?: (doc: number) => boolean): TermStats {
  const P = index.paragraphs;
  P.load?.all();
  const terms = index.terms.keys.length;
  const count = new Uint32Array(terms);
  const documents = new Uint32Array(terms);
  for (let t = 0; t < terms; t++) {
    let n = 0;
    let docs = 0;
    let lastDoc = -1;
    // A term's postings are in unit order, and units in document order.
    const end = t + 1 < P.termStart.length ? P.termStart[t + 1] : 0;
    for (let k = P.termStart[t]; k < end; k++) {
      const d = index.docOf[P.postingUnits[k]];
      if (keep && !keep(d)) continue;
      n += P.postingTf[k];
      if (d !== lastDoc) {
        docs++;
        lastDoc = d;
      }
    }
    count[t] = n;
    documents[t] = docs;
  }
  return { count, documents };
}
