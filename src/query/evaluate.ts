/**
 * Evaluate a query tree over the corpus index: which paragraphs match, how well (BM25
 * with a title boost), and where (token offsets for highlighting and KWIC).
 *
 * Sets of paragraphs are sorted Uint32Arrays; AND intersects, OR unions, NOT subtracts.
 * Phrases are checked on token positions. Each leaf of the tree becomes a `Matcher`
 * that knows its term ids (for postings) and how to recognise a token (for offsets).
 */
import { type DayRange, parseDayRange } from '../dates/date-range.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { U32Builder } from '../growable.js';
import { withDefaults } from '../options.js';
import { fileOfDocument, termOf, type CorpusIndex } from '../search-index/corpus-index.js';
import { bm25, DEFAULT_BM25, idf, type Bm25Params } from '../search-index/bm25.js';
import { findPosting, positionsInUnit, unitsOf, type IndexedField } from '../search-index/positional-index.js';
import { foldWord } from '../text/fold.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { PhraseNode, QueryNode, TermNode } from './ast.js';
import { FormSearch } from '../search-index/form-search.js';
import type { Lexicon } from '../search-index/lexicon.js';
import { globToRegExp } from './glob.js';
import { intersect, subtract, union, range } from './sets.js';

/** Resolves `entity:` and `type:` fields to paragraph units (provided by the entities stage). */
export interface EntityResolver {
  unitsForEntity(name: string): Uint32Array;
  unitsForType(type: string): Uint32Array;
}

export interface EvaluateOptions {
  /** Weight of the title's BM25 added to each paragraph's score (default: `0.5`). */
  titleBoost?: number;
  /** Weight of the BM25 of the exact word typed, added to its stem's (default: `1`). */
  exactWeight?: number;
  /** Weight of the BM25 of two query words found side by side, in query order (default: `1`). */
  proximityWeight?: number;
  /**
   * Coordination: a paragraph's score is multiplied by (weight of the query words it holds /
   * weight of all) to this power, a word weighing its idf, so with --any one holding every word,
   * or the rare ones, outranks one holding some (default: `1`; MiniSearch multiplies by the
   * number of words matched; `0` turns it off).
   */
  coordination?: number;
  bm25?: Bm25Params;
  /** Match a plain word the corpus never has by its forms within an edit or two (default: `false`; search turns it on with --any). */
  misspelt?: boolean;
  entities?: EntityResolver;
}

export const DEFAULT_EVALUATE = {
  titleBoost: 0.5,
  exactWeight: 1,
  proximityWeight: 1,
  coordination: 1,
  misspelt: false,
  bm25: DEFAULT_BM25,
} as const;

/** One word of a query as it matches tokens. */
export interface WordMatcher {
  readonly terms: readonly number[];
  /** The folded word as typed, for the exact-form bonus (plain words only). */
  readonly folded?: string;
  /** Does a token (folded form, index key) count as this word? */
  readonly accepts: (folded: string, key: string) => boolean;
  /** Exact-surface constraint: stem postings over-approximate, tokens must be checked to locate matches. */
  readonly needsCheck: boolean;
  /** For exact, prefix and fuzzy words: the lexicon forms that match, whose postings give the units exactly. */
  readonly forms?: readonly number[];
}

/** A positive leaf: a word, or a phrase of words. */
export interface Leaf {
  readonly words: readonly WordMatcher[];
  readonly slop: number;
  readonly phrase: boolean;
}

export interface Evaluation {
  readonly units: Uint32Array;
  readonly leaves: readonly Leaf[];
}

export interface ScoreDetail {
  readonly word: string;
  readonly tf: number;
  readonly idf: number;
  readonly score: number;
}

export class Evaluator {
  private readonly opts: Required<Omit<EvaluateOptions, 'entities'>> & { entities?: EntityResolver };
  private readonly leaves: Leaf[] = [];
  private all: Uint32Array | null = null;

  constructor(
    private readonly index: CorpusIndex,
    options: EvaluateOptions = {},
  ) {
    this.opts = withDefaults(DEFAULT_EVALUATE, options);
  }

