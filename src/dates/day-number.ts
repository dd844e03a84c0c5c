/**
 * Days as numbers and periods: a date's day as YYYYMMDD (0 for none), which compares as
 * the calendar does; the period (day, ISO week, month, year) a day falls in; and the
 * periods between two days, so a series shows its empty periods as zeros.
 */

/** The day of an ISO date or date-time ("2024-05-14", "2024-05-14T10:15+07:00") as YYYYMMDD; 0 when absent. */
export function dayNumber(date: string | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return 0;
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

export const PERIODS = ['day', 'week', 'month', 'year'] as const;

/** The label of articles without a date, where counts go by period. */
export const NO_DATE = '(no date)';
export type Period = (typeof PERIODS)[number];

const toDate = (day: number) => new Date(Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100));
/** The day (YYYYMMDD) of a UTC date. */
export const dayOfDate = (d: Date) => d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
const fromDate = dayOfDate;

/** The ISO week of a day ("2024-W20"): weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(day: number): string {
  const d = toDate(day);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86400000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86400000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The label of the period a day (YYYYMMDD, not 0) falls in. */
export function periodOf(day: number, period: Period): string {
  const iso = toDate(day).toISOString().slice(0, 10);
  if (period === 'day') return iso;
  if (period === 'month') return iso.slice(0, 7);
  if (period === 'year') return iso.slice(0, 4);
  return isoWeek(day);
}

/** Every period label from the one of `first` to the one of `last` (days YYYYMMDD), in order. */
export function periodsBetween(first: number, last: number, period: Period): string[] {
  const out: string[] = [];
  const end = periodOf(last, period);
  const d = toDate(first);
  for (;;) {
    const label = periodOf(fromDate(d), period);
    if (out[out.length - 1] !== label) out.push(label);
    if (label === end) return out;
    if (period === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1);
    else if (period === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 1);
    else d.setUTCDate(d.getUTCDate() + (period === 'week' ? 7 : 1));
  }
}

/** The first day (YYYYMMDD) of a period label: "2024", "2024-05", "2024-05-14" or an ISO week "2024-W20" (its Monday). */
export function firstDayOf(label: string, period: Period): number {
  if (period === 'week') {
    const [y, w] = label.split('-W').map(Number);
    const jan4 = Date.UTC(y, 0, 4);
    const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
    return fromDate(monday);
  }
  return dayNumber(`${label}-01-01`.slice(0, 10));
}
