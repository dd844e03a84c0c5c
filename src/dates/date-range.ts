/**
 * Date ranges as users type them, in `date:` queries and `--since/--until`:
 * "2025", "2025-05", "2025-05-14", ">=2025-01-01", "<2025-03", "[2025-01-01 TO 2025-03-31]"
 * (either end may be "*"). A range is [from, to) over days as YYYYMMDD numbers.
 */
import { dayOfDate } from './day-number.js';

export interface DayRange {
  /** First day in the range (YYYYMMDD), or 0 for no lower bound. */
  readonly from: number;
  /** First day after the range, or Infinity for no upper bound. */
  readonly to: number;
}

/** The days of "YYYY", "YYYY-MM" or "YYYY-MM-DD" as [first, next), or null when it is not such a date. */
export function periodDays(text: string): { first: number; next: number } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? null : Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (mo === null) return { first: y * 10000 + 101, next: (y + 1) * 10000 + 101 };
  if (d === null) return { first: dayOfDate(new Date(Date.UTC(y, mo - 1, 1))), next: dayOfDate(new Date(Date.UTC(y, mo, 1))) };
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCDate() !== d) return null;
  return { first: dayOfDate(date), next: dayOfDate(new Date(Date.UTC(y, mo - 1, d + 1))) };
}

/** Parse a range; throws an Error saying what a valid one looks like. */
export function parseDayRange(text: string): DayRange {
  const bad = () =>
    new Error(`"${text}" is not a date or range (use 2025, 2025-05, 2025-05-14, >=2025-01-01 or [2025-01-01 TO 2025-03-31])`);
  const t = text.trim();
  const interval = /^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$/i.exec(t);
  if (interval) {
    const a = interval[1] === '*' ? { first: 0, next: 0 } : periodDays(interval[1]);
    const b = interval[2] === '*' ? { first: Infinity, next: Infinity } : periodDays(interval[2]);
    if (!a || !b) throw bad();
    return { from: a.first, to: b.next };
  }
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(t);
  if (cmp) {
    const p = periodDays(cmp[2]);
    if (!p) throw bad();
    if (cmp[1] === '>=') return { from: p.first, to: Infinity };
    if (cmp[1] === '>') return { from: p.next, to: Infinity };
    if (cmp[1] === '<=') return { from: 0, to: p.next };
    return { from: 0, to: p.first };
  }
  const p = periodDays(t);
  if (!p) throw bad();
  return { from: p.first, to: p.next };
}

/** True when a day (YYYYMMDD; 0 = undated, never inside a range) is in the range. */
export function inRange(day: number, r: DayRange): boolean {
  return day !== 0 && day >= r.from && day < r.to;
}

/** The range of `--since A` and `--until B` (both inclusive, either may be absent), or null for neither. */
export function sinceUntil(since?: string, until?: string): DayRange | null {
  if (!since && !until) return null;
  const from = since ? periodDays(since) : { first: 0, next: 0 };
  const to = until ? periodDays(until) : { first: Infinity, next: Infinity };
  if (!from) throw new Error(`--since "${since}" is not a date (use 2025, 2025-05 or 2025-05-14)`);
  if (!to) throw new Error(`--until "${until}" is not a date (use 2025, 2025-05 or 2025-05-14)`);
  return { from: from.first, to: to.next };
}
