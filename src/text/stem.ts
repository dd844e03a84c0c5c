/**
 * The Indonesian stemmer: natural's port of Sastrawi, memoised.
 *
 * This is the only module that imports natural, and it imports the stemmer file
 * alone: the package index costs up to 2 s and prints dotenv banners to stdout.
 * Each distinct word is stemmed once (the memo answers at ~15 M/s against
 * ~35 k/s for the stemmer itself).
 *
 * Input is a folded word (see fold.ts). Words with digits, and very short words,
 * are returned unchanged: the stemmer has nothing to say about "3.000" or "AS".
 */
import { createRequire } from 'node:module';

type StemFn = (word: string) => string;
let sastrawi: StemFn | null = null;

function loadSastrawi(): StemFn {
  if (!sastrawi) {
    const require = createRequire(import.meta.url);
    const mod = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem: StemFn };
    sastrawi = (w) => mod.stem(w);
  }
  return sastrawi;
}

const HAS_DIGIT = /\p{N}/u;

/** A memoised stemmer over folded words. */
export class Stemmer {
  private readonly memo = new Map<string, string>();

  /** Stem one folded word (e.g. "perundingan" -> "runding"). */
  stem(folded: string): string {
    let s = this.memo.get(folded);
    if (s === undefined) {
      s = folded.length < 3 || HAS_DIGIT.test(folded) ? folded : loadSastrawi()(folded) || folded;
      this.memo.set(folded, s);
    }
    return s;
  }

  /** Number of distinct words stemmed so far. */
  get size(): number {
    return this.memo.size;
  }
}
