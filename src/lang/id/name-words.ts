/**
 * Words around and inside Indonesian news names, for the entity detector: what continues
 * a title, what closes an organisation's name, what may sit inside a person's or a
 * place's name. Compiled by hand from the seeds, IndoSum and the idner-news-2k training
 * sentences (../shared/data/ner/idner-news-2k, MIT), as the annotators mark names.
 */

// Words that continue a title ("Menteri Luar Negeri", "Juru bicara", "Duta Besar").
export const TITLE_CONTINUATION = new Set([
  'luar',
  'negeri',
  'dalam',
  'pertahanan',
  'keuangan',
  'kesehatan',
  'pendidikan',
  'agama',
  'sosial',
  'perdagangan',
  'perindustrian',
  'pertanian',
  'perhubungan',
  'koordinator',
  'bidang',
  'politik',
  'hukum',
  'keamanan',
  'besar',
  'bicara',
  'jenderal',
  'menteri',
  'kota',
  'utama',
  'eksekutif',
  'umum',
  'negara',
  'muda',
  'tinggi',
  'agung',
  'kabinet',
  'partai',
  'dewan',
  'daerah',
  'pusat',
  'nasional',
  'republik',
  'federasi',
  'kerajaan',
  'tertinggi',
]);
/** Verbs of saying: a name beside one is a person ("kata Peskov"). */
export const SPEECH_VERBS = new Set([
  'mengatakan',
  'kata',
  'ujar',
  'ungkap',
  'tutur',
  'menegaskan',
  'menyatakan',
  'menjelaskan',
  'menambahkan',
  'mengungkapkan',
  'menuturkan',
  'menyebut',
  'menilai',
  'berkata',
]);
/** Particles inside personal names ("Osama bin Laden", "Van der Sar"). */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'del', 'al', 'el', 'dos']);
// Titles that annotators keep in a name: "Sri Mulyani" (also a given name), "St Petersburg".
export const KEPT_TITLES = new Set(['sri', 'st']);
// Words that open a span but belong to no name: "Pemerintah Korea Selatan" is about Korea Selatan.
export const SKIP_PREFIX = new Set([
  'pemerintah',
  'pemerintahan',
  'warga',
  'rakyat',
  'bangsa',
  'tentara',
  'pasukan',
  'militer',
  'rezim',
  'delegasi',
  'kubu',
  'sekutu',
  'intelijen',
]);
// Last words that close an organisation name ("Yale University", "Persib United").
export const ORG_TAILS = new Set([
  'university',
  'institute',
  'college',
  'fc',
  'united',
  'inc',
  'corp',
  'corporation',
  'group',
  'agency',
  'council',
  'committee',
  'foundation',
  'bank',
  'airlines',
  'airways',
  'times',
  'post',
  'news',
  'tbk',
]);
// Capitalised words that are never an entity on their own.
export const NEVER_ALONE = new Set(['tuhan', 'allah', 'islam', 'idul', 'fitri', 'wib', 'wita', 'wit', 'rp', 'us', 'km', 'kg']);
// Lower-case words a place name may hold ("Bosnia dan Herzegovina", "Gaza selatan").
export const PLACE_INNER_WORDS = new Set([
  'dan',
  'utara',
  'selatan',
  'timur',
  'barat',
  'tengah',
  'laut',
  'daya',
  'raya',
  'de',
  'del',
  'la',
  'am',
  'of',
  'the',
]);

/** A word before a country that makes the pair a currency's name ("dolar AS"), not a mention of the country. */
export const CURRENCY_WORDS = new Set([
  'dolar',
  'dollar',
  'yuan',
  'euro',
  'yen',
  'won',
  'rupee',
  'peso',
  'ringgit',
  'riyal',
  'rubel',
  'lira',
]);
