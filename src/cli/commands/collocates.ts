/**
 * `warta collocates QUERY [PATH...]`: the words around a query's matches with their
 * association measures; `warta ngrams [PATH...]`: recurring word sequences.
 */
import { type CollocateMeasure, collocates, parseWindow } from '../../analysis/collocates.js';
import { ngrams, parseSizes } from '../../analysis/ngrams.js';
import { documentFilter } from '../../analysis/document-filter.js';
import { renderJson } from '../../render/format.js';
import { renderCollocates, renderCollocatesCsv, renderNgrams, renderNgramsCsv } from '../../render/collocates.js';
import type { Session } from '../session.js';
import { checkOneFormat, UsageError } from '../usage-error.js';

export interface CollocatesFlags {
  window: string;
  minFreq?: number;
  sort: CollocateMeasure;
  stopwords: 'show' | 'hide';
  top: number;
  lenient?: boolean;
  json?: boolean;
  csv?: boolean;
}

export async function runCollocates(session: Session, query: string | undefined, paths: string[], flags: CollocatesFlags): Promise<number> {
  if (!query?.trim()) throw new UsageError('collocates needs a query (a word, a "phrase", or any search query)');
  checkOneFormat(flags);
  const window = parseWindow(flags.window);
  if (!window) throw new UsageError(`--window takes L<n>R<n> (such as L5R5 or L3R0) or one number, got "${flags.window}"`);
  const dates = session.dates;
  const corpus = await session.open(paths);
  const index = await corpus.index();
  const r = collocates(index, query, {
    ...window,
    minFreq: flags.minFreq,
    sort: flags.sort,
    hideStopwords: flags.stopwords === 'hide',
    lenient: flags.lenient,
    dates,
    skipDocs: await session.skipDocs(corpus),
  });
  const shown = { ...r, collocates: r.collocates.slice(0, flags.top) };
  session.io.out(flags.json ? renderJson(shown) : flags.csv ? renderCollocatesCsv(r) : renderCollocates(shown, session.outStyle));
  return session.exitCode();
}

export interface NgramsFlags {
  n: string;
  minFreq?: number;
  minRange?: number;
  with?: string;
  stopwords: 'show' | 'trim';
  top: number;
  query?: string;
  json?: boolean;
  csv?: boolean;
}

export async function runNgrams(session: Session, paths: string[], flags: NgramsFlags): Promise<number> {
  checkOneFormat(flags);
  const sizes = parseSizes(flags.n);
  if (!sizes) throw new UsageError(`-n takes a size or a range from 1 to 10 (such as 3 or 2..5), got "${flags.n}"`);
  const dates = session.dates;
  const corpus = await session.open(paths);
  const index = await corpus.index();
  const docs = await corpus.documents();
  const filter = documentFilter(index, dates, flags.query, await session.skipDocs(corpus));
  const kept = filter ? docs.filter((_, d) => filter(d)) : docs;
  const list = ngrams(kept, {
    ...sizes,
    minFreq: flags.minFreq,
    minRange: flags.minRange,
    with: flags.with,
    trimStopwords: flags.stopwords === 'trim',
  });
  const shown = list.slice(0, flags.top);
  session.io.out(
    flags.json
      ? renderJson({ ngrams: shown, total: list.length })
      : flags.csv
        ? renderNgramsCsv(list)
        : renderNgrams(shown, list.length, session.outStyle),
  );
  return session.exitCode();
}