  /** Every paragraph unit (built only for NOT and field queries). */
  private get allUnits(): Uint32Array {
    return (this.all ??= range(this.index.paragraphs.unitCount));
  }

  /** Evaluate a tree to the set of matching paragraph units. */
  run(node: QueryNode): Evaluation {
    this.leaves.length = 0;
    const units = this.evalNode(node, true);
    return { units, leaves: [...this.leaves] };
  }

  private evalNode(node: QueryNode, positive: boolean): Uint32Array {
    switch (node.type) {
      case 'and': {
        const pos = node.children.filter((c) => c.type !== 'not');
        const neg = node.children.filter((c) => c.type === 'not');
        let acc = pos.length ? this.evalNode(pos[0], positive) : this.allUnits;
        for (const c of pos.slice(1)) acc = intersect(acc, this.evalNode(c, positive));
        for (const c of neg) acc = subtract(acc, this.evalNode(c.child, !positive));
        return acc;
      }
      case 'or':
        return node.children.map((c) => this.evalNode(c, positive)).reduce((a, b) => union(a, b));
      case 'not':
        return subtract(this.allUnits, this.evalNode(node.child, !positive));
      case 'term':
        return this.evalTerm(node, positive);
      case 'phrase':
        return this.evalPhrase(node, positive);
    }
  }

  private evalTerm(node: TermNode, positive: boolean): Uint32Array {
    if (node.field === 'file') return this.unitsOfFiles(node.text);
    if (node.field === 'date') return this.unitsOfDays(parseDayRange(node.text));
    if (node.field === 'entity' || node.field === 'type') return this.evalEntityField(node.field, node.text);
    const words = tokenize(normalizeText(node.text));
    if (words.length !== 1) {
      // "Jong-un" or "3.000" typed as one word is one token; "a,b" or "a/b" is a phrase.
      return this.evalPhrase({ type: 'phrase', text: node.text, slop: 0, field: node.field, start: node.start, end: node.end }, positive);
    }
    const m = this.matcher(words[0].surface, node);
    if (node.field === 'title') {
      const docs = this.unitsOfTerms(this.index.titles, m.terms);
      return this.unitsOfDocIndexes(docs);
    }
    if (positive) this.leaves.push({ words: [m], slop: 0, phrase: false });
    if (m.forms) return this.unitsOfForms(m.forms);
    return this.unitsOfTerms(this.index.paragraphs, m.terms);
  }

  private evalPhrase(node: PhraseNode, positive: boolean): Uint32Array {
    if (node.field === 'entity' || node.field === 'type') return this.evalEntityField(node.field, node.text);
    if (node.field === 'file') return this.unitsOfFiles(node.text);
    const words = tokenize(normalizeText(node.text)).map((t) => this.matcher(t.surface, { exact: false, prefix: false, fuzzy: 0 }));
    if (words.length === 0) return new Uint32Array(0);
    if (node.field === 'title') {
      let docs = this.unitsOfTerms(this.index.titles, words[0].terms);
      for (const w of words.slice(1)) docs = intersect(docs, this.unitsOfTerms(this.index.titles, w.terms));
      docs = docs.filter((d) => phraseIn(this.index.titles, d, words, node.slop, words.length > 1));
      return this.unitsOfDocIndexes(docs);
    }
    if (positive) this.leaves.push({ words, slop: node.slop, phrase: words.length > 1 });
    let acc = this.unitsOfTerms(this.index.paragraphs, words[0].terms);
    for (const w of words.slice(1)) acc = intersect(acc, this.unitsOfTerms(this.index.paragraphs, w.terms));
    if (words.length === 1) return acc;
    return acc.filter((u) => phraseIn(this.index.paragraphs, u, words, node.slop, true));
  }

  /** Units of the documents dated inside the range. */
  private unitsOfDays(days: DayRange): Uint32Array {
    const keep = keptDocuments(this.index, days)!;
    const { docOf } = this.index;
    const out = new U32Builder();
    for (let u = 0; u < docOf.length; u++) if (keep(docOf[u])) out.push(u);
    return out.finish();
  }

