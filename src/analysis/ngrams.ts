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

/** The words of every sentence as ids, sentences back to back, with the document of each token. */
function sentenceIds(documents: readonly NewsDocument[]): { ids: Uint32Array; doc: Uint32Array; ends: Uint8Array; words: string[] } {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const ids: number[] = [];
  const doc: number[] = [];
  const ends: number[] = [];
  documents.forEach((d, di) => {
    for (const p of d.paragraphs)
      for (const sentence of splitSentences(p.text)) {
        const tokens = tokenize(sentence);
        tokens.forEach((t, k) => {
          const w = foldWord(t.surface);
          let id = idOf.get(w);
          if (id === undefined) {
            id = words.push(w) - 1;
            idOf.set(w, id);
          }
          ids.push(id);
          doc.push(di);
          ends.push(k === tokens.length - 1 ? 1 : 0);
        });
      }
  });
  return { ids: Uint32Array.from(ids), doc: Uint32Array.from(doc), ends: Uint8Array.from(ends), words };
}

/**
 * Recurring n-grams of the documents, most frequent first (ties: longer, then alphabetical).
 * Counted level by level (Apriori): an n-gram is counted only where its two (n-1)-grams
 * reached the minimum frequency and range, since it can be no more frequent, nor in more
 * documents, than either; the maps stay small on big corpora.
 */
export function ngrams(documents: readonly NewsDocument[], options: NgramOptions = {}): Ngram[] {
  const min = options.min ?? DEFAULT_NGRAMS.min;
  const max = options.max ?? DEFAULT_NGRAMS.max;
  const minFreq = options.minFreq ?? DEFAULT_NGRAMS.minFreq;
  const minRange = options.minRange ?? DEFAULT_NGRAMS.minRange;
  const withWord = options.with ? foldWord(options.with) : null;
  const { ids, doc, ends, words } = sentenceIds(documents);
  // Level 1: each word's frequency and range.
  const freq1 = new Uint32Array(words.length);
  const range1 = new Uint32Array(words.length);
  const last1 = new Int32Array(words.length).fill(-1);
  for (let i = 0; i < ids.length; i++) {
    freq1[ids[i]]++;
    if (last1[ids[i]] !== doc[i]) {
      last1[ids[i]] = doc[i];
      range1[ids[i]]++;
    }
  }
  const out: Ngram[] = [];
  const keep = (n: number, key: string, f: number, r: number) => {
    if (n < min || f < minFreq || r < minRange) return;
    const gram = key.split(' ');
    if (withWord && !gram.includes(withWord)) return;
    if (options.trimStopwords && (STOPWORDS.has(gram[0]) || STOPWORDS.has(gram[n - 1]))) return;
    out.push({ ngram: key, n, freq: f, range: r });
  };
  for (let w = 0; w < words.length; w++) keep(1, words[w], freq1[w], range1[w]);
  // A sentence's last token: no n-gram runs past it.
  const sentenceEnd = new Uint32Array(ids.length);
  for (let i = ids.length - 1, end = ids.length - 1; i >= 0; i--) {
    if (ends[i]) end = i;
    sentenceEnd[i] = end;
  }
  // The n-grams of each level get ids; gramAt[i] is the id of the frequent (n-1)-gram at
  // position i, or -1. An n-gram's key is its prefix's id times the vocabulary plus its
  // last word: numbers, not strings, as map keys.
  const W = words.length;
  let gramAt = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) gramAt[i] = freq1[ids[i]] >= minFreq && range1[ids[i]] >= minRange ? ids[i] : -1;
  let gramText: string[] = words;
  for (let n = 2; n <= max; n++) {
    const idOfKey = new Map<number, number>();
    const freq: number[] = [];
    const range: number[] = [];
    const lastDoc: number[] = [];
    const text: string[] = [];
    const next = new Int32Array(ids.length).fill(-1);
    for (let i = 0; i + n <= ids.length; i++) {
      if (i + n - 1 > sentenceEnd[i]) continue;
      const prefix = gramAt[i];
      if (prefix < 0 || gramAt[i + 1] < 0) continue;
      const key = prefix * W + ids[i + n - 1];
      let g = idOfKey.get(key);
      if (g === undefined) {
        g = freq.push(0) - 1;
        range.push(0);
        lastDoc.push(-1);
        text.push(`${gramText[prefix]} ${words[ids[i + n - 1]]}`);
        idOfKey.set(key, g);
      }
      freq[g]++;
      if (lastDoc[g] !== doc[i]) {
        lastDoc[g] = doc[i];
        range[g]++;
      }
      next[i] = g;
    }
    let any = false;
    for (let i = 0; i < next.length; i++) {
      const g = next[i];
      if (g >= 0 && (freq[g] < minFreq || range[g] < minRange)) next[i] = -1;
      else if (g >= 0) any = true;
    }
    for (let g = 0; g < freq.length; g++) keep(n, text[g], freq[g], range[g]);
    gramAt = next;
    gramText = text;
    if (!any) break;
  }
  return out.sort((a, b) => b.freq - a.freq || b.n - a.n || (a.ngram < b.ngram ? -1 : 1));
}
