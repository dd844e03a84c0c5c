/**
 * The publication date of an article and the dates it mentions.
 *
 * Sources, most reliable first (`--date-from auto`): a date header line (removed by the
 * cleaner as clean/date-header; its date is kept here), the dateline, a date in the file
 * path ("2025/05/14/", "20250514", a Unix timestamp as in IndoSum's names), then the
 * body. A body date is usually the date of the event, so the body dates the article only
 * when nothing else does: from its most frequent day-date, flagged as inferred. A
 * day-month without a year ("Kamis (14/5)") takes its year from the article's other
 * dates, and is dropped when its weekday contradicts that year. An article with no usable
 * date gets none, never a made-up one.
 */
import type { DocumentMeta, MentionedDate, NewsDocument } from '../model.js';
import { RULE } from '../pipeline/classify/rule-ids.js';
import { type FoundDate, findDates } from './find-dates.js';
import { pathDate } from './path-date.js';
import { periodDays } from './date-range.js';

export const DATE_FROM = ['auto', 'text', 'path', 'mtime', 'none'] as const;
/** Where dates may come from: auto (text, then path, then body), text only, path only, file mtime, none. */
export type DateFrom = (typeof DATE_FROM)[number];

/** The date fields of a document's meta. */
export type DateMeta = Pick<DocumentMeta, 'date' | 'dateSource' | 'dateInferred' | 'dateMissing' | 'datesMentioned'>;

/** ISO date (and time with offset when known) of a found date with a year and a day. */
export function isoOf(d: FoundDate, year = d.year): string | null {
  if (year === null || d.day === null) return null;
  const date = `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return d.time ? `${date}T${d.time}${d.offset ?? ''}` : date;
}

const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The year a day-month takes from `years` (the article's years), or null when its weekday fits none of them. */
function yearFor(d: FoundDate, years: readonly number[]): number | null {
  if (!years.length || d.day === null) return null;
  const latest = Math.max(...years);
  // An article of early January may name a day of the December before.
  for (const y of [latest, latest - 1]) if (d.weekday === null || weekdayOf(y, d.month, d.day) === d.weekday) return y;
  return null;
}

/**
 * Date a document. `mtimeMs` is read only with `from` = "mtime"; `column` is the date cell
 * of a table row, which comes first unless `from` says path, mtime or none.
 */
export function dateDocument(
  doc: NewsDocument,
  from: DateFrom = 'auto',
  mtimeMs?: number,
  column?: string,
  /** Include `datesMentioned` (default: `true`; the loader leaves it to the export, see mentionedDates). */
  withMentioned = true,
): DateMeta {
  if (from === 'none') return {};
  let found: Pick<DateMeta, 'date' | 'dateSource'> | null = null;
  if (from === 'mtime' && mtimeMs !== undefined && Number.isFinite(mtimeMs))
    found = { date: new Date(mtimeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'), dateSource: 'mtime' };
  const cell = column && (from === 'auto' || from === 'text') ? cellDate(column) : null;
  if (cell) found = { date: cell, dateSource: 'column' };
  if (!found && (from === 'auto' || from === 'text')) {
    const header = publicationLine(doc);
    const dateline = !header && doc.meta.dateline ? firstFull(doc.meta.dateline) : null;
    if (header) found = { date: header, dateSource: 'header' };
    else if (dateline) found = { date: dateline, dateSource: 'dateline' };
  }
  if (!found && (from === 'auto' || from === 'path')) {
    const iso = pathDate(doc.file);
    if (iso) found = { date: iso, dateSource: 'path' };
  }
  // A date found and no list asked for: the body need not be read (the loader's usual case).
  if (found && !withMentioned) return found;
  // The body's dates take a missing year from the publication date, when there is one.
  const body = bodyDates(doc, found ? [Number(found.date!.slice(0, 4))] : []);
  const mentioned = withMentioned && body.mentioned.length ? { datesMentioned: body.mentioned } : {};
  if (found) return { ...found, ...mentioned };
  if (body.publication && (from === 'auto' || from === 'text'))
    return { date: body.publication, dateSource: 'text', dateInferred: true, ...mentioned };
  return { dateMissing: missingReason(from, body.mentioned), ...mentioned };
}

/**
 * The dates an article mentions, as `dateDocument` lists them, from the document and its
 * meta alone: the loader does not keep them (a million articles would hold millions of
 * small records for the export to print); the export computes them again.
 */
export function mentionedDates(doc: NewsDocument): MentionedDate[] {
  const { date, dateSource } = doc.meta;
  return bodyDates(doc, date && dateSource !== 'text' ? [Number(date.slice(0, 4))] : []).mentioned;
}

/** Why an article has no date, in words. */
function missingReason(from: DateFrom, mentioned: readonly MentionedDate[]): string {
  if (from === 'mtime') return 'the file has no modification time';
  if (from === 'path') return 'no date in the file path';
  const yearless = mentioned.find((m) => m.date.startsWith('--'));
  if (yearless) return `the text's day-dates give no year (such as "${yearless.text}")`;
  return from === 'text' ? 'no date in a header, the dateline or the text' : 'no date in a header, the dateline, the file path or the text';
}

