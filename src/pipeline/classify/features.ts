/**
 * Prose features of one line: what tells an article sentence from page furniture
 * when no phrase rule applies (after C4/Gopher line rules and jusText's length classes).
 */
import { STOPWORDS } from '../../lang/id/stopwords.js';
import { foldWord } from '../../text/fold.js';
import { forEachToken, isCapitalised } from '../../text/tokenize.js';

export interface LineFeatures {
  readonly words: number;
  /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
  readonly terminal: boolean;
  readonly stopwordRatio: number;
  /** Share of words that start with a capital letter. */
  readonly capitalRatio: number;
  readonly hasUrl: boolean;
  readonly chars: number;
}

const STOPWORD_MAX_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));
const TERMINAL = /[.!?…]["”’')\]]*\s*$|[.!?…]\s*["”’)]\s*$/u;
const URL = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;

/** Compute the features of a (normalised, trimmed) line. */
export function lineFeatures(text: string): LineFeatures {
  let stop = 0;
  let caps = 0;
  let n = 0;
  forEachToken(text, (start, end) => {
    const surface = text.slice(start, end);
    n++;
    if (surface.length <= STOPWORD_MAX_LENGTH && STOPWORDS.has(foldWord(surface))) stop++;
    if (isCapitalised(surface)) caps++;
  });
  return {
    words: n,
    terminal: TERMINAL.test(text),
    stopwordRatio: n ? stop / n : 0,
    capitalRatio: n ? caps / n : 0,
    hasUrl: URL.test(text),
    chars: text.length,
  };
}

/** A line that is unmistakably an article sentence: long, or a complete sentence of 5+ words. */
export function isStrongProse(f: LineFeatures): boolean {
  return (f.terminal && f.words >= 5 && f.stopwordRatio > 0) || (f.words >= 20 && f.stopwordRatio >= 0.15);
}
