/**
 * What near-duplicate detection keeps of an article: its word 5-shingles (runs of five
 * folded words inside one paragraph, hashed to 32 bits), and a compact key per article
 * computed once at ingest (in the workers, from the token batch; see text/token-batch.ts)
 * and kept in the snapshot: 16 LSH band hashes of a 64-function MinHash signature, a hash
 * of the whole shingle set and its size. The band hashes find candidate pairs; the set
 * hash and size confirm exact copies (same shingle set) without reading them again; other
 * candidates are confirmed on their real shingle sets (near-duplicates.ts).
 *
 * The same word hashes come from the text (textShingles) and from a token batch
 * (batchDupeKeys), so keys made at ingest and sets made later from a document agree.
 */
import { foldWord } from '../text/fold.js';
import { forEachToken } from '../text/tokenize.js';

/** Words per shingle. */
export const SHINGLE = 5;
/** MinHash functions, and the bands of ROWS rows they are cut into. */
export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Numbers kept per article: the band hashes, the set hash, the set size. */
export const KEY_WIDTH = BANDS + 2;

/** FNV-1a of a string, 32 bits: the hash of one folded word. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Add the shingles of one paragraph's word hashes (words[from..to)) to `out`; a short paragraph is one shingle. */
function addShingles(words: ArrayLike<number>, from: number, to: number, out: Set<number>): void {
  const n = Math.min(SHINGLE, to - from);
  for (let i = from; i + n <= to; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ words[i + j], 0x5bd1e995) ^ (h >>> 13);
    out.add(h >>> 0);
  }
}

/** The sorted distinct shingle hashes of some paragraph texts (a shingle never crosses a paragraph). */
export function textShingles(paragraphs: Iterable<string>): Uint32Array {
  const out = new Set<number>();
  const words: number[] = [];
  for (const text of paragraphs) {
    words.length = 0;
    forEachToken(text, (start, end) => words.push(hashString(foldWord(text.slice(start, end)))));
    addShingles(words, 0, words.length, out);
  }
  return Uint32Array.from(out).sort();
}

// Hash functions h_k(x) = a_k * x + b_k (32-bit), from a fixed seed so keys are stable across runs.
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
{
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let k = 0; k < HASHES; k++) {
    A[k] = next() | 1;
    B[k] = next();
  }
}

const sig = new Uint32Array(HASHES);

/** Write the key of a sorted shingle set at out[at..at+KEY_WIDTH) (all zero for an empty set). */
export function writeKey(set: Uint32Array, out: Uint32Array, at: number): void {
  if (!set.length) {
    out.fill(0, at, at + KEY_WIDTH);
    return;
  }
  sig.fill(0xffffffff);
  let whole = 0x811c9dc5;
  for (const x of set) {
    whole = Math.imul(whole ^ x, 0x01000193);
    for (let k = 0; k < HASHES; k++) {
      const h = (Math.imul(A[k], x) + B[k]) >>> 0;
      if (h < sig[k]) sig[k] = h;
    }
  }
  for (let b = 0; b < BANDS; b++) {
    let h = 0x27d4eb2f ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x85ebca6b) ^ (h >>> 15);
    // 0 marks an empty set.
    out[at + b] = h >>> 0 || 1;
  }
  out[at + BANDS] = whole >>> 0;
  out[at + BANDS + 1] = set.length;
}

/** The keys of some shingle sets, KEY_WIDTH numbers each. */
export function keysOf(sets: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(sets.length * KEY_WIDTH);
  sets.forEach((s, i) => writeKey(s, out, i * KEY_WIDTH));
  return out;
}

/**
 * The keys of a token batch's documents: `forms` the batch's folded words, `tokens` its
 * paragraph tokens back to back, `lengths` tokens per paragraph, `paragraphs[d]` the
 * paragraphs of its document d.
 */
export function batchDupeKeys(
  forms: readonly string[],
  tokens: Uint32Array,
  lengths: Uint32Array,
  paragraphs: readonly number[],
): Uint32Array {
  const words = Uint32Array.from(forms, hashString);
  const out = new Uint32Array(paragraphs.length * KEY_WIDTH);
  const hashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) hashes[i] = words[tokens[i]];
  const set = new Set<number>();
  let p = 0;
  let t = 0;
  paragraphs.forEach((count, d) => {
    set.clear();
    for (let k = 0; k < count; k++, p++) {
      addShingles(hashes, t, t + lengths[p], set);
      t += lengths[p];
    }
    writeKey(Uint32Array.from(set).sort(), out, d * KEY_WIDTH);
  });
  return out;
}
