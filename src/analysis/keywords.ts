/**
 * Keywords: the words a target corpus uses more (or less: negative keywords) than a
 * reference, by log-likelihood, with Log Ratio as the effect size (keyness.ts). The
 * reference is another corpus, a word list (word<TAB>count lines after a "#tokens<TAB>N"
 * line), or the other outlets of the same corpus.
 */
import { DEFAULT_KEYWORDS } from '../query/defaults.js';
import { readFileSync } from 'node:fs';
import { OptionError } from '../errors.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import { type Keyness, keyness, significance } from './keyness.js';

/** Word counts of a corpus and its size in tokens. */
export interface Frequencies {
  readonly counts: ReadonlyMap<string, number>;
  readonly tokens: number;
}

export interface KeywordRow extends Keyness {
  readonly word: string;
  /** Counts in the target and the reference. */
  readonly target: number;
  readonly reference: number;
  /** Smallest p reached (0.05, 0.01, 0.001, 0.0001), or "n.s." below 3.84 (with a lower --min-ll). */
  readonly p: string;
}

export interface KeywordOptions {
  /** Count a word only with at least this many occurrences in the corpus it is key in (default: `5`). */
  minFreq?: number;
  /** Smallest log-likelihood shown (default: `3.84`, p < 0.05). */
  minLL?: number;
  hideStopwords?: boolean;
}

export interface Keywords {
  readonly targetTokens: number;
  readonly referenceTokens: number;
  /** Used more in the target, by log-likelihood. */
  readonly positive: readonly KeywordRow[];
  /** Used less in the target. */
  readonly negative: readonly KeywordRow[];
}

export { DEFAULT_KEYWORDS };

/** Key words of `target` against `reference`. */
export function keywords(target: Frequencies, reference: Frequencies, options: KeywordOptions = {}): Keywords {
  const minFreq = options.minFreq ?? DEFAULT_KEYWORDS.minFreq;
  const minLL = options.minLL ?? DEFAULT_KEYWORDS.minLL;
  const C = target.tokens;
  const D = reference.tokens;
  const positive: KeywordRow[] = [];
  const negative: KeywordRow[] = [];
  const words = new Set([...target.counts.keys(), ...reference.counts.keys()]);
  for (const word of words) {
    if (options.hideStopwords && STOPWORDS.has(word)) continue;
    const a = target.counts.get(word) ?? 0;
    const b = reference.counts.get(word) ?? 0;
    const more = a / C > b / D;
    if ((more ? a : b) < minFreq) continue;
    const k = keyness(a, b, C, D);
    if (k.ll < minLL) continue;
    const p = significance(k.ll) ?? 'n.s.';
    (more ? positive : negative).push({ word, target: a, reference: b, ...k, p });
  }
  const order = (x: KeywordRow, y: KeywordRow) => y.ll - x.ll || (x.word < y.word ? -1 : 1);
  return { targetTokens: C, referenceTokens: D, positive: positive.sort(order), negative: negative.sort(order) };
}

/** Read a word list: a "#tokens<TAB>N" line, then word<TAB>count lines ("#" lines are comments). */
export function readWordList(file: string): Frequencies {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new OptionError(`cannot read word list ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const counts = new Map<string, number>();
  let tokens = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const total = /^#tokens\t(\d+)\s*$/.exec(line);
    if (total) {
      tokens = Number(total[1]);
      return;
    }
    if (line.startsWith('#')) return;
    const m = /^([^\t]+)\t(\d+)\s*$/.exec(line);
    if (!m) throw new OptionError(`word list ${file}, line ${i + 1}: expected WORD<TAB>COUNT`);
    counts.set(m[1], (counts.get(m[1]) ?? 0) + Number(m[2]));
  });
  if (!tokens) tokens = [...counts.values()].reduce((a, b) => a + b, 0);
  return { counts, tokens };
}

/** A word list as text, most frequent first, words below `minCount` left out (the total keeps them). */
export function writeWordList(f: Frequencies, source: string, minCount = 1): string {
  const rows = [...f.counts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `# warta word list: ${source}\n#tokens\t${f.tokens}\n${rows.map(([w, n]) => `${w}\t${n}`).join('\n')}\n`;
}
