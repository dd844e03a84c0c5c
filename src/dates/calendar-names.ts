/**
 * Month and weekday names as Indonesian news writes them (and the English forms seen on
 * Indonesian pages), with old spellings (Pebruari, Nopember) and abbreviations (Agu,
 * Agt, Ags, Nop); time zones of Indonesia. Compiled by hand.
 */

/** Folded month name or abbreviation -> month number (1-12). */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'januari', 'january', 'jan'],
      [2, 'februari', 'pebruari', 'febuari', 'february', 'feb', 'peb'],
      [3, 'maret', 'march', 'mar'],
      [4, 'april', 'apr'],
      [5, 'mei', 'may'],
      [6, 'juni', 'june', 'jun'],
      [7, 'juli', 'july', 'jul'],
      [8, 'agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
      [9, 'september', 'sept', 'sep'],
      [10, 'oktober', 'october', 'okt', 'oct'],
      [11, 'november', 'nopember', 'nov', 'nop'],
      [12, 'desember', 'december', 'des', 'dec'],
    ] as const
  ).flatMap(([n, ...words]) => words.map((w) => [w, n] as [string, number])),
);

/** Folded weekday name -> day of the week (0 = Sunday, as Date.getUTCDay). */
export const DAY_NUMBER: ReadonlyMap<string, number> = new Map(
  (
    [
      [0, 'minggu', 'ahad', 'sunday'],
      [1, 'senin', 'monday'],
      [2, 'selasa', 'tuesday'],
      [3, 'rabu', 'wednesday'],
      [4, 'kamis', 'thursday'],
      [5, 'jumat', "jum'at", 'friday'],
      [6, 'sabtu', 'saturday'],
    ] as const
  ).flatMap(([n, ...words]) => words.map((w) => [w, n] as [string, number])),
);

/** Time zone abbreviation -> UTC offset. */
export const ZONE_OFFSET: ReadonlyMap<string, string> = new Map([
  ['WIB', '+07:00'],
  ['WITA', '+08:00'],
  ['WIT', '+09:00'],
  ['GMT', '+00:00'],
  ['UTC', '+00:00'],
]);