/**
 * A table's date cell as ISO: "2024-05-14", "2024-05-14 10:15:00", "2024-05-14T10:15:00+07:00",
 * Unix seconds or milliseconds, or any date findDates reads ("Selasa, 14 Mei 2024 10:15 WIB",
 * "14/05/2024"). Null when it holds no date.
 */
export function cellDate(cell: string): string | null {
  const t = cell.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) {
    if (!periodDays(iso[1])) return null;
    if (!iso[2]) return iso[1];
    const zone = iso[3] === undefined ? '' : iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${iso[1]}T${iso[2]}${zone}`;
  }
  if (/^\d{10}$|^\d{13}$/.test(t)) {
    const ms = Number(t) * (t.length === 10 ? 1000 : 1);
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return firstFull(t);
}

/** Words in a line that can still be a publication line ("Diterbitkan 05 Juni 2024, 14:22 WIB"). */
const PUBLICATION_LINE_WORDS = 12;

/**
 * The date of the article's publication line: a date header the cleaner removed, or a
 * short line with a full date at the top, before the text starts ("Kompas.com -
 * 12/03/2024, 08:30 WIB", "Diterbitkan 05 Juni 2024, 14:22 WIB").
 */
function publicationLine(doc: NewsDocument): string | null {
  for (const r of doc.removed) {
    const iso = r.rule === RULE.dateHeader ? firstFull(r.text) : null;
    if (iso) return iso;
  }
  const top = doc.paragraphs[0];
  const short = (t: string) => t.split(/\s+/).length <= PUBLICATION_LINE_WORDS;
  if (top && doc.paragraphs.length > 1 && short(top.text)) return firstFull(top.text);
  return null;
}

/** The first date with a year and a day in `text`, as ISO. */
function firstFull(text: string): string | null {
  for (const d of findDates(text)) {
    const iso = isoOf(d);
    if (iso) return iso;
  }
  return null;
}

/** The dates of title and paragraphs (years filled in from their own or `known` years), and the most frequent day. */
function bodyDates(doc: NewsDocument, known: readonly number[]): { mentioned: MentionedDate[]; publication: string | null } {
  const parts: { paragraph: number | null; d: FoundDate }[] = [];
  if (doc.title) for (const d of findDates(doc.title)) parts.push({ paragraph: null, d });
  for (const p of doc.paragraphs) for (const d of findDates(p.text)) parts.push({ paragraph: p.index, d });
  const years = known.length ? known : parts.filter((x) => x.d.year !== null).map((x) => x.d.year!);
  const mentioned: MentionedDate[] = [];
  const count = new Map<string, number>();
  const withWeekday = new Map<string, number>();
  for (const { paragraph, d } of parts) {
    const year = d.year ?? yearFor(d, years);
    const iso =
      d.day === null
        ? `${d.year}-${String(d.month).padStart(2, '0')}`
        : (isoOf(d, year) ?? `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
    mentioned.push({ text: d.text, date: iso, paragraph, start: d.start });
    if (d.day !== null && year !== null) {
      const day = iso.slice(0, 10);
      count.set(day, (count.get(day) ?? 0) + 1);
      if (d.weekday !== null) withWeekday.set(day, (withWeekday.get(day) ?? 0) + 1);
    }
  }
  // News names this week's days with their weekday ("Senin (13/5)"); a date without one is
  // as often a birthday or an anniversary, so it dates the article only when no weekday-date
  // is there and it is repeated. The most frequent such day; a tie goes to the latest (an
  // article reports what has happened).
  const candidates = parts.some((x) => x.d.weekday !== null && x.d.day !== null)
    ? withWeekday
    : new Map([...count].filter(([, n]) => n >= 2));
  let publication: string | null = null;
  let best = 0;
  for (const [day, n] of candidates)
    if (n > best || (n === best && publication !== null && day > publication)) [publication, best] = [day, n];
  return { mentioned, publication };
}
