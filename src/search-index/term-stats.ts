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

/** Postings of every word of the paragraph field, by form or by term (stem): (unit, count) pairs. */
export function wordPostings(index: CorpusIndex, stems: boolean) {
  const P = index.paragraphs;
  P.load?.all();
  const words = stems ? index.terms.keys : index.lexicon.forms;
  const start = stems ? P.termStart : P.formStart;
  const units = stems ? P.postingUnits : P.formUnits;
  const tf = stems ? P.postingTf : P.formTf;
  return { words, start, units, tf, count: Math.min(words.length, start.length - 1) };
}

/**
 * Occurrences and documents of every word (form, or term with `stems`) in the paragraphs
 * of the documents `keep` accepts, by word id.
 */
export function postingStatistics(index: CorpusIndex, stems: boolean, keep?: (doc: number) => boolean): TermStats {
  const p = wordPostings(index, stems);
  const count = new Uint32Array(p.words.length);
  const documents = new Uint32Array(p.words.length);
  for (let w = 0; w < p.count; w++) {
    let n = 0;
    let docs = 0;
    let lastDoc = -1;
    // A word's postings are in unit order, and units in document order.
    for (let k = p.start[w]; k < p.start[w + 1]; k++) {
      const d = index.docOf[p.units[k]];
      if (keep && !keep(d)) continue;
      n += p.tf[k];
      if (d !== lastDoc) {
        docs++;
        lastDoc = d;
      }
    }
    count[w] = n;
    documents[w] = docs;
  }
  return { count, documents };
}

/** Count every term's occurrences and documents from the paragraph postings (of the documents `keep` accepts). */
export function termStatistics(index: CorpusIndex, keep?: (doc: number) => boolean): TermStats {
  return postingStatistics(index, true, keep);
}
