/**
 * Keyness of a word in a target corpus against a reference corpus, from the 2 x 2 table of
 * a = its count in the target, b = its count in the reference, C and D = the corpora's sizes:
 *
 * - log-likelihood G2 (Dunning 1993), the 4-term form AntConc uses: 2 sum O ln(O / E) over
 *   the cells a, b, C - a, D - b, with E the counts expected from the row and column totals.
 *   Rayson and Garside's (2000) 2-term form keeps only the a and b cells; it differs little
 *   while a and b are small beside C and D (`ll2` below). Thresholds 3.84, 6.63, 10.83 and
 *   15.13 are p < 0.05, 0.01, 0.001 and 0.0001 (one degree of freedom).
 * - Log Ratio (Hardie 2014): log2 of the ratio of relative frequencies, a zero count taken as
 *   0.5, the effect size: 1 = twice as frequent.
 * - %DIFF (Gabrielatos & Marchi 2012): 100 (a/C - b/D) / (b/D); null when b = 0.
 */

export interface Keyness {
  readonly ll: number;
  readonly ll2: number;
  readonly logRatio: number;
  readonly percentDiff: number | null;
}

const term = (o: number, e: number) => (o > 0 ? o * Math.log(o / e) : 0);

/** The measures for counts a (target) and b (reference) in corpora of C and D tokens. */
export function keyness(a: number, b: number, C: number, D: number): Keyness {
  const N = C + D;
  const E1 = (C * (a + b)) / N;
  const E2 = (D * (a + b)) / N;
  const E3 = (C * (N - a - b)) / N;
  const E4 = (D * (N - a - b)) / N;
  const ll = 2 * (term(a, E1) + term(b, E2) + term(C - a, E3) + term(D - b, E4));
  const ll2 = 2 * (term(a, E1) + term(b, E2));
  const logRatio = Math.log2(Math.max(a, 0.5) / C / (Math.max(b, 0.5) / D));
  const percentDiff = b > 0 ? (100 * (a / C - b / D)) / (b / D) : null;
  return { ll, ll2, logRatio, percentDiff };
}

/** Significance levels of G2 with one degree of freedom. */
export const LL_THRESHOLDS: readonly { readonly ll: number; readonly p: string }[] = [
  { ll: 15.13, p: '0.0001' },
  { ll: 10.83, p: '0.001' },
  { ll: 6.63, p: '0.01' },
  { ll: 3.84, p: '0.05' },
];

/** The smallest p a G2 value reaches, or null when it is below 3.84. */
export function significance(ll: number): string | null {
  return LL_THRESHOLDS.find((t) => ll >= t.ll)?.p ?? null;
}
