/**
 * Abbreviations that end in a full stop without ending a sentence ("dll.", "Jl.", "Dr."),
 * lower case and without the stop. From the field notes' sentence-splitting cases and
 * shared/data/id-abbreviations.tsv (titles and address words).
 */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dll', 'dsb', 'dst', 'dkk', 'jl', 'jln', 'no', 'dr', 'drs', 'prof', 'ir', 'h', 'hj', 'kh', 'st', 'sdr', 'tn', 'ny',
  'bpk', 'yth', 'kec', 'kab', 'kel', 'prov', 'rp', 'tbk', 'pt', 'cv', 'mr', 'mrs', 'ms', 'vs', 'sbb', 'tsb', 'a.n', 'u.p',
  'kol', 'jend', 'brigjen', 'letjen', 'mayjen', 'kapt', 'lt', 'sgt', 'inf', 'mt', 'sh', 'se', 'mm', 'msi', 'phd', 'spd',
]);
