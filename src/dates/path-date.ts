/**
 * A date in a file's path: folders "2025/05/14/" or "2025-05-14", a name holding
 * "20250514" or "2025-05-14", or a Unix timestamp in seconds (IndoSum's names:
 * "antaranews--1472596216-..."). Other dates are days.
 *
 * A timestamp is read as the newsroom's wall-clock time in WIB (UTC+7) written as if it
 * were UTC: on IndoSum the body's weekday-dates agree with that reading ("Selasa (8/8)"
 * in an article stamped Tuesday 17:15 "UTC", which would be Wednesday 00:15 in WIB), and
 * the stamps cluster at newsroom hours only so (19:00, 20:15, 21:30, not 02:00-04:30).
 * Measured on the labelled set (npm run eval:dates).
 */

/** Timestamps between 2001-09-09 and 2033-05-18 (ten digits starting with 1). */
const TIMESTAMP = /(?<!\d)(1\d{9})(?!\d)/;
const FOLDERS = /(?:^|[/\\])((?:19|20)\d\d)[/\\](0?[1-9]|1[0-2])[/\\](0?[1-9]|[12]\d|3[01])(?=[/\\])/;
const COMPACT = /(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;

/** The date in `file` (ISO, with time and offset for a timestamp), or null. */
export function pathDate(file: string): string | null {
  const path = file.replace(/\\/g, '/');
  const day = (y: string, m: string, d: string) => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCDate() === Number(d) ? date.toISOString().slice(0, 10) : null;
  };
  const folders = FOLDERS.exec(path);
  if (folders) return day(folders[1], folders[2], folders[3]);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const compact = COMPACT.exec(name);
  if (compact) return day(compact[1], compact[2], compact[3]);
  const ts = TIMESTAMP.exec(name);
  if (ts) return `${new Date(Number(ts[1]) * 1000).toISOString().slice(0, 19)}+07:00`;
  return null;
}
