/**
 * Word frequency lists from the positional index (no text is read): each word's count,
 * relative frequency per million tokens, range (documents holding it) and dispersion over
 * documents or months. A word is a token as the index sees it (letters and digits; no
 * punctuation), case- and accent-folded; with `stems`, its index key (the stem, or the name
 * itself). Paragraph text only: titles are not counted.
 */
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import { periodOf } from '../dates/day-number.js';
import { type Dispersion, dispersion, partsOf } from './dispersion.js';
import { postingStatistics, wordPostings } from '../search-index/term-stats.js';

export interface WordListOptions {
  /** Count index keys (stems and names) rather than word forms (default: `false`). */
  stems?: boolean;
  /** Parts for dispersion: documents or months of publication (default: `document`). */
  parts?: 'document' | 'month';
  /** Leave stopwords out (default: `false`). */
  hideStopwords?: boolean;
  /** Only words at least this frequent (default: `1`). */
  minFreq?: number;
  /** Only documents this accepts (dates, outlets). */
  keep?: (doc: number) => boolean;
}

export interface WordRow extends Dispersion {
  readonly word: string;
  readonly freq: number;
  readonly perMillion: number;
  /** Documents holding the word. */
  readonly range: number;
}

export interface WordList {
  readonly tokens: number;
  readonly documents: number;
  /** Parts dispersion was measured over, and how many. */
  readonly parts: 'document' | 'month';
  readonly partCount: number;
  readonly words: readonly WordRow[];
}

/** Tokens of each document (paragraphs of the documents `keep` accepts; 0 for the others). */
export function documentSizes(index: CorpusIndex, keep?: (doc: number) => boolean): Float64Array {
  const sizes = new Float64Array(index.documents.length);
  const P = index.paragraphs;
  for (let u = 0; u < P.unitCount; u++) {
    const d = index.docOf[u];
    if (!keep || keep(d)) sizes[d] += P.lengths[u];
  }
  return sizes;
}

/** Word counts (and nothing else) of the documents `keep` accepts: word -> count, and the token total. */
export function wordFrequencies(
  index: CorpusIndex,
  stems = false,
  keep?: (doc: number) => boolean,
): { counts: Map<string, number>; tokens: number } {
  const words = stems ? index.terms.keys : index.lexicon.forms;
  const { count } = postingStatistics(index, stems, keep);
  const counts = new Map<string, number>();
  count.forEach((n, w) => n > 0 && counts.set(words[w], n));
  return { counts, tokens: documentSizes(index, keep).reduce((a, b) => a + b, 0) };
}

/** The frequency list, most frequent first (ties by word). */
export function wordList(index: CorpusIndex, options: WordListOptions = {}): WordList {
  const { keep } = options;
  const p = wordPostings(index, !!options.stems);
  const docSizes = documentSizes(index, keep);
  const tokens = docSizes.reduce((a, b) => a + b, 0);
  // Part of each document: itself, or its month (undated documents are no part).
  const partOfDoc = new Int32Array(index.documents.length).fill(-1);
  const partSizes: number[] = [];
  if (options.parts === 'month') {
    const monthIndex = new Map<string, number>();
    for (let d = 0; d < docSizes.length; d++) {
      const day = index.docDay[d];
      if (!day || !docSizes[d]) continue;
      const m = periodOf(day, 'month');
      let i = monthIndex.get(m);
      if (i === undefined) monthIndex.set(m, (i = partSizes.push(0) - 1));
      partOfDoc[d] = i;
      partSizes[i] += docSizes[d];
    }
  } else {
    for (let d = 0; d < docSizes.length; d++) if (docSizes[d]) partOfDoc[d] = partSizes.push(docSizes[d]) - 1;
  }
  const parts = partsOf(partSizes);
  const minFreq = options.minFreq ?? 1;
  const rows: WordRow[] = [];
  const counts = new Map<number, number>();
  for (let w = 0; w < p.count; w++) {
    const word = p.words[w];
    if (options.hideStopwords && STOPWORDS.has(word)) continue;
    counts.clear();
    let freq = 0;
    let range = 0;
    let lastDoc = -1;
    for (let k = p.start[w]; k < p.start[w + 1]; k++) {
      const d = index.docOf[p.units[k]];
      if (keep && !keep(d)) continue;
      freq += p.tf[k];
      if (d !== lastDoc) {
        range++;
        lastDoc = d;
      }
      const part = partOfDoc[d];
      if (part >= 0) counts.set(part, (counts.get(part) ?? 0) + p.tf[k]);
    }
    if (freq < minFreq || freq === 0) continue;
    rows.push({ word, freq, perMillion: (freq / tokens) * 1e6, range, ...dispersion(counts, parts) });
  }
  rows.sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return {
    tokens,
    documents: docSizes.filter((s) => s > 0).length,
    parts: options.parts ?? 'document',
    partCount: parts.sizes.length,
    words: rows,
  };
}
