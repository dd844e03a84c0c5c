/**
 * Association of two items from their co-occurrence O, their frequencies R1 and C1, and the
 * number of positions N, with E = R1 * C1 / N (as #LancsBox computes it): logDice (Rychly
 * 2008), MI (Church & Hanks 1990), MI3, t-score, and log-likelihood (Dunning 1993) over the
 * 2 x 2 table O, R1 - O, C1 - O, N - R1 - C1 + O. Shared by collocates (positions are
 * tokens) and entity co-mentions (positions are paragraphs).
 */

const cell = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);

/** The association measures of a collocate seen O times beside a node of R1 matches, with C1 occurrences in N tokens. */
export function association(O: number, R1: number, C1: number, N: number) {
  const E = (R1 * C1) / N;
  const cells: [number, number][] = [
    [O, E],
    [R1 - O, (R1 * (N - C1)) / N],
    [C1 - O, ((N - R1) * C1) / N],
    [N - R1 - C1 + O, ((N - R1) * (N - C1)) / N],
  ];
  return {
    expected: E,
    logDice: 14 + Math.log2((2 * O) / (R1 + C1)),
    mi: Math.log2(O / E),
    mi3: Math.log2(O ** 3 / E),
    tScore: (O - E) / Math.sqrt(O),
    ll: 2 * cells.reduce((s, [o, e]) => s + cell(o, e), 0),
  };
}
