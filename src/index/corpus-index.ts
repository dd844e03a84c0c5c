/**
 * The searchable corpus: documents, their paragraphs as index units, a paragraph field
 * and a title field sharing one lexicon and term dictionary.
 */
import type { NewsDocument, Paragraph } from '../model.js';
import { buildField, formTerms, TermDictionary, tokenizeUnits, type IndexedField } from './positional-index.js';
import { Lexicon } from './lexicon.js';

export interface CorpusIndex {
  readonly documents: readonly NewsDocument[];
  /** Paragraph unit u belongs to document docOf[u] and is its paragraph paraOf[u]. */
  readonly docOf: Uint32Array;
  readonly paraOf: Uint32Array;
  readonly lexicon: Lexicon;
  readonly terms: TermDictionary;
  readonly paragraphs: IndexedField;
  /** One unit per document (empty text when it has no title). */
  readonly titles: IndexedField;
}

/** Build the index of a loaded corpus. */
export function buildCorpusIndex(documents: readonly NewsDocument[]): CorpusIndex {
  let n = 0;
  for (const d of documents) n += d.paragraphs.length;
  const docOf = new Uint32Array(n);
  const paraOf = new Uint32Array(n);
  const texts: string[] = new Array(n);
  let u = 0;
  documents.forEach((d, di) => {
    d.paragraphs.forEach((p, pi) => {
      docOf[u] = di;
      paraOf[u] = pi;
      texts[u++] = p.text;
    });
  });
  const lexicon = new Lexicon();
  const paraTokens = tokenizeUnits(texts, lexicon, true);
  const titleTokens = tokenizeUnits(documents.map((d) => d.title ?? ''), lexicon, false);
  const terms = new TermDictionary();
  const f2t = formTerms(lexicon, terms);
  return {
    documents,
    docOf,
    paraOf,
    lexicon,
    terms,
    paragraphs: buildField(paraTokens, f2t, terms.keys.length),
    titles: buildField(titleTokens, f2t, terms.keys.length),
  };
}

/** The paragraph record of unit u. */
export function paragraphAt(index: CorpusIndex, u: number): { doc: NewsDocument; paragraph: Paragraph } {
  const doc = index.documents[index.docOf[u]];
  return { doc, paragraph: doc.paragraphs[index.paraOf[u]] };
}
