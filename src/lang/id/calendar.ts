/**
 * Day and month names (Indonesian and the English forms seen in Indonesian pages).
 * Capitalised in running text, but never entities. Compiled by hand.
 */
export const DAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'];
export const MONTHS = [
  'januari',
  'februari',
  'pebruari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'nopember',
  'desember',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'ags',
  'sep',
  'sept',
  'okt',
  'nov',
  'des',
];
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december'];
export const ENGLISH_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Folded day and month names in either language. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...DAYS, ...MONTHS, ...ENGLISH_MONTHS, ...ENGLISH_DAYS]);
