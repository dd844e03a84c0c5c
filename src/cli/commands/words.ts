/**
 * `warta words [PATH...]`: the frequency list with range and dispersion; and
 * `warta keywords [PATH...]`: keyness against a reference corpus, a word list, or the
 * other outlets.
 */
import { existsSync, statSync } from 'node:fs';
import { type Frequencies, keywords, readWordList } from '../../analysis/keywords.js';
import { wordFrequencies, wordList } from '../../analysis/word-list.js';
import { documentFilter } from '../../analysis/document-filter.js';
import { packagePath } from '../../paths.js';
import { renderJson } from '../../render/format.js';
import { renderKeywords, renderKeywordsCsv, renderWords, renderWordsCsv } from '../../render/words.js';
import type { Session } from '../session.js';
import { checkOneFormat, UsageError } from '../usage-error.js';

/** The word list that ships with warta: IndoSum's word forms (scripts/build-reference.mjs). */
export const DEFAULT_REFERENCE = 'data/reference/indosum-words.tsv';

export interface WordsFlags {
  stems?: boolean;
  parts: 'document' | 'month';
  stopwords: 'show' | 'hide';
  top?: number;
  minFreq?: number;
  query?: string;
  json?: boolean;
  csv?: boolean;
}

export async function runWords(session: Session, paths: string[], flags: WordsFlags): Promise<number> {
  checkOneFormat(flags);
  const dates = session.dates;
  const corpus = await session.open(paths);
  const index = await corpus.index();
  const list = wordList(index, {
    stems: flags.stems,
    parts: flags.parts,
    hideStopwords: flags.stopwords === 'hide',
    minFreq: flags.minFreq,
    keep: documentFilter(index, dates, flags.query, await session.skipDocs(corpus)) ?? undefined,
  });
  const shown = { ...list, words: flags.top === undefined ? list.words : list.words.slice(0, flags.top) };
  session.io.out(flags.json ? renderJson(shown) : flags.csv ? renderWordsCsv(shown) : renderWords(shown, session.outStyle));
  return session.exitCode();
}

export interface KeywordsFlags {
  reference?: string;
  outlet?: string;
  stems?: boolean;
  stopwords: 'show' | 'hide';
  top: number;
  minFreq?: number;
  minLl?: number;
  query?: string;
  json?: boolean;
  csv?: boolean;
}

export async function runKeywords(session: Session, paths: string[], flags: KeywordsFlags): Promise<number> {
  checkOneFormat(flags);
  if (flags.reference && flags.outlet)
    throw new UsageError('--reference and --outlet cannot be combined (an outlet is compared with the rest of its corpus)');
  const dates = session.dates;
  const corpus = await session.open(paths);
  const index = await corpus.index();
  const filter = documentFilter(index, dates, flags.query, await session.skipDocs(corpus));
  const inDates = (d: number) => !filter || filter(d);
  let target: Frequencies;
  let reference: Frequencies;
  let referenceName: string;
  if (flags.outlet) {
    const want = flags.outlet.toLowerCase();
    const outletOf = (d: number) => (index.documents[d].meta.outlet ?? '').toLowerCase();
    const mine = (d: number) => outletOf(d).includes(want);
    if (!index.documents.some((_, d) => mine(d)))
      throw new UsageError(`no document of outlet "${flags.outlet}" in this corpus (see warta entities --by outlet)`);
    target = wordFrequencies(index, flags.stems, (d) => inDates(d) && mine(d));
    reference = wordFrequencies(index, flags.stems, (d) => inDates(d) && !mine(d));
    referenceName = `the other outlets`;
  } else {
    const ref = flags.reference ?? packagePath(DEFAULT_REFERENCE);
    target = wordFrequencies(index, flags.stems, filter ?? undefined);
    if (existsSync(ref) && statSync(ref).isDirectory()) {
      const other = await session.open([ref]);
      reference = wordFrequencies(await other.index(), flags.stems);
    } else {
      if (!existsSync(ref)) throw new UsageError(`reference not found: ${ref} (give a corpus folder or a word list)`);
      reference = readWordList(ref);
      // A word list holds word forms: with --stems they are counted under their keys here.
      if (flags.stems) {
        const stems = new Map<string, number>();
        for (const [w, n] of reference.counts) {
          const k = index.lexicon.keyOf(w);
          stems.set(k, (stems.get(k) ?? 0) + n);
        }
        reference = { counts: stems, tokens: reference.tokens };
      }
    }
    referenceName = flags.reference ?? 'IndoSum (the word list that ships with warta)';
  }
  const k = keywords(target, reference, { minFreq: flags.minFreq, minLL: flags.minLl, hideStopwords: flags.stopwords === 'hide' });
  const shown = { reference: referenceName, ...k, positive: k.positive.slice(0, flags.top), negative: k.negative.slice(0, flags.top) };
  session.io.out(flags.json ? renderJson(shown) : flags.csv ? renderKeywordsCsv(k) : renderKeywords(shown, session.outStyle));
  return session.exitCode();
}
