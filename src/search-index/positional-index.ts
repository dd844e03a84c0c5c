/**
 * A positional inverted index over text units (paragraphs, or document titles).
 *
 * Built in three passes so each distinct word is folded and stemmed once:
 * 1. tokenize every unit into word ids (token-batch.ts; the lexicon also counts
 *    capitalisation, to tell names from words);
 * 2. decide each form's key (stem or name) and intern keys as term ids;
 * 3. counting-sort token positions by term into flat typed arrays.
 *
 * Layout per term t (all Uint32Array, no object per posting):
 *   units      postingUnits[termStart[t] .. termStart[t+1]]   unit ids, ascending
 *   tf         postingTf[same range]
 *   positions  positions[postingPos[k] .. postingPos[k] + postingTf[k]] for posting k
 * Token positions count tokens within the unit, from 0.
 *
 * Each surface form (folded word) also gets postings without positions,
 *   formUnits/formTf[formStart[f] .. formStart[f+1]]
 * so a query can weigh the very word typed above other words of its stem.
 */
import { idsByValue, type Lexicon } from './lexicon.js';

export interface IndexedField {
  readonly unitCount: number;
  /** Tokens per unit. */
  readonly lengths: Uint32Array;
  readonly avgLength: number;
  readonly termStart: Uint32Array;
  readonly postingUnits: Uint32Array;
  readonly postingTf: Uint32Array;
  readonly postingPos: Uint32Array;
  readonly positions: Uint32Array;
  readonly formStart: Uint32Array;
  readonly formUnits: Uint32Array;
  readonly formTf: Uint32Array;
  /**
   * Present on a field opened lazily from a snapshot: read a term's or a form's postings
   * (or everything) from disk before they are used. In memory, everything is there.
   */
  readonly load?: FieldLoader;
}

export interface FieldLoader {
  term(t: number): void;
  form(f: number): void;
  all(): void;
}

export interface TokenizedUnits {
  /** Form id of every token, units back to back. */
  readonly forms: Uint32Array;
  /** Offset of each unit's first token in `forms` (length unitCount + 1). */
  readonly unitStart: Uint32Array;
}

/** Term dictionary: key -> term id. Shared by every field of one corpus. */
export class TermDictionary {
  readonly keys: string[] = [];
  private map: Map<string, number> | null = new Map();
  /** A dictionary read back from a snapshot (keys in term-id order); its map is built on first use. */
  static restore(keys: string[]): TermDictionary {
    const d = new TermDictionary();
    (d as { keys: string[] }).keys = keys;
    d.map = null;
    return d;
  }
  /** Key -> term id. */
  get ids(): ReadonlyMap<string, number> {
    return (this.map ??= idsByValue(this.keys));
  }
  intern(key: string): number {
    const ids = this.ids as Map<string, number>;
    let id = ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      ids.set(key, id);
    }
    return id;
  }
}

/** Map every form id to a term id (pass 2). */
export function formTerms(lexicon: Lexicon, terms: TermDictionary): Uint32Array {
  const out = new Uint32Array(lexicon.forms.length);
  for (let f = 0; f < lexicon.forms.length; f++) out[f] = terms.intern(lexicon.keyOf(lexicon.forms[f]));
  return out;
}

