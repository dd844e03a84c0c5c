// The relevance development set (../shared/data/relevance) as both evaluations read it: its rows,
// their split (articles whose file name hashes even are the tuning half, the others are held back;
// the ranking was tuned on the first only) and the reciprocal rank of a target article.
// Shared by scripts/eval-relevance.mjs and bench/search.mjs.
export function splitOf(file) {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'tune' : 'held';
}

/** The rows of a development-set TSV (file, kind, query), each with its split. */
export function readDevQueries(text) {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [file, kind, query] = l.split('\t');
      return { file, kind, query, split: splitOf(file) };
    });
}

/** Reciprocal rank of `target` among the first 10 distinct articles of a ranked list (0 if not there). */
export function reciprocalRank(ranked, target) {
  const seen = [];
  for (const file of ranked) {
    if (seen.includes(file)) continue;
    seen.push(file);
    if (file === target) return 1 / seen.length;
    if (seen.length === 10) break;
  }
  return 0;
}
