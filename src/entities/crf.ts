/**
 * Training of the entity tagger as a linear-chain conditional random field: the weights
 * maximise the log-likelihood of the gold tag sequences (forward-backward under the BIO
 * constraint) with an L2 penalty, by AdaGrad over seeded shuffles, so training is
 * reproducible. The result is a SequenceTagger, decoded with Viterbi like any other.
 * Used by scripts/train-ner.mjs and scripts/cv-ner.mjs, never at run time.
 */
import { ALLOWED, SequenceTagger, TAGS } from './tagger.js';

const T = TAGS.length;
const START = 'T:<s>';
const TRANSITION = TAGS.map((t) => `T:${t}`);

export interface TrainingExample {
  /** Feature strings of each token. */
  readonly features: readonly (readonly string[])[];
  /** Gold tag index (into TAGS) of each token. */
  readonly tags: readonly number[];
}

export interface CrfOptions {
  readonly epochs?: number;
  /** L2 penalty per weight, applied when a weight's feature fires. */
  readonly l2?: number;
  /** AdaGrad base learning rate. */
  readonly rate?: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export const CRF_DEFAULTS = { epochs: 15, l2: 1e-4, rate: 0.1, seed: 42 } as const;

function logSumExp(xs: Float64Array): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** Forward and backward log scores of one sentence; `logZ` is the log partition function. */
export function forwardBackward(
  emissions: readonly Float64Array[],
  start: Float64Array,
  trans: Float64Array,
): { alpha: Float64Array[]; beta: Float64Array[]; logZ: number } {
  const n = emissions.length;
  const tmp = new Float64Array(T);
  const alpha: Float64Array[] = [];
  const first = new Float64Array(T);
  for (let b = 0; b < T; b++) first[b] = ALLOWED[T * T + b] ? start[b] + emissions[0][b] : -Infinity;
  alpha.push(first);
  for (let i = 1; i < n; i++) {
    const cur = new Float64Array(T);
    for (let b = 0; b < T; b++) {
      for (let a = 0; a < T; a++) tmp[a] = ALLOWED[a * T + b] ? alpha[i - 1][a] + trans[a * T + b] : -Infinity;
      cur[b] = logSumExp(tmp) + emissions[i][b];
    }
    alpha.push(cur);
  }
  const beta: Float64Array[] = new Array(n);
  beta[n - 1] = new Float64Array(T);
  for (let i = n - 2; i >= 0; i--) {
    const cur = new Float64Array(T);
    for (let a = 0; a < T; a++) {
      for (let b = 0; b < T; b++) tmp[b] = ALLOWED[a * T + b] ? trans[a * T + b] + emissions[i + 1][b] + beta[i + 1][b] : -Infinity;
      cur[a] = logSumExp(tmp);
    }
    beta[i] = cur;
  }
  return { alpha, beta, logZ: logSumExp(alpha[n - 1]) };
}

/** Train a tagger on gold-tagged examples. */
export function trainCrf(examples: readonly TrainingExample[], options: CrfOptions = {}): SequenceTagger {
  const { epochs, l2, rate } = { ...CRF_DEFAULTS, ...options };
  let seed = options.seed ?? CRF_DEFAULTS.seed;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const model = new SequenceTagger();
  const squares = new Map<string, Float64Array>();
  const rowOf = (map: Map<string, Float64Array>, f: string) => {
    let r = map.get(f);
    if (!r) map.set(f, (r = new Float64Array(T)));
    return r;
  };
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const k of order) {
      const { features, tags } = examples[k];
      const n = tags.length;
      if (n === 0) continue;
      const emissions = features.map((f) => model.emission(f));
      const start = model.weights.get(START) ?? new Float64Array(T);
      const trans = model.transitions();
      const { alpha, beta, logZ } = forwardBackward(emissions, start, trans);
      let gold = start[tags[0]] + emissions[0][tags[0]];
      for (let i = 1; i < n; i++) gold += trans[tags[i - 1] * T + tags[i]] + emissions[i][tags[i]];
      loss += logZ - gold;
      // Gradient of the negative log-likelihood: expected minus observed feature counts.
      const grad = new Map<string, Float64Array>();
      for (let i = 0; i < n; i++) {
        const g = new Float64Array(T);
        for (let b = 0; b < T; b++) g[b] = Math.exp(alpha[i][b] + beta[i][b] - logZ) - (tags[i] === b ? 1 : 0);
        for (const f of features[i]) {
          const r = rowOf(grad, f);
          for (let b = 0; b < T; b++) r[b] += g[b];
        }
        if (i === 0) {
          const r = rowOf(grad, START);
          for (let b = 0; b < T; b++) r[b] += g[b];
          continue;
        }
        for (let a = 0; a < T; a++) {
          const r = rowOf(grad, TRANSITION[a]);
          for (let b = 0; b < T; b++) {
            if (!ALLOWED[a * T + b]) continue;
            const p = Math.exp(alpha[i - 1][a] + trans[a * T + b] + emissions[i][b] + beta[i][b] - logZ);
            r[b] += p - (tags[i - 1] === a && tags[i] === b ? 1 : 0);
          }
        }
      }
      for (const [f, g] of grad) {
        const w = rowOf(model.weights, f);
        const sq = rowOf(squares, f);
        for (let t = 0; t < T; t++) {
          const gt = g[t] + l2 * w[t];
          if (gt === 0) continue;
          sq[t] += gt * gt;
          w[t] -= (rate * gt) / Math.sqrt(sq[t]);
        }
      }
    }
    options.log?.(`epoch ${epoch + 1}: loss ${loss.toFixed(1)}`);
  }
  return model;
}