  private evalEntityField(field: 'entity' | 'type', value: string): Uint32Array {
    const r = this.opts.entities;
    if (!r) return new Uint32Array(0);
    return field === 'entity' ? r.unitsForEntity(value) : r.unitsForType(value);
  }

  /** Build the matcher of one typed word. */
  matcher(word: string, mod: Pick<TermNode, 'exact' | 'prefix' | 'fuzzy'>): WordMatcher {
    const lex = this.index.lexicon;
    const folded = foldWord(word);
    if (mod.prefix || mod.fuzzy > 0) {
      const search = formSearch(lex);
      const ids = mod.prefix ? search.prefix(folded) : search.fuzzy(folded, mod.fuzzy);
      const formSet = new Set(ids.map((f) => lex.forms[f]));
      const terms = [...new Set(ids.map((f) => this.index.formTerm[f]))];
      return { terms, accepts: (f) => formSet.has(f), needsCheck: true, forms: ids };
    }
    if (mod.exact) {
      const t = termOf(this.index, folded);
      const f = lex.formId(folded);
      return { terms: t === undefined ? [] : [t], accepts: (x) => x === folded, needsCheck: true, forms: f === undefined ? [] : [f] };
    }
    const key = lex.keyOf(folded);
    const t = termOf(this.index, folded);
    if (t === undefined && this.opts.misspelt && folded.length >= 5 && !/\p{N}/u.test(folded)) {
      // A word the corpus never has is taken as a misspelling: its forms within one edit (two from eight letters).
      const ids = formSearch(lex).fuzzy(folded, folded.length >= 8 ? 2 : 1);
      const formSet = new Set(ids.map((f) => lex.forms[f]));
      return { terms: [...new Set(ids.map((f) => this.index.formTerm[f]))], accepts: (f) => formSet.has(f), needsCheck: true, forms: ids };
    }
    return { terms: t === undefined ? [] : [t], accepts: (_f, k) => k === key, needsCheck: false, folded };
  }

  private unitsOfTerms(field: IndexedField, terms: readonly number[]): Uint32Array {
    if (terms.length === 0) return new Uint32Array(0);
    if (terms.length === 1) return unitsOf(field, terms[0]);
    return terms.map((t) => unitsOf(field, t)).reduce((a, b) => union(a, b));
  }

  /** Units containing any of the forms (exact folded words), from the form postings. */
  private unitsOfForms(forms: readonly number[]): Uint32Array {
    const P = this.index.paragraphs;
    const lists = forms.map((f) => {
      P.load?.form(f);
      return P.formUnits.subarray(P.formStart[f], P.formStart[f + 1]);
    });
    if (lists.length <= 4) return lists.reduce((a, b) => union(a, b), new Uint32Array(0));
    // Many forms (a short prefix): mark units, then collect them in order.
    const seen = new Uint8Array(P.unitCount);
    let n = 0;
    for (const l of lists)
      for (const u of l)
        if (!seen[u]) {
          seen[u] = 1;
          n++;
        }
    const out = new Uint32Array(n);
    for (let u = 0, k = 0; u < seen.length; u++) if (seen[u]) out[k++] = u;
    return out;
  }

  private unitsOfDocIndexes(docs: Uint32Array): Uint32Array {
    const want = new Set(docs);
    return this.allUnits.filter((u) => want.has(this.index.docOf[u]));
  }

  /** Units of the documents whose file path matches a glob (paths from the index, when it has them, so no document is read). */
  private unitsOfFiles(glob: string): Uint32Array {
    const re = globToRegExp(glob);
    const docs: number[] = [];
    for (let i = 0; i < this.index.documents.length; i++) if (re.test(fileOfDocument(this.index, i))) docs.push(i);
    return this.unitsOfDocIndexes(Uint32Array.from(docs));
  }

