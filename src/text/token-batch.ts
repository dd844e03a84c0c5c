/**
 * Tokenized batches: the unit of work between tokenizing (in a worker thread, or on the
 * main thread) and building the index.
 *
 * A batch covers consecutive documents. Its words are numbered locally (first
 * occurrence first: paragraphs, then titles), each with its folded form and how often it was written with a capital inside a sentence. Only typed arrays and
 * one string per distinct word cross a thread boundary; `mergeBatches` maps the local
 * numbers onto one lexicon (search-index/merge-batches.ts), in batch order, so the result
 * does not depend on which thread finished first.
 */
import type { NewsDocument } from '../model.js';
import { U32Builder } from '../growable.js';
import { batchDupeKeys } from '../dupes/shingles.js';
import { foldWord } from './fold.js';
import { isSentenceInitial } from './sentences.js';
import { forEachToken, isCapitalised } from './tokenize.js';

export interface TokenBatch {
  /** Folded form of each local word id. */
  readonly forms: string[];
  /** In-sentence occurrences written with a capital / in lower case, per local word. */
  readonly capitalised: Uint32Array;
  readonly lower: Uint32Array;
  /** Local word id of each paragraph token, paragraphs back to back, and tokens per paragraph. */
  readonly paraTokens: Uint32Array;
  readonly paraLengths: Uint32Array;
  /** The same for titles: one unit per document (0 tokens when it has none). */
  readonly titleTokens: Uint32Array;
  readonly titleLengths: Uint32Array;
  /** Each document's near-duplicate key (dupes/shingles.ts), KEY_WIDTH numbers per document. */
  readonly dupeKeys: Uint32Array;
}

/** Tokenize documents into a batch (stemming waits for the lexicon, which knows the names). */
export function tokenizeBatch(documents: readonly NewsDocument[]): TokenBatch {
  const surfaceIds = new Map<string, number>();
  const formIds = new Map<string, number>();
  const forms: string[] = [];
  const cap: number[] = [];
  const low: number[] = [];
  const wordOf = (surface: string): number => {
    let id = surfaceIds.get(surface);
    if (id === undefined) {
      const folded = foldWord(surface);
      id = formIds.get(folded);
      if (id === undefined) {
        id = forms.length;
        forms.push(folded);
        cap.push(0);
        low.push(0);
        formIds.set(folded, id);
      }
      surfaceIds.set(surface, id);
    }
    return id;
  };
  const unitsOf = (texts: Iterable<string>, countCase: boolean) => {
    const tokens = new U32Builder(1 << 14);
    const lengths: number[] = [];
    for (const text of texts) {
      const before = tokens.length;
      forEachToken(text, (start, end) => {
        const surface = text.slice(start, end);
        const id = wordOf(surface);
        if (countCase && !isSentenceInitial(text, start)) {
          if (isCapitalised(surface)) cap[id]++;
          else low[id]++;
        }
        tokens.push(id);
      });
      lengths.push(tokens.length - before);
    }
    return { tokens: tokens.finish(), lengths: Uint32Array.from(lengths) };
  };
  const paras = unitsOf(paragraphTexts(documents), true);
  const titles = unitsOf(
    documents.map((d) => d.title ?? ''),
    false,
  );
  return {
    forms,
    capitalised: Uint32Array.from(cap),
    lower: Uint32Array.from(low),
    paraTokens: paras.tokens,
    paraLengths: paras.lengths,
    titleTokens: titles.tokens,
    titleLengths: titles.lengths,
    dupeKeys: batchDupeKeys(
      forms,
      paras.tokens,
      paras.lengths,
      documents.map((d) => d.paragraphs.length),
    ),
  };
}

function* paragraphTexts(documents: readonly NewsDocument[]): Iterable<string> {
  for (const d of documents) for (const p of d.paragraphs) yield p.text;
}
