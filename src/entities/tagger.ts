/**
 * The entity tagger: a linear-chain model over BIO tags (PER, ORG, LOC), with a weight per
 * feature and tag and per tag transition, decoded with Viterbi under the BIO constraint
 * (I-X only after B-X or I-X). Trained as a conditional random field by
 * scripts/train-ner.mjs (crf.ts) on idner-news-2k train.txt, never dev; the weights live in
 * data/ner-model.json and are loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
const T = TAGS.length;

/** Transition allowed from tag a to tag b (a null at the sentence start). */
function allowed(a: number | null, b: number): boolean {
  const tb = TAGS[b];
  if (!tb.startsWith('I-')) return true;
  if (a === null) return false;
  const ta = TAGS[a];
  return ta !== 'O' && ta.slice(2) === tb.slice(2);
}

/** Tags that continue a mention (I-X). */
const IS_INSIDE = Uint8Array.from(TAGS, (t) => (t.startsWith('I-') ? 1 : 0));
/** Allowed transitions: row a (T for the sentence start), column b. */
export const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, k) => {
  const a = Math.floor(k / T);
  return allowed(a === T ? null : a, k % T) ? 1 : 0;
});

export class SequenceTagger {
  /** Feature -> weight per tag. Transitions are "T:<previous tag>", the start "T:<s>". */
  readonly weights = new Map<string, Float64Array>();

  /** Transition weights as a T x T table (row: previous tag). */
  transitions(): Float64Array {
    const trans = new Float64Array(T * T);
    for (let a = 0; a < T; a++) {
      const w = this.weights.get(`T:${TAGS[a]}`);
      if (w) trans.set(w, a * T);
    }
    return trans;
  }

  /** Weights by template and value (`w-1` -> `putin` -> weights), built on first use from `weights`. */
  private byTemplate: Map<string, Map<string, Float64Array>> | null = null;

  private templates(): Map<string, Map<string, Float64Array>> {
    if (!this.byTemplate) {
      this.byTemplate = new Map();
      for (const [f, w] of this.weights) {
        const eq = f.indexOf('=');
        if (eq < 0) continue;
        const name = f.slice(0, eq);
        let table = this.byTemplate.get(name);
        if (!table) this.byTemplate.set(name, (table = new Map()));
        table.set(f.slice(eq + 1), w);
      }
    }
    return this.byTemplate;
  }

  /**
   * Emission scores of features given as (template, value) pairs (features.ts), added to
   * `into`: the same sums, in the same order, as `emission` over their strings.
   */
  emissionOfPairs(pairs: readonly (string | null)[], into: Float64Array): Float64Array {
    const templates = this.templates();
    for (let k = 0; k < pairs.length; k += 2) {
      const value = pairs[k + 1];
      const w = value === null ? this.weights.get(pairs[k] as string) : templates.get(pairs[k] as string)?.get(value);
      if (w) for (let t = 0; t < T; t++) into[t] += w[t];
    }
    return into;
  }

  /** Emission scores of one token's features (added to `into` when given). */
  emission(features: readonly string[], into?: Float64Array): Float64Array {
    const s = into ?? new Float64Array(T);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let t = 0; t < T; t++) s[t] += w[t];
    }
    return s;
  }

  /** Best tag sequence for a sentence's token features. */
  decode(features: readonly (readonly string[])[], breaks?: Uint8Array): number[] {
    return this.decodeEmissions(
      features.map((f) => this.emission(f)),
      breaks,
    );
  }

  /**
   * Best tag sequence given each token's emission scores (Viterbi under the BIO
   * constraint). Where `breaks[i]` is set, no mention runs on into token i (a comma or a
   * quote lies between it and the token before).
   */
  decodeEmissions(emissions: readonly Float64Array[], breaks?: Uint8Array): number[] {
    const n = emissions.length;
    if (n === 0) return [];
    // Transition scores with the BIO constraint folded in (-Infinity where not allowed).
    const trans = this.transitions();
    for (let k = 0; k < T * T; k++) if (!ALLOWED[k]) trans[k] = -Infinity;
    const start = this.weights.get('T:<s>');
    const score = new Float64Array(n * T);
    const back = new Int8Array(n * T);
    for (let b = 0; b < T; b++) score[b] = IS_INSIDE[b] ? -Infinity : emissions[0][b] + (start ? start[b] : 0);
    for (let i = 1; i < n; i++) {
      const e = emissions[i];
      const prev = (i - 1) * T;
      const blocked = breaks !== undefined && breaks[i] === 1;
      for (let b = 0; b < T; b++) {
        let best = -Infinity;
        let arg = 0;
        if (!(blocked && IS_INSIDE[b])) {
          for (let a = 0; a < T; a++) {
            const v = score[prev + a] + trans[a * T + b];
            if (v > best) {
              best = v;
              arg = a;
            }
          }
        }
        score[i * T + b] = best + e[b];
        back[i * T + b] = arg;
      }
    }
    let best = 0;
    const last = (n - 1) * T;
    for (let t = 1; t < T; t++) if (score[last + t] > score[last + best]) best = t;
    const out = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      out[i] = best;
      best = back[i * T + best];
    }
    return out;
  }

  /** Serialise, dropping near-zero weights. */
  toJSON(): { version: number; tags: readonly string[]; weights: Record<string, number[]> } {
    const weights: Record<string, number[]> = {};
    for (const [f, w] of this.weights) {
      if (w.some((x) => Math.abs(x) >= 0.001)) weights[f] = Array.from(w, (x) => Math.round(x * 1000) / 1000);
    }
    return { version: 1, tags: TAGS, weights };
  }

  static fromJSON(data: { tags: readonly string[]; weights: Record<string, number[]> }): SequenceTagger {
    if (data.tags.join() !== TAGS.join()) throw new Error('entity model has different tags');
    const p = new SequenceTagger();
    for (const [f, w] of Object.entries(data.weights)) p.weights.set(f, Float64Array.from(w));
    return p;
  }
}

let loaded: SequenceTagger | null = null;

/** The bundled model (data/ner-model.json), loaded once. */
export function bundledModel(): SequenceTagger {
  if (!loaded) {
    const file = packagePath('data', 'ner-model.json');
    loaded = SequenceTagger.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded;
}