  /**
   * Scores of every unit in `units` (sorted), term at a time: each term's postings are
   * merged with the unit list, so a query costs O(postings + units), no per-unit search.
   * A word expanded to several terms (prefix, fuzzy) counts its best term, as `score` does.
   */
  scoreAll(units: Uint32Array, leaves: readonly Leaf[]): Float64Array {
    const P = this.index.paragraphs;
    const T = this.index.titles;
    const p = this.opts.bm25;
    const total = new Float64Array(units.length);
    const word = new Float64Array(units.length);
    const coordinate = this.opts.coordination > 0 && leaves.length > 1;
    const held = coordinate ? new Float64Array(units.length) : null;
    const weights = leaves.map((l) => this.leafWeight(l));
    const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
    const hit = coordinate ? new Uint8Array(units.length) : null;
    for (const [li, leaf] of leaves.entries()) {
      hit?.fill(0);
      for (const w of leaf.words) {
        if (w.terms.length > 1) word.fill(0);
        const target = w.terms.length > 1 ? word : total;
        for (const t of w.terms) {
          P.load?.term(t);
          const from = P.termStart[t];
          const to = P.termStart[t + 1];
          if (from === to) continue;
          const termIdf = idf(P.unitCount, to - from);
          const titleIdf = idf(T.unitCount, T.termStart[t + 1] - T.termStart[t]);
          const hasTitles = T.termStart[t + 1] > T.termStart[t];
          let k = from;
          for (let i = 0; i < units.length && k < to; i++) {
            const u = units[i];
            while (k < to && P.postingUnits[k] < u) k++;
            if (k >= to || P.postingUnits[k] !== u) continue;
            if (hit) hit[i] = 1;
            let v = bm25(P.postingTf[k], P.lengths[u], P.avgLength, termIdf, p);
            if (hasTitles && this.opts.titleBoost) {
              const d = this.index.docOf[u];
              const kt = findPosting(T, t, d);
              if (kt >= 0) v += this.opts.titleBoost * bm25(T.postingTf[kt], T.lengths[d], T.avgLength, titleIdf, p);
            }
            if (w.terms.length > 1) {
              if (v > target[i]) target[i] = v;
            } else target[i] += v;
          }
        }
        if (w.terms.length > 1) for (let i = 0; i < units.length; i++) total[i] += word[i];
        this.addExactForm(w, units, total);
      }
      if (held && hit) for (let i = 0; i < units.length; i++) held[i] += hit[i] * weights[li];
    }
    if (held) for (let i = 0; i < units.length; i++) total[i] *= (held[i] / totalWeight) ** this.opts.coordination;
    return total;
  }

  /**
   * Which positive leaves each unit of `units` (sorted) holds, as a bit mask (leaf i, i < 32):
   * a leaf is held when every one of its words occurs in the unit (for a phrase, its words,
   * not necessarily side by side). For coordination over an article's paragraphs.
   */
  heldMasks(units: Uint32Array, leaves: readonly Leaf[]): Uint32Array {
    const P = this.index.paragraphs;
    const masks = new Uint32Array(units.length);
    const count = new Uint8Array(units.length);
    leaves.slice(0, 32).forEach((leaf, li) => {
      count.fill(0);
      for (const w of leaf.words) {
        const seen = new Uint8Array(units.length);
        for (const t of w.terms) {
          P.load?.term(t);
          const to = P.termStart[t + 1];
          let k = P.termStart[t];
          for (let i = 0; i < units.length && k < to; i++) {
            while (k < to && P.postingUnits[k] < units[i]) k++;
            if (k < to && P.postingUnits[k] === units[i]) seen[i] = 1;
          }
        }
        for (let i = 0; i < units.length; i++) count[i] += seen[i];
      }
      for (let i = 0; i < units.length; i++) if (count[i] === leaf.words.length) masks[i] |= 1 << li;
    });
    return masks;
  }

  /** A leaf's weight in coordination: the largest idf of its words' terms (rare words count more than common ones). */
  leafWeight(leaf: Leaf): number {
    const P = this.index.paragraphs;
    let best = 0;
    for (const w of leaf.words) for (const t of w.terms) best = Math.max(best, idf(P.unitCount, P.termStart[t + 1] - P.termStart[t]));
    return best;
  }

