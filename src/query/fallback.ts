/**
 * Plain queries that never leave a person with nothing: when several plain words (no
 * operator, phrase, field or modifier) find no paragraph holding them all, the query is run
 * again matching any of them, so the paragraphs holding most of them come first (coordination,
 * evaluate.ts), and the answer says it was relaxed. A query that still finds nothing gets
 * "did you mean" suggestions: for each word the corpus lacks, the most frequent forms of the
 * corpus within one edit (two for words of eight letters or more).
 */
import { type CorpusIndex, termOf } from '../search-index/corpus-index.js';
import { foldWord } from '../text/fold.js';
import { formSearch } from './evaluate.js';
import { parseLenient } from './parse.js';

/** Is the query two plain words or more, and nothing else (no AND/OR/NOT, quote, -, =, *, ~ or field:)? */
export function isPlainWords(query: string): boolean {
  const tokens = query.trim().split(/\s+/);
  return tokens.length > 1 && tokens.every((t) => PLAIN_WORD.test(t) && !OPERATORS.has(t));
}

const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,]*$/u;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Run a query; if it is plain words that match nothing together, run it again with any word (relaxed: true). */
export function withFallback<T extends { readonly total: number }>(
  query: string,
  any: boolean | undefined,
  run: (any: boolean) => T,
): { result: T; relaxed: boolean } {
  const result = run(!!any);
  if (result.total > 0 || any || !isPlainWords(query)) return { result, relaxed: false };
  const relaxed = run(true);
  return relaxed.total > 0 ? { result: relaxed, relaxed: true } : { result, relaxed: false };
}

/** Suggestions for the words of a query that occur nowhere in the corpus, most frequent first. */
export function suggestWords(index: CorpusIndex, query: string, max = 3): { word: string; suggestions: string[] }[] {
  const tree = parseLenient(query);
  if (!tree) return [];
  const words = tree.type === 'term' ? [tree] : tree.type === 'and' ? tree.children : [];
  const P = index.paragraphs;
  const lex = index.lexicon;
  const out: { word: string; suggestions: string[] }[] = [];
  for (const w of words) {
    if (w.type !== 'term') continue;
    const folded = foldWord(w.text);
    const t = termOf(index, folded);
    if (t !== undefined && P.termStart[t + 1] > P.termStart[t]) continue;
    const frequency = (f: number) => P.formStart[f + 1] - P.formStart[f];
    const close = formSearch(lex)
      .fuzzy(folded, folded.length >= 8 ? 2 : 1)
      .filter((f) => frequency(f) > 0 && lex.forms[f] !== folded)
      .sort((a, b) => frequency(b) - frequency(a) || (lex.forms[a] < lex.forms[b] ? -1 : 1))
      .slice(0, max)
      .map((f) => lex.forms[f]);
    if (close.length) out.push({ word: w.text, suggestions: close });
  }
  return out;
}
