/**
 * Dispersion of a word over the parts of a corpus (documents, or months):
 *
 * - Gries' DP (Gries 2008, "Dispersions and adjusted frequencies in corpora"): half the sum,
 *   over parts, of |v_i / f - s_i|, where v_i is the word's count in part i, f its total and
 *   s_i the part's share of the corpus's tokens. 0 = spread as the parts' sizes; near 1 = in
 *   one small part.
 * - DPnorm (Lijffijt & Gries 2012): DP / (1 - min s_i), so that 1 is the most uneven possible.
 * - Juilland's D (Juilland & Chang-Rodriguez 1964): 1 - V / sqrt(n - 1), where V is the
 *   coefficient of variation (population standard deviation / mean) of the word's relative
 *   frequency in each part (v_i / part size), over the n parts. 1 = even; 0 = in one part.
 *
 * Counts are sparse (the parts where the word occurs); the others count as zeros.
 */

export interface Dispersion {
  readonly dp: number;
  readonly dpNorm: number;
  readonly juillandD: number;
}

export interface Parts {
  /** Tokens in each part. */
  readonly sizes: Float64Array;
  /** Sum of sizes. */
  readonly total: number;
  /** Smallest share of a part (for DPnorm). */
  readonly minShare: number;
}

/** Parts from their token counts (parts with no token are left out: a word cannot be in them). */
export function partsOf(sizes: ArrayLike<number>): Parts {
  const kept = Float64Array.from(Array.from(sizes).filter((s) => s > 0));
  const total = kept.reduce((a, b) => a + b, 0);
  return { sizes: kept, total, minShare: kept.length ? Math.min(...kept) / total : 0 };
}

/** Dispersion of a word with `counts` (part index -> count, parts as in `parts.sizes`). */
export function dispersion(counts: ReadonlyMap<number, number>, parts: Parts): Dispersion {
  const n = parts.sizes.length;
  let f = 0;
  for (const v of counts.values()) f += v;
  if (f === 0 || n === 0) return { dp: NaN, dpNorm: NaN, juillandD: NaN };
  // DP: parts without the word add their share s_i each.
  let sum = 0;
  let sharesWith = 0;
  for (const [i, v] of counts) {
    const s = parts.sizes[i] / parts.total;
    sum += Math.abs(v / f - s);
    sharesWith += s;
  }
  const dp = 0.5 * (sum + (1 - sharesWith));
  const dpNorm = parts.minShare < 1 ? dp / (1 - parts.minShare) : NaN;
  // Juilland's D over relative frequencies p_i = v_i / size_i (zeros where the word is absent).
  let juillandD = NaN;
  if (n > 1) {
    let mean = 0;
    for (const [i, v] of counts) mean += v / parts.sizes[i];
    mean /= n;
    let sq = (n - counts.size) * mean * mean;
    for (const [i, v] of counts) sq += (v / parts.sizes[i] - mean) ** 2;
    const cv = Math.sqrt(sq / n) / mean;
    juillandD = 1 - cv / Math.sqrt(n - 1);
  }
  return { dp, dpNorm, juillandD };
}
