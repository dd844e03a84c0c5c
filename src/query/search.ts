/**
 * `search`: corpus index + query string -> ranked paragraph hits with match offsets.
 * Rendering lives in render/; this module only decides what matches and in what order.
 */
import type { DayRange } from '../dates/date-range.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { withDefaults } from '../options.js';
import type { Bm25Params } from '../search-index/bm25.js';
import { type CorpusIndex, unitText } from '../search-index/corpus-index.js';
import { QueryError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { forEachToken, tokenize } from '../text/tokenize.js';
import { positionsInUnit } from '../search-index/positional-index.js';
import { QueryParseError, type QueryNode } from './ast.js';
import { Evaluator, leafSpans, type EntityResolver, type Leaf, type ScoreDetail } from './evaluate.js';
import { parseLenient, parseQuery, toAny } from './parse.js';
import { DEFAULT_SEARCH } from './defaults.js';

export interface SearchOptions {
  /** Maximum hits returned (default: `10`). */
  limit?: number;
  /** Rank paragraphs matching any word rather than all (default: `false`). */
  any?: boolean;
  /** Treat the query as plain words; never a parse error (default: `false`). */
  lenient?: boolean;
  /** Paragraphs of context before and after each hit (default: `0`). */
  context?: number;
  /** Keep per-term score details (default: `false`). */
  explain?: boolean;
  titleBoost?: number;
  /** Weight of exact-surface matches added to the stem BM25 (default: `1`: the word typed counts as much again as its stem). */
  exactWeight?: number;
  /** Weight of query words found side by side, in the order typed (default: `1`; `0` turns it off). */
  proximityWeight?: number;
  /** Multiply a paragraph's score by (query words it holds / query words) to this power (see evaluate.ts). */
  coordination?: number;
  /** BM25's k1 and b (default: 1.2 and 0.75). */
  bm25?: Bm25Params;
  entities?: EntityResolver;
  /** Only paragraphs of articles dated inside this range (--since/--until). */
  dates?: DayRange | null;
  /** Documents to leave out (1 = out): the copies `--dedupe` folds. */
  skipDocs?: Uint8Array | null;
}

export { DEFAULT_SEARCH };

export interface SearchHit {
  readonly document: string;
  readonly file: string;
  /** 0-based paragraph index in its document. */
  readonly paragraph: number;
  readonly line: number;
  readonly score: number;
  readonly text: string;
  /** Character offsets of matches in `text`, ascending, non-overlapping. */
  readonly matches: readonly [number, number][];
  readonly title: string | null;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly explain?: readonly ScoreDetail[];
}

export interface SearchResult {
  readonly query: string;
  /** Number of paragraphs that match. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/** Parse a query string the way `search` does (throws QueryError with a column on bad syntax). */
export function compileQuery(query: string, options: Pick<SearchOptions, 'any' | 'lenient'> = {}): QueryNode {
  const q = normalizeText(query).replace(/\n/g, ' ');
  let tree: QueryNode | null;
  if (options.lenient) {
    tree = parseLenient(q, options.any);
    if (!tree) throw new QueryError('the query has no words to search for');
    return tree;
  }
  try {
    tree = parseQuery(q);
  } catch (err) {
    if (err instanceof QueryParseError) {
      throw new QueryError(err.message, err.column + 1);
    }
    throw err;
  }
  return options.any ? toAny(tree) : tree;
}

/** A compiled and evaluated query: the matching units and how to score and locate matches. */
export interface QueryRun {
  readonly ev: Evaluator;
  readonly units: Uint32Array;
  readonly leaves: readonly Leaf[];
}

/** Parse and evaluate a query (shared by search, KWIC and counts). */
export function runQuery(index: CorpusIndex, query: string, options: SearchOptions = {}): QueryRun {
  const tree = compileQuery(query, options);
  const ev = new Evaluator(index, {
    titleBoost: options.titleBoost,
    exactWeight: options.exactWeight,
    proximityWeight: options.proximityWeight,
    coordination: options.coordination,
    bm25: options.bm25,
    // With --any, a word the corpus never has matches its close forms (a misspelling of one).
    misspelt: !!options.any,
    entities: options.entities,
  });
  const run = ev.run(tree);
  const keep = keptDocuments(index, options.dates, options.skipDocs);
  const units = keep ? run.units.filter((u) => keep(index.docOf[u])) : run.units;
  return { ev, units, leaves: run.leaves };
}

/**
 * Character spans of every match in unit u's paragraph. Plain words and exact phrases are
 * located from the positions in the index, so the paragraph is only scanned for token
 * boundaries; exact, prefix and fuzzy words and proximity need their tokens checked.
 */
export function matchSpans(index: CorpusIndex, run: QueryRun, u: number): [number, number][] {
  const text = unitText(index, u);
  const fromPositions: [number, number][] = [];
  const checked: Leaf[] = [];
  for (const leaf of run.leaves) {
    const spans = positionSpans(index, leaf, u);
    if (spans) fromPositions.push(...spans);
    else checked.push(leaf);
  }
  const out: [number, number][] = [];
  if (checked.length) {
    const tokens = tokenize(text);
    for (const leaf of checked) for (const [a, b] of leafSpans(tokens, leaf, index)) out.push([tokens[a].start, tokens[b].end]);
  }
  if (fromPositions.length) out.push(...tokenSpansToChars(text, fromPositions));
  return mergeSpans(out);
}

/** Token spans of a leaf in unit u from index positions, or null when tokens must be checked. */
function positionSpans(index: CorpusIndex, leaf: Leaf, u: number): [number, number][] | null {
  if (leaf.words.some((w) => w.needsCheck) || (leaf.phrase && leaf.slop > 0)) return null;
  const P = index.paragraphs;
  const lists = leaf.words.map((w) => positionsInUnit(P, w.terms, u));
  const spans: [number, number][] = [];
  if (!leaf.phrase) {
    for (const p of lists[0]) spans.push([p, p]);
    return spans;
  }
  const n = lists.length;
  for (const p of lists[0]) if (lists.every((l, i) => l.has(p + i))) spans.push([p, p + n - 1]);
  return spans;
}

/** Map token-index spans to character spans with one scan of the text. */
function tokenSpansToChars(text: string, spans: [number, number][]): [number, number][] {
  const need = new Map<number, number[]>();
  const starts = new Map<number, number>();
  let last = 0;
  for (const [a, b] of spans) {
    (need.get(b) ?? need.set(b, []).get(b)!).push(a);
    starts.set(a, -1);
    if (b > last) last = b;
  }
  const out: [number, number][] = [];
  let i = 0;
  forEachToken(
    text,
    (start, end) => {
      if (starts.has(i)) starts.set(i, start);
      for (const a of need.get(i) ?? []) out.push([starts.get(a)!, end]);
      i++;
    },
    last,
  );
  return out;
}

/** Units ranked best first (ties in corpus order). */
export function rankUnits(run: QueryRun): { u: number; s: number }[] {
  const scores = run.ev.scoreAll(run.units, run.leaves);
  const scored = Array.from(run.units, (u, i) => ({ u, s: scores[i] }));
  scored.sort(byScore);
  if (!run.ev.usesProximity(run.leaves)) return scored;
  const window = scored.slice(0, RESCORE_WINDOW);
  rescore(run, window);
  return [...window, ...scored.slice(RESCORE_WINDOW)];
}

/** Best-scored units re-ranked with the proximity score (like a search engine's rescore window). */
export const RESCORE_WINDOW = 100;

const byScore = (a: { u: number; s: number }, b: { u: number; s: number }) => b.s - a.s || a.u - b.u;

/** Add the proximity score to these units and sort them again. */
function rescore(run: QueryRun, items: { u: number; s: number }[]): void {
  for (const it of items) it.s += run.ev.proximity(it.u, run.leaves);
  items.sort(byScore);
}

/** Run a query over the index. */
export function search(index: CorpusIndex, query: string, options: SearchOptions = {}): SearchResult {
  const opts = withDefaults(DEFAULT_SEARCH, options);
  const run = runQuery(index, query, opts);
  const rescoring = run.ev.usesProximity(run.leaves);
  const best = topK(run, rescoring ? Math.max(opts.limit, RESCORE_WINDOW) : opts.limit);
  if (rescoring) rescore(run, best);
  const hits = best.slice(0, opts.limit).map(({ u, s }) => hitOf(index, run, u, s, opts));
  return { query, total: run.units.length, hits };
}

/** A ranked paragraph as a hit: its text, match offsets, context and score details as asked. */
export function hitOf(
  index: CorpusIndex,
  run: QueryRun,
  u: number,
  score: number,
  opts: { readonly context: number; readonly explain: boolean },
): SearchHit {
  const doc = index.documents[index.docOf[u]];
  const pi = index.paraOf[u];
  const p = doc.paragraphs[pi];
  const hit: SearchHit = {
    document: doc.id,
    file: doc.file,
    paragraph: pi,
    line: p.line,
    score: round(score),
    text: p.text,
    matches: matchSpans(index, run, u),
    title: doc.title,
  };
  if (opts.context > 0) {
    Object.assign(hit, {
      before: doc.paragraphs.slice(Math.max(0, pi - opts.context), pi).map((x) => x.text),
      after: doc.paragraphs.slice(pi + 1, pi + 1 + opts.context).map((x) => x.text),
    });
  }
  if (opts.explain) {
    const details: ScoreDetail[] = [];
    run.ev.score(u, run.leaves, details);
    run.ev.proximity(u, run.leaves, details);
    Object.assign(hit, { explain: details });
  }
  return hit;
}

/** The k best units without sorting every match (a bounded min-heap would also do; k is small). */
function topK(run: QueryRun, k: number): { u: number; s: number }[] {
  if (k <= 0) return [];
  const best: { u: number; s: number }[] = [];
  const worse = (a: { u: number; s: number }, b: { u: number; s: number }) => a.s < b.s || (a.s === b.s && a.u > b.u);
  const scores = run.ev.scoreAll(run.units, run.leaves);
  for (let i = 0; i < run.units.length; i++) {
    const s = scores[i];
    if (best.length === k && s < best[k - 1].s) continue;
    const item = { u: run.units[i], s };
    if (best.length < k) {
      best.push(item);
      if (best.length === k) best.sort((a, b) => (worse(a, b) ? 1 : -1));
    } else if (worse(best[k - 1], item)) {
      let at = k - 1;
      while (at > 0 && worse(best[at - 1], item)) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = item;
    }
  }
  if (best.length < k) best.sort((a, b) => (worse(a, b) ? 1 : -1));
  return best;
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Sort and merge overlapping or touching character ranges. */
export function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