/** Pass 3: build the positional postings of one field. */
export function buildField(units: TokenizedUnits, formToTerm: Uint32Array, termCount: number): IndexedField {
  const { forms, unitStart } = units;
  const unitCount = unitStart.length - 1;
  const lengths = new Uint32Array(unitCount);
  let total = 0;
  for (let u = 0; u < unitCount; u++) {
    lengths[u] = unitStart[u + 1] - unitStart[u];
    total += lengths[u];
  }
  // Count tokens and postings per term.
  const tokCount = new Uint32Array(termCount + 1);
  const postCount = new Uint32Array(termCount + 1);
  const lastUnit = new Int32Array(termCount).fill(-1);
  for (let u = 0; u < unitCount; u++) {
    for (let k = unitStart[u]; k < unitStart[u + 1]; k++) {
      const t = formToTerm[forms[k]];
      tokCount[t]++;
      if (lastUnit[t] !== u) {
        lastUnit[t] = u;
        postCount[t]++;
      }
    }
  }
  const termStart = new Uint32Array(termCount + 1);
  const posStartOfTerm = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    termStart[t + 1] = termStart[t] + postCount[t];
    posStartOfTerm[t + 1] = posStartOfTerm[t] + tokCount[t];
  }
  const nPostings = termStart[termCount];
  const postingUnits = new Uint32Array(nPostings);
  const postingTf = new Uint32Array(nPostings);
  const postingPos = new Uint32Array(nPostings);
  const positions = new Uint32Array(total);
  const postCursor = termStart.slice(0, termCount);
  const posCursor = posStartOfTerm.slice(0, termCount);
  lastUnit.fill(-1);
  for (let u = 0; u < unitCount; u++) {
    const base = unitStart[u];
    for (let k = base; k < unitStart[u + 1]; k++) {
      const t = formToTerm[forms[k]];
      if (lastUnit[t] !== u) {
        lastUnit[t] = u;
        const p = postCursor[t]++;
        postingUnits[p] = u;
        postingPos[p] = posCursor[t];
      }
      postingTf[postCursor[t] - 1]++;
      positions[posCursor[t]++] = k - base;
    }
  }
  const formPostings = buildFormPostings(forms, unitStart, formToTerm.length);
  return {
    unitCount,
    lengths,
    avgLength: unitCount ? total / unitCount : 0,
    termStart,
    postingUnits,
    postingTf,
    postingPos,
    positions,
    ...formPostings,
  };
}

/** Unit and tf postings per surface form (no positions), by counting sort. */
function buildFormPostings(
  forms: Uint32Array,
  unitStart: Uint32Array,
  formCount: number,
): Pick<IndexedField, 'formStart' | 'formUnits' | 'formTf'> {
  const unitCount = unitStart.length - 1;
  const count = new Uint32Array(formCount + 1);
  const last = new Int32Array(formCount).fill(-1);
  for (let u = 0; u < unitCount; u++) {
    for (let k = unitStart[u]; k < unitStart[u + 1]; k++) {
      const f = forms[k];
      if (last[f] !== u) {
        last[f] = u;
        count[f]++;
      }
    }
  }
  const formStart = new Uint32Array(formCount + 1);
  for (let f = 0; f < formCount; f++) formStart[f + 1] = formStart[f] + count[f];
  const formUnits = new Uint32Array(formStart[formCount]);
  const formTf = new Uint32Array(formStart[formCount]);
  const cursor = formStart.slice(0, formCount);
  last.fill(-1);
  for (let u = 0; u < unitCount; u++) {
    for (let k = unitStart[u]; k < unitStart[u + 1]; k++) {
      const f = forms[k];
      if (last[f] !== u) {
        last[f] = u;
        formUnits[cursor[f]++] = u;
      }
      formTf[cursor[f] - 1]++;
    }
  }
  return { formStart, formUnits, formTf };
}

/** Number of units containing term `t`. */
export function docFreq(field: IndexedField, t: number): number {
  return t + 1 < field.termStart.length ? field.termStart[t + 1] - field.termStart[t] : 0;
}

/** Index k of the posting of term `t` in unit `u`, or -1 (binary search). */
export function findPosting(field: IndexedField, t: number, u: number): number {
  if (t + 1 >= field.termStart.length) return -1;
  field.load?.term(t);
  let lo = field.termStart[t];
  let hi = field.termStart[t + 1] - 1;
  const units = field.postingUnits;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = units[mid];
    if (v === u) return mid;
    if (v < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The units containing term `t`, ascending (a view, not a copy). */
export function unitsOf(field: IndexedField, t: number): Uint32Array {
  if (t + 1 >= field.termStart.length) return new Uint32Array(0);
  field.load?.term(t);
  return field.postingUnits.subarray(field.termStart[t], field.termStart[t + 1]);
}

/** Token positions of posting k. */
export function positionsOf(field: IndexedField, k: number): Uint32Array {
  return field.positions.subarray(field.postingPos[k], field.postingPos[k] + field.postingTf[k]);
}

/** Token positions in unit u of any of the terms (a word expanded to several terms). */
export function positionsInUnit(field: IndexedField, terms: readonly number[], u: number): Set<number> {
  const set = new Set<number>();
  for (const t of terms) {
    const k = findPosting(field, t, u);
    if (k >= 0) for (const p of positionsOf(field, k)) set.add(p);
  }
  return set;
}
