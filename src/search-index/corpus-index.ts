/**
 * The searchable corpus: documents, their paragraphs as index units, a paragraph field
 * and a title field sharing one lexicon and term dictionary.
 */
import type { TermStats } from './term-stats.js';
import { dayNumber } from '../dates/day-number.js';
import type { NewsDocument, Paragraph } from '../model.js';
import { buildField, formTerms, TermDictionary, type IndexedField } from './positional-index.js';
import { Lexicon } from './lexicon.js';
import { tokenizeBatch, type TokenBatch } from '../text/token-batch.js';
import { mergeBatches } from './merge-batches.js';

export interface CorpusIndex {
  readonly documents: readonly NewsDocument[];
  /** Paragraph unit u belongs to document docOf[u] and is its paragraph paraOf[u]. */
  readonly docOf: Uint32Array;
  readonly paraOf: Uint32Array;
  readonly lexicon: Lexicon;
  readonly terms: TermDictionary;
  /** Term id of each lexicon form. */
  readonly formTerm: Uint32Array;
  readonly paragraphs: IndexedField;
  /** One unit per document (empty text when it has no title). */
  readonly titles: IndexedField;
  /** The file of document i without reading the document (set by a lazily opened snapshot). */
  readonly fileOf?: (doc: number) => string;
  /** Document i read without keeping it in memory (set by a lazily opened snapshot), for a pass over many documents once. */
  readonly documentAt?: (doc: number) => NewsDocument;
  /** Publication day of each document as YYYYMMDD (0 when undated), for date filters without reading documents. */
  readonly docDay: Uint32Array;
  /** Occurrences and documents per term, when a snapshot kept them (else term-stats.ts counts them). */
  readonly termStats?: TermStats;
  /** Each document's near-duplicate key (dupes/shingles.ts), made at ingest; undefined in a snapshot written before they were kept. */
  readonly dupeKeys?: () => Uint32Array;
}

/** Build the index of a loaded corpus (tokenizing on this thread). */
export function buildCorpusIndex(documents: readonly NewsDocument[]): CorpusIndex {
  return indexFromBatches(documents, [tokenizeBatch(documents)]);
}

/** Build the index from documents and their token batches (in document order). */
export function indexFromBatches(documents: readonly NewsDocument[], batches: readonly TokenBatch[]): CorpusIndex {
  let n = 0;
  for (const d of documents) n += d.paragraphs.length;
  const docOf = new Uint32Array(n);
  const paraOf = new Uint32Array(n);
  let u = 0;
  for (let di = 0; di < documents.length; di++) {
    for (let pi = 0; pi < documents[di].paragraphs.length; pi++) {
      docOf[u] = di;
      paraOf[u++] = pi;
    }
  }
  const lexicon = new Lexicon();
  const units = mergeBatches(batches, lexicon);
  const terms = new TermDictionary();
  const formTerm = formTerms(lexicon, terms);
  const dupeKeys = new Uint32Array(batches.reduce((sum, b) => sum + b.dupeKeys.length, 0));
  let at = 0;
  for (const b of batches) {
    dupeKeys.set(b.dupeKeys, at);
    at += b.dupeKeys.length;
  }
  return {
    documents,
    docOf,
    paraOf,
    docDay: Uint32Array.from(documents, (d) => dayNumber(d.meta.date)),
    lexicon,
    terms,
    formTerm,
    paragraphs: buildField(units.paragraphs, formTerm, terms.keys.length),
    titles: buildField(units.titles, formTerm, terms.keys.length),
    dupeKeys: () => dupeKeys,
  };
}

/** The file of document d, from the index's file list when it has one (a snapshot: no document read). */
export function fileOfDocument(index: CorpusIndex, d: number): string {
  return index.fileOf?.(d) ?? index.documents[d].file;
}

/** The text of paragraph unit u. */
export function unitText(index: CorpusIndex, u: number): string {
  return index.documents[index.docOf[u]].paragraphs[index.paraOf[u]].text;
}

/** The paragraph record of unit u. */
export function paragraphAt(index: CorpusIndex, u: number): { doc: NewsDocument; paragraph: Paragraph } {
  const doc = index.documents[index.docOf[u]];
  return { doc, paragraph: doc.paragraphs[index.paraOf[u]] };
}

/** The term id of a folded word: its form's term when the corpus has the form, else by its key. */
export function termOf(index: CorpusIndex, folded: string): number | undefined {
  const f = index.lexicon.formId(folded);
  return f !== undefined ? index.formTerm[f] : index.terms.ids.get(index.lexicon.keyOf(folded));
}
