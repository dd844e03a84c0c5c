/**
 * Find the dates written in Indonesian news text, with their offsets: "Rabu, 3 Januari
 * 2024 10:15 WIB", "Jumat, Mei 3, 2024", "17 Agustus 2023 pukul 08.00 WIB", "14/05/2025",
 * "Senin (14/5/2025)", "Kamis (14/5)" (no year), "pada 1 November" (no year),
 * "Februari 2022" (a month), "2025-05-14T10:00". A bare weekday is not a date; a time
 * joins the date before it ("Minggu, 12 Mei 2024 / 17:40 WIB"). WIB, WITA and WIT are
 * UTC+7, +8 and +9.
 *
 * Written here rather than taken from chrono-node: chrono 2.9 has no Indonesian locale,
 * and news dates are a small closed set of shapes.
 */
import { DAY_NUMBER, MONTH_NUMBER, ZONE_OFFSET } from './calendar-names.js';

export interface FoundDate {
  /** Offsets of the whole expression in the text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Null when the text gives no year ("Kamis (14/5)", "1 November"). */
  readonly year: number | null;
  readonly month: number;
  /** Null for a month ("Februari 2022"). */
  readonly day: number | null;
  /** Day of the week the text names (0 = Sunday), when it names one. */
  readonly weekday: number | null;
  /** "HH:MM" when a time follows the date. */
  readonly time?: string;
  /** "+07:00" when the time names its zone. */
  readonly offset?: string;
}

/** Abbreviations (and "Mei", also a name); a day-month without a year needs the full month name. */
const ABBREVIATED: ReadonlySet<string> = new Set([
  'mar',
  'jun',
  'jul',
  'des',
  'sep',
  'apr',
  'agu',
  'agt',
  'ags',
  'okt',
  'nop',
  'nov',
  'jan',
  'feb',
  'sept',
  'aug',
  'oct',
  'dec',
]);

const names = (map: ReadonlyMap<string, number>) =>
  [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/'/g, "[''’]?"))
    .join('|');
const MON = `(${names(MONTH_NUMBER)})\\.?`;
const FULL_MON = `(${names(new Map([...MONTH_NUMBER].filter(([n]) => n.length >= 3 && !ABBREVIATED.has(n))))})`;
const WD = `(?:(${names(DAY_NUMBER)})\\s*,?\\s*)`;
const TIME = String.raw`(?:\s*(?:[,/|–-]\s*)?(?:pukul|pkl\.?|jam)?\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.][0-5]\d)?\s*(WIB|WITA|WIT|GMT|UTC)?(?![\p{L}\d]))?`;
const B = String.raw`(?<![\p{L}\d])`;
const E = String.raw`(?![\p{L}\d])`;

interface Shape {
  readonly re: RegExp;
  /** A cheap test the text must pass before `re` runs (most paragraphs hold no date). */
  readonly needs: RegExp;
  /** Group numbers: weekday, day, month, year, hour, minute, zone (0 = absent). */
  readonly g: readonly [number, number, number, number, number, number, number];
  readonly numericMonth?: boolean;
}

/** A month name or abbreviation anywhere (the shapes with a month need one). */
const MONTH_WORD = new RegExp(`(?<![\\p{L}])${MON}(?![\\p{L}])`, 'iu');

const SHAPES: readonly Shape[] = [
  // 2025-05-14, 2025-05-14T10:00
  {
    needs: /\d{4}-\d\d-\d/,
    re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?)?${E}`, 'gu'),
    g: [0, 3, 2, 1, 4, 5, 0],
    numericMonth: true,
  },
  // Rabu, 3 Januari 2024 10:15 WIB
  { needs: MONTH_WORD, re: new RegExp(`${B}${WD}?(\\d{1,2})\\s+${MON}\\s+(\\d{4})${E}${TIME}`, 'giu'), g: [1, 2, 3, 4, 5, 6, 7] },
  // Jumat, Mei 3, 2024
  { needs: MONTH_WORD, re: new RegExp(`${B}${WD}?${MON}\\s+(\\d{1,2}),?\\s+(\\d{4})${E}${TIME}`, 'giu'), g: [1, 3, 2, 4, 5, 6, 7] },
  // Senin (14/5/2025), 14/05/2025, 14-05-2025
  {
    needs: /\d[/.-]\d{1,2}[/.-]\d{4}/,
    re: new RegExp(`${B}${WD}?\\(?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\)?${E}${TIME}`, 'giu'),
    g: [1, 2, 3, 4, 5, 6, 7],
    numericMonth: true,
  },
  // Kamis (14/5): a weekday is required, a bare 14/5 may be a score or a ratio
  {
    needs: /\(\d{1,2}\/\d{1,2}\)/,
    re: new RegExp(`${B}${WD}\\((\\d{1,2})/(\\d{1,2})\\)${TIME}`, 'giu'),
    g: [1, 2, 3, 0, 4, 5, 6],
    numericMonth: true,
  },
  // pada 1 November (no year)
  { needs: MONTH_WORD, re: new RegExp(`${B}${WD}?(\\d{1,2})\\s+${FULL_MON}${E}(?!\\s+\\d{4})${TIME}`, 'giu'), g: [1, 2, 3, 0, 4, 5, 6] },
  // Februari 2022 (a month)
  { needs: MONTH_WORD, re: new RegExp(`${B}${FULL_MON}\\s+(\\d{4})${E}`, 'giu'), g: [0, 0, 1, 2, 0, 0, 0] },
];

const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\.$/, '');

/** Every date in `text`, in order of position; an earlier shape wins an overlap. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!/\d/.test(text)) return found;
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && s < b);
  for (const shape of SHAPES) {
    if (!shape.needs.test(text)) continue;
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(text); m; m = shape.re.exec(text)) {
      const [gw, gd, gm, gy, gh, gmin, gz] = shape.g;
      const raw = m[0];
      // Trailing spaces the optional time did not use are not part of the date.
      const end = m.index + raw.trimEnd().length;
      if (overlaps(m.index, end)) continue;
      const monthText = m[gm];
      const month = shape.numericMonth ? Number(monthText) : (MONTH_NUMBER.get(fold(monthText)) ?? 0);
      const day = gd ? Number(m[gd]) : null;
      const year = gy ? Number(m[gy]) : null;
      if (!valid(year, month, day)) continue;
      const weekday = gw && m[gw] ? (DAY_NUMBER.get(fold(m[gw])) ?? null) : null;
      const hour = gh && m[gh] !== undefined ? m[gh] : null;
      const zone = gz && m[gz] ? m[gz].toUpperCase() : null;
      found.push({
        start: m.index,
        end,
        text: text.slice(m.index, end),
        year,
        month,
        day,
        weekday,
        ...(hour !== null ? { time: `${hour.padStart(2, '0')}:${m[gmin]}` } : {}),
        ...(hour !== null && zone && ZONE_OFFSET.has(zone) ? { offset: ZONE_OFFSET.get(zone) } : {}),
      });
      taken.push([m.index, end]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A real calendar date (or month) between 1900 and 2100. */
function valid(year: number | null, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (year !== null && (year < 1900 || year > 2100)) return false;
  if (day === null) return true;
  if (day < 1) return false;
  // Without a year, 29 February is allowed (a leap year may be meant).
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= days;
}