  /** Add exactWeight x BM25 of the exact folded word typed, merged over its form postings. */
  private addExactForm(w: WordMatcher, units: Uint32Array, total: Float64Array): void {
    if (!w.folded || !this.opts.exactWeight) return;
    const f = this.index.lexicon.formId(w.folded);
    if (f === undefined) return;
    const P = this.index.paragraphs;
    P.load?.form(f);
    const from = P.formStart[f];
    const to = P.formStart[f + 1];
    const formIdf = idf(P.unitCount, to - from);
    let k = from;
    for (let i = 0; i < units.length && k < to; i++) {
      const u = units[i];
      while (k < to && P.formUnits[k] < u) k++;
      if (k < to && P.formUnits[k] === u)
        total[i] += this.opts.exactWeight * bm25(P.formTf[k], P.lengths[u], P.avgLength, formIdf, this.opts.bm25);
    }
  }

  /**
   * Proximity: query words that stand side by side in the paragraph, in the order typed,
   * each such pair scored as one more term (BM25 of how often the pair occurs, with the
   * rarer word's idf). Only plain words count; phrases already require adjacency.
   */
  proximity(u: number, leaves: readonly Leaf[], explain?: ScoreDetail[]): number {
    const words = proximityWords(leaves);
    if (!this.opts.proximityWeight || words.length < 2) return 0;
    const P = this.index.paragraphs;
    const positions = words.map((w) => ({
      set: positionsInUnit(P, w.terms, u),
      idf: Math.max(0, ...w.terms.map((t) => idf(P.unitCount, P.termStart[t + 1] - P.termStart[t]))),
    }));
    let total = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const a = positions[i];
      const b = positions[i + 1];
      let tf = 0;
      for (const p of a.set) if (b.set.has(p + 1)) tf++;
      if (tf === 0) continue;
      const pairIdf = Math.max(a.idf, b.idf);
      const v = this.opts.proximityWeight * bm25(tf, P.lengths[u], P.avgLength, pairIdf, this.opts.bm25);
      total += v;
      if (explain) explain.push({ word: `${words[i].folded} ${words[i + 1].folded}`, tf, idf: pairIdf, score: v });
    }
    return total;
  }

  /** Can proximity change any score of these leaves (two plain words or more, weight on)? */
  usesProximity(leaves: readonly Leaf[]): boolean {
    return this.opts.proximityWeight > 0 && proximityWords(leaves).length >= 2;
  }

  /** BM25 score of unit u for the positive leaves, plus the title boost. */
  score(u: number, leaves: readonly Leaf[], explain?: ScoreDetail[]): number {
    const P = this.index.paragraphs;
    const T = this.index.titles;
    const d = this.index.docOf[u];
    const p = this.opts.bm25;
    let s = 0;
    let held = 0;
    let totalWeight = 0;
    for (const leaf of leaves) {
      const before = s;
      const weight = this.leafWeight(leaf);
      totalWeight += weight;
      for (const w of leaf.words) {
        let best = 0;
        let bestDetail: ScoreDetail | null = null;
        for (const t of w.terms) {
          const k = findPosting(P, t, u);
          if (k < 0) continue;
          const i = idf(P.unitCount, P.termStart[t + 1] - P.termStart[t]);
          const v = bm25(P.postingTf[k], P.lengths[u], P.avgLength, i, p);
          const kt = findPosting(T, t, d);
          const tv =
            kt < 0
              ? 0
              : this.opts.titleBoost *
                bm25(T.postingTf[kt], T.lengths[d], T.avgLength, idf(T.unitCount, T.termStart[t + 1] - T.termStart[t]), p);
          if (v + tv > best) {
            best = v + tv;
            bestDetail = { word: this.index.terms.keys[t], tf: P.postingTf[k], idf: i, score: v + tv };
          }
        }
        s += best;
        if (explain && bestDetail) explain.push(bestDetail);
        const one = new Float64Array(1);
        this.addExactForm(w, Uint32Array.of(u), one);
        s += one[0];
        if (explain && one[0] > 0) explain.push({ word: `=${w.folded}`, tf: 0, idf: 0, score: one[0] });
      }
      if (s > before) held += weight;
    }
    if (this.opts.coordination > 0 && leaves.length > 1) {
      const factor = (held / (totalWeight || 1)) ** this.opts.coordination;
      if (explain && factor < 1) explain.push({ word: `×${factor.toFixed(3)} words held`, tf: 0, idf: 0, score: s * factor - s });
      s *= factor;
    }
    return s;
  }
}

