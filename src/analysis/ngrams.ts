/**
 * N-grams (AntConc's clusters): word sequences of n tokens that recur, counted within
 * sentences (never across a sentence end or a paragraph), with their range (documents).
 * Tokens as everywhere in warta (text/tokenize.ts), case- and accent-folded.
 */
import { DEFAULT_NGRAMS } from '../query/defaults.js';
import type { NewsDocument } from '../model.js';
import { splitSentences } from '../text/sentences.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { STOPWORDS } from '../lang/id/stopwords.js';

export interface NgramOptions {
  /** Sizes of the n-grams (default: 2 to 4). */
  min?: number;
  max?: number;
  /** Only n-grams seen at least this often (default: `3`) and in this many documents (default: `2`). */
  minFreq?: number;
  minRange?: number;
  /** Only n-grams holding this word (folded; default: any). */
  with?: string;
  /** Leave out n-grams that start or end with a stopword (default: `false`). */
  trimStopwords?: boolean;
}

export { DEFAULT_NGRAMS };

export interface Ngram {
  readonly ngram: string;
  readonly n: number;
  readonly freq: number;
  readonly range: number;
}

/** Parse "-n 3" or "-n 2..5". */
export function parseSizes(text: string): { min: number; max: number } | null {
  const m = /^\s*(\d+)\s*(?:(?:\.\.|-)\s*(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return min >= 1 && max >= min && max <= 10 ? { min, max } : null;
}

/** Recurring n-grams of the documents, most frequent first (ties: longer, then alphabetical). */
export function ngrams(documents: readonly NewsDocument[], options: NgramOptions = {}): Ngram[] {
  const min = options.min ?? DEFAULT_NGRAMS.min;
  const max = options.max ?? DEFAULT_NGRAMS.max;
  const minFreq = options.minFreq ?? DEFAULT_NGRAMS.minFreq;
  const minRange = options.minRange ?? DEFAULT_NGRAMS.minRange;
  const withWord = options.with ? foldWord(options.with) : null;
  const freq = new Map<string, number>();
  const range = new Map<string, number>();
  const lastDoc = new Map<string, number>();
  documents.forEach((d, di) => {
    for (const p of d.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        const words = tokenize(sentence).map((t) => foldWord(t.surface));
        for (let n = min; n <= max; n++) {
          for (let i = 0; i + n <= words.length; i++) {
            const gram = words.slice(i, i + n);
            if (withWord && !gram.includes(withWord)) continue;
            if (options.trimStopwords && (STOPWORDS.has(gram[0]) || STOPWORDS.has(gram[n - 1]))) continue;
            const key = gram.join(' ');
            freq.set(key, (freq.get(key) ?? 0) + 1);
            if (lastDoc.get(key) !== di) {
              lastDoc.set(key, di);
              range.set(key, (range.get(key) ?? 0) + 1);
            }
          }
        }
      }
    }
  });
  const out: Ngram[] = [];
  for (const [ngram, f] of freq) {
    const r = range.get(ngram)!;
    if (f >= minFreq && r >= minRange) out.push({ ngram, n: ngram.split(' ').length, freq: f, range: r });
  }
  return out.sort((a, b) => b.freq - a.freq || b.n - a.n || (a.ngram < b.ngram ? -1 : 1));
}
