import { describe, expect, it } from 'vitest';
import { forwardBackward, trainCrf } from './crf.js';
import { ALLOWED, SequenceTagger, TAGS } from './tagger.js';

const T = TAGS.length;

/** Every tag sequence of length n that the BIO constraint allows. */
function validPaths(n: number): number[][] {
  let paths: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    paths = paths.flatMap((p) => TAGS.map((_, b) => [...p, b]).filter((q) => ALLOWED[(i === 0 ? T : q[i - 1]) * T + q[i]]));
  }
  return paths;
}

describe('linear-chain CRF', () => {
  it('computes the partition function as the sum over every allowed tag sequence', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296) * 2 - 1;
    const n = 4;
    const emissions = Array.from({ length: n }, () => Float64Array.from({ length: T }, rand));
    const start = Float64Array.from({ length: T }, rand);
    const trans = Float64Array.from({ length: T * T }, rand);
    const score = (p: number[]) => p.reduce((s, b, i) => s + emissions[i][b] + (i === 0 ? start[b] : trans[p[i - 1] * T + b]), 0);
    const brute = Math.log(validPaths(n).reduce((s, p) => s + Math.exp(score(p)), 0));
    const { logZ, alpha, beta } = forwardBackward(emissions, start, trans);
    expect(logZ).toBeCloseTo(brute, 9);
    // Marginals at every position sum to one.
    for (let i = 0; i < n; i++) {
      let total = 0;
      for (let b = 0; b < T; b++) total += Math.exp(alpha[i][b] + beta[i][b] - logZ);
      expect(total).toBeCloseTo(1, 9);
    }
  });

  it('learns to tag its training sentences and survives a round trip through JSON', () => {
    const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
    const sentence = (words: string[], tags: string[]) => ({
      features: words.map((w, i) => ['b', `w=${w}`, `w-1=${words[i - 1] ?? '<s>'}`]),
      tags: tags.map(tag),
    });
    const examples = [
      sentence(['kata', 'Joko', 'Widodo', 'di', 'Jakarta'], ['O', 'B-PER', 'I-PER', 'O', 'B-LOC']),
      sentence(['Komisi', 'Pemilihan', 'Umum', 'menetapkan'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']),
      sentence(['warga', 'Jakarta', 'memilih', 'Joko'], ['O', 'B-LOC', 'O', 'B-PER']),
    ];
    const model = SequenceTagger.fromJSON(JSON.parse(JSON.stringify(trainCrf(examples, { epochs: 30 }))));
    for (const ex of examples) expect(model.decode(ex.features)).toEqual(ex.tags);
  });

  it('is reproducible: the same data and seed give the same weights', () => {
    const ex = [{ features: [['w=a'], ['w=b']], tags: [1, 2] }];
    expect(trainCrf(ex, { epochs: 3 }).toJSON()).toEqual(trainCrf(ex, { epochs: 3 }).toJSON());
  });
});