/** The plain words of a query, in order: the ones proximity looks at. */
function proximityWords(leaves: readonly Leaf[]): WordMatcher[] {
  return leaves.filter((l) => !l.phrase && l.words.length === 1 && !l.words[0].needsCheck).map((l) => l.words[0]);
}

const searches = new WeakMap<Lexicon, { forms: number; search: FormSearch }>();
/** The prefix/fuzzy lookup of a lexicon, built on first use (and again if forms were added). */
export function formSearch(lex: Lexicon): FormSearch {
  let s = searches.get(lex);
  if (!s || s.forms !== lex.forms.length)
    searches.set(lex, (s = { forms: lex.forms.length, search: new FormSearch(lex.forms, lex.sortedFormIds()) }));
  return s.search;
}

/** Does the word sequence occur in unit u of the field (positions), with slop? */
function phraseIn(field: IndexedField, u: number, words: readonly WordMatcher[], slop: number, ordered: boolean): boolean {
  const lists: Uint32Array[] = words.map((w) => Uint32Array.from(positionsInUnit(field, w.terms, u)).sort());
  if (lists.some((l) => l.length === 0)) return false;
  return ordered && slop === 0 ? hasSequence(lists) : hasWindow(lists, words.length - 1 + slop);
}

function hasSequence(lists: readonly Uint32Array[]): boolean {
  const rest = lists.slice(1).map((l) => new Set(l));
  return lists[0].some((p) => rest.every((s, i) => s.has(p + i + 1)));
}

/** Is there a window of at most `span` + 1 tokens holding one position of every list? */
function hasWindow(lists: readonly Uint32Array[], span: number): boolean {
  const events: [number, number][] = [];
  lists.forEach((l, i) => l.forEach((p) => events.push([p, i])));
  events.sort((a, b) => a[0] - b[0]);
  const need = lists.length;
  const count = new Array<number>(need).fill(0);
  let have = 0;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    if (count[events[hi][1]]++ === 0) have++;
    while (have === need) {
      if (events[hi][0] - events[lo][0] <= span) return true;
      if (--count[events[lo][1]] === 0) have--;
      lo++;
    }
  }
  return false;
}

/** Token spans where a leaf occurs in a tokenized text. */
export function leafSpans(tokens: readonly { surface: string }[], leaf: Leaf, index: CorpusIndex): [number, number][] {
  const lex = index.lexicon;
  const hit = leaf.words.map((w) =>
    tokens.map((t) => {
      const f = foldWord(t.surface);
      return w.accepts(f, lex.keyOf(f));
    }),
  );
  const spans: [number, number][] = [];
  if (!leaf.phrase) {
    hit[0].forEach((h, i) => h && spans.push([i, i]));
    return spans;
  }
  const n = leaf.words.length;
  if (leaf.slop === 0) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (hit.every((h, j) => h[i + j])) spans.push([i, i + n - 1]);
    }
    return spans;
  }
  const width = n - 1 + leaf.slop;
  for (let i = 0; i < tokens.length; i++) {
    if (!hit.some((h) => h[i])) continue;
    const end = Math.min(tokens.length - 1, i + width);
    if (hit.every((h) => h.slice(i, end + 1).some(Boolean))) {
      let last = i;
      for (let j = i; j <= end; j++) if (hit.some((h) => h[j])) last = j;
      spans.push([i, last]);
      i = last;
    }
  }
  return spans;
}
