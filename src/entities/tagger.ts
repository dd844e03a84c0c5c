/**
 * A structured averaged perceptron over BIO tags (PER, ORG, LOC), decoded with Viterbi
 * under the BIO constraint (I-X only after B-X or I-X). Trained by scripts/train-ner.mjs
 * on idner-news-2k train.txt (never dev); the weights live in data/ner-model.json and
 * are loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
const T = TAGS.length;

/** Transition allowed from tag a to tag b (index 0 for the sentence start). */
function allowed(a: number | null, b: number): boolean {
  const tb = TAGS[b];
  if (!tb.startsWith('I-')) return true;
  if (a === null) return false;
  const ta = TAGS[a];
  return ta !== 'O' && ta.slice(2) === tb.slice(2);
}

/** Tags that continue a mention (I-X), and the allowed transitions as a T x T table. */
const IS_INSIDE = Uint8Array.from(TAGS, (t) => (t.startsWith('I-') ? 1 : 0));
const IS_ALLOWED = Uint8Array.from({ length: T * T }, (_, k) => (allowed(Math.floor(k / T), k % T) ? 1 : 0));

export class Perceptron {
  /** Feature -> weight per tag. Transition features are "T:<prev tag>". */
  readonly weights = new Map<string, Float64Array>();
  // Averaging: running totals and the step each weight last changed.
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  private row(map: Map<string, Float64Array>, f: string): Float64Array {
    let r = map.get(f);
    if (!r) map.set(f, (r = new Float64Array(T)));
    return r;
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
    return this.decodeEmissions(features.map((f) => this.emission(f)), breaks);
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
    const trans = new Float64Array(T * T);
    for (let a = 0; a < T; a++) {
      const w = this.weights.get(`T:${TAGS[a]}`);
      for (let b = 0; b < T; b++) trans[a * T + b] = IS_ALLOWED[a * T + b] ? (w ? w[b] : 0) : -Infinity;
    }
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

  /** One training step: decode, and where the guess is wrong move weights toward the gold. */
  update(features: readonly (readonly string[])[], gold: readonly number[], breaks?: Uint8Array): void {
    this.step++;
    const guess = this.decode(features, breaks);
    for (let i = 0; i < gold.length; i++) {
      const prevG = i === 0 ? '<s>' : TAGS[gold[i - 1]];
      const prevP = i === 0 ? '<s>' : TAGS[guess[i - 1]];
      if (guess[i] === gold[i] && prevG === prevP) continue;
      for (const f of [...features[i], `T:${prevG}`]) this.bump(f, gold[i], 1);
      for (const f of [...features[i], `T:${prevP}`]) this.bump(f, guess[i], -1);
    }
  }

  private bump(f: string, t: number, v: number): void {
    const w = this.row(this.weights, f);
    const tot = this.row(this.totals, f);
    const st = this.row(this.stamps, f);
    tot[t] += (this.step - st[t]) * w[t];
    st[t] = this.step;
    w[t] += v;
  }

  /** Replace the weights by their averages over all steps (call once after training). */
  average(): void {
    for (const [f, w] of this.weights) {
      const tot = this.row(this.totals, f);
      const st = this.row(this.stamps, f);
      for (let t = 0; t < T; t++) {
        const total = tot[t] + (this.step - st[t]) * w[t];
        w[t] = this.step ? total / this.step : w[t];
      }
    }
  }

  /** Serialise, dropping near-zero weights. */
  toJSON(): { version: number; tags: readonly string[]; weights: Record<string, number[]> } {
    const weights: Record<string, number[]> = {};
    for (const [f, w] of this.weights) {
      if (w.some((x) => Math.abs(x) >= 0.01)) weights[f] = Array.from(w, (x) => Math.round(x * 100) / 100);
    }
    return { version: 1, tags: TAGS, weights };
  }

  static fromJSON(data: { tags: readonly string[]; weights: Record<string, number[]> }): Perceptron {
    if (data.tags.join() !== TAGS.join()) throw new Error('entity model has different tags');
    const p = new Perceptron();
    for (const [f, w] of Object.entries(data.weights)) p.weights.set(f, Float64Array.from(w));
    return p;
  }
}

let loaded: Perceptron | null = null;

/** The bundled model (data/ner-model.json), loaded once. */
export function bundledModel(): Perceptron {
  if (!loaded) {
    const file = packagePath('data', 'ner-model.json');
    loaded = Perceptron.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded;
}
