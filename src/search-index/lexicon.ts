/**
 * The lexicon: which key a word is indexed under.
 *
 * Ordinary words are stemmed ("perundingan" and "berunding" -> "runding"). Names are
 * not: Sastrawi turns Bekasi into "bekas" and Bali into "bal". What a name is comes from
 * how this corpus capitalises the word, not from a fixed list: a word written with a
 * capital in at least 3 of 4 of its occurrences inside a sentence is a name.
 * Each distinct surface word is folded once and each distinct folded word stemmed once.
 */
import { foldWord } from '../text/fold.js';
import { Stemmer } from '../text/stem.js';
import { isCapitalised } from '../text/tokenize.js';

/** Each string's position in the list (a lexicon's forms, a dictionary's keys). */
export function idsByValue(values: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let i = 0; i < values.length; i++) ids.set(values[i], i);
  return ids;
}

/** Share of in-sentence occurrences that must be capitalised for a word to count as a name. */
export const NAME_CAPITAL_SHARE = 0.75;

export class Lexicon {
  /** Folded form -> form id (built on first use when restored; see formId). */
  private formMap: Map<string, number> | null = new Map();
  /** Form ids in the order of their forms (code units), when restored: lookups by binary search. */
  private sortedIds: Uint32Array | null = null;
  /** Binary-search lookups so far: past a few hundred, the map pays for itself. */
  private searches = 0;
  /** In-sentence occurrences written with a capital / in lower case, per form (typed arrays when restored). */
  private capMid: number[] | Uint32Array = [];
  private lowMid: number[] | Uint32Array = [];
  private readonly surfaceMemo = new Map<string, number>();
  private readonly stemmer = new Stemmer();
  private readonly keyMemo = new Map<string, string>();
  /** The term of each form and the keys of terms, when restored from a snapshot (which never adds forms). */
  private restored: { formTerm: Uint32Array; keys: readonly string[] } | null = null;

  constructor(readonly forms: string[] = []) {}

  /**
   * A lexicon read back from a snapshot: forms with their capitalisation counts and
   * the key each was indexed under (so nothing is stemmed again).
   */
  static restore(
    forms: string[],
    capMid: Uint32Array,
    lowMid: Uint32Array,
    formTerm: Uint32Array,
    keys: readonly string[],
    sortedIds: Uint32Array | null = null,
  ): Lexicon {
    const lex = Lexicon.withCounts(forms, capMid, lowMid);
    // A search looks up a few words: binary search over the sorted ids spares it building a map of every form.
    lex.sortedIds = sortedIds;
    lex.restored = { formTerm, keys };
    return lex;
  }

  /** A lexicon of forms and their capitalisation counts alone (for detecting entities in a worker thread). */
  static withCounts(forms: string[], capMid: Uint32Array, lowMid: Uint32Array): Lexicon {
    const lex = new Lexicon(forms);
    lex.formMap = null;
    lex.capMid = capMid;
    lex.lowMid = lowMid;
    return lex;
  }

  /** Folded form -> form id, every form (built on first use for a restored lexicon). */
  get formIds(): ReadonlyMap<string, number> {
    return (this.formMap ??= idsByValue(this.forms));
  }

  /** The id of a folded form, or undefined when the corpus does not have it. */
  formId(folded: string): number | undefined {
    if (this.formMap || !this.sortedIds || ++this.searches > 256) return this.formIds.get(folded);
    const ids = this.sortedIds;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const f = this.forms[ids[mid]];
      if (f === folded) return ids[mid];
      if (f < folded) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Form ids in the order of their forms, code unit by code unit (kept in a snapshot; used by form lookups and FormSearch). */
  sortedFormIds(): Uint32Array {
    if (this.sortedIds && this.sortedIds.length === this.forms.length) return this.sortedIds;
    const forms = this.forms;
    return Uint32Array.from(forms.keys()).sort((a, b) => (forms[a] < forms[b] ? -1 : forms[a] > forms[b] ? 1 : 0));
  }

  /** Intern a folded form with capitalisation counts made elsewhere (a worker, a snapshot). */
  addForm(folded: string, capitalised: number, lower: number): number {
    const id = this.internForm(folded);
    this.capMid[id] += capitalised;
    this.lowMid[id] += lower;
    return id;
  }

  /** In-sentence capitalisation counts of every form (for a snapshot). */
  caseCounts(): { capitalised: Uint32Array; lower: Uint32Array } {
    return { capitalised: Uint32Array.from(this.capMid), lower: Uint32Array.from(this.lowMid) };
  }

  /** Intern a surface word, counting how it is capitalised. Returns its form id. */
  addSurface(surface: string, sentenceInitial: boolean): number {
    let id = this.surfaceMemo.get(surface);
    if (id === undefined) {
      id = this.internForm(foldWord(surface));
      this.surfaceMemo.set(surface, id);
    }
    if (!sentenceInitial) {
      if (isCapitalised(surface)) this.capMid[id]++;
      else this.lowMid[id]++;
    }
    return id;
  }

  private internForm(folded: string): number {
    const map = this.formIds as Map<string, number>;
    let id = map.get(folded);
    if (id === undefined) {
      id = this.forms.length;
      this.forms.push(folded);
      map.set(folded, id);
      (this.capMid as number[]).push(0);
      (this.lowMid as number[]).push(0);
    }
    return id;
  }

  /** Share of in-sentence occurrences written with a capital; null when never seen inside a sentence. */
  capitalShare(folded: string): number | null {
    const id = this.formId(folded);
    if (id === undefined) return null;
    const n = this.capMid[id] + this.lowMid[id];
    return n === 0 ? null : this.capMid[id] / n;
  }

  /** True when the corpus writes this folded word as a name. */
  isName(folded: string): boolean {
    const id = this.formId(folded);
    if (id === undefined) return false;
    const cap = this.capMid[id];
    const low = this.lowMid[id];
    return cap > 0 && cap / (cap + low) >= NAME_CAPITAL_SHARE;
  }

  /** The index key of a folded word: itself for names, its stem otherwise. */
  keyOf(folded: string): string {
    if (this.restored) {
      const id = this.formId(folded);
      if (id !== undefined) return this.restored.keys[this.restored.formTerm[id]];
    }
    let key = this.keyMemo.get(folded);
    if (key === undefined) {
      key = this.isName(folded) ? folded : this.stemmer.stem(folded);
      this.keyMemo.set(folded, key);
    }
    return key;
  }

  /** The key of a word as typed by a user (folded first). */
  keyOfWord(word: string): string {
    return this.keyOf(foldWord(word));
  }
}
