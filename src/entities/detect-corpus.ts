/**
 * Detect the entity mentions of every paragraph of a corpus, on every core: paragraphs
 * go in chunks of whole documents to worker threads (detect-worker.ts) that hold the corpus's lexicon (how
 * it capitalises each word, which the detector reads) and the bundled tagger. Results
 * are put back in paragraph order, so they are the same as on one thread, whatever the
 * scheduling. Small corpora are detected on this thread (a worker costs ~150 ms to start
 * and load the model).
 */
import { availableParallelism } from 'node:os';
import { withDefaults } from '../options.js';
import { runWorkerPool } from '../worker-pool.js';
import { type CorpusIndex, unitText } from '../search-index/corpus-index.js';
import { detectMentions } from './detect.js';
import type { RawMention } from './mention.js';
import { encodeMentions, joinEncoded, type EncodedMentions } from './mention-codec.js';
import { surnamesOf, withSurnames } from './propagate.js';

/** The mentions detected in every paragraph unit: `units[i]` holds `mentions[i]`, units ascending. */
export interface DetectedMentions {
  readonly units: Uint32Array;
  readonly mentions: readonly RawMention[];
}

export interface DetectCorpusOptions {
  /** Worker threads (default: the number of cores; 0 or 1 detects on this thread). */
  threads?: number;
  /** Paragraphs per message to a worker, rounded up to whole documents (default: `2000`). */
  chunkUnits?: number;
  /** Below this many paragraphs, workers do not repay their start (default: `8000`). */
  minParallelUnits?: number;
}

export const DEFAULT_DETECT_CORPUS = { chunkUnits: 2000, minParallelUnits: 8000 };

/** What a detect worker is given at start. */
export interface DetectWorkerSetup {
  readonly forms: string[];
  readonly capitalised: Uint32Array;
  readonly lower: Uint32Array;
}
export interface DetectRequest {
  readonly seq: number;
  readonly from: number;
  readonly texts: string[];
  /** The document of each text. */
  readonly docs: Uint32Array;
}
export interface DetectResponse extends EncodedMentions {
  readonly seq: number;
  /** Unit of the chunk's last mention (its stream counts unit gaps from unit 0). */
  readonly lastUnit: number;
}

/**
 * Detect the mentions of units [from, from + texts.length), in order; `docs[i]` is the
 * document of text i (a chunk holds whole documents), so a surname of the document's full
 * person names counts where it stands alone (propagate.ts).
 */
export function detectChunk(
  texts: readonly string[],
  from: number,
  lexicon: CorpusIndex['lexicon'],
  docs: ArrayLike<number>,
): { units: number[]; mentions: RawMention[] } {
  const units: number[] = [];
  const mentions: RawMention[] = [];
  for (let a = 0; a < texts.length; ) {
    let b = a;
    while (b < texts.length && docs[b] === docs[a]) b++;
    const found = texts.slice(a, b).map((t) => detectMentions(t, lexicon));
    const surnames = surnamesOf(found.flat());
    for (let i = a; i < b; i++) {
      for (const m of withSurnames(texts[i], found[i - a], surnames)) {
        units.push(from + i);
        mentions.push(m);
      }
    }
    a = b;
  }
  return { units, mentions };
}

/**
 * Chunk starts for `n` units of about `size` units each, moved forward to the start of a
 * document so no document is split: the same on one thread and on many.
 */
export function chunkStarts(docOf: ArrayLike<number>, n: number, size: number): number[] {
  const starts = [0];
  for (let u = size; u < n; u += size) {
    let s = Math.max(u, starts[starts.length - 1] + 1);
    while (s < n && docOf[s] === docOf[s - 1]) s++;
    if (s < n && s > starts[starts.length - 1]) starts.push(s);
  }
  return starts;
}

/** Every paragraph's mentions, detected on this thread. */
export function detectOnThisThread(index: CorpusIndex): DetectedMentions {
  const texts = Array.from({ length: index.paragraphs.unitCount }, (_, u) => unitText(index, u));
  const r = detectChunk(texts, 0, index.lexicon, index.docOf);
  return { units: Uint32Array.from(r.units), mentions: r.mentions };
}

/**
 * Detect the mentions of every paragraph (the slow part; a snapshot keeps the result),
 * encoded (mention-codec.ts): the main thread never holds an object per mention.
 */
export async function detectCorpusMentions(index: CorpusIndex, options: DetectCorpusOptions = {}): Promise<EncodedMentions> {
  const { chunkUnits, minParallelUnits } = withDefaults(DEFAULT_DETECT_CORPUS, options);
  const n = index.paragraphs.unitCount;
  const starts = chunkStarts(index.docOf, n, chunkUnits);
  const threads = Math.min(options.threads ?? availableParallelism(), starts.length);
  if (threads <= 1 || n < minParallelUnits) return encodeMentions(detectOnThisThread(index));
  const counts = index.lexicon.caseCounts();
  const setup: DetectWorkerSetup = { forms: index.lexicon.forms, capitalised: counts.capitalised, lower: counts.lower };
  const results = await runWorkerPool<DetectResponse>({
    script: new URL('./detect-worker.js', import.meta.url),
    workerData: setup,
    threads,
    jobs: starts.length,
    request: (seq) => {
      const from = starts[seq];
      const to = seq + 1 < starts.length ? starts[seq + 1] : n;
      const texts: string[] = [];
      for (let u = from; u < to; u++) texts.push(unitText(index, u));
      return { seq, from, texts, docs: index.docOf.slice(from, to) } satisfies DetectRequest;
    },
    name: 'entity worker',
  });
  return joinEncoded(results);
}
