/**
 * CSV export, one paragraph per row (csv-stringify quotes fields with commas, quotes
 * and newlines). Cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) are neutralised with a leading apostrophe (OWASP CSV injection)
 * unless `raw` is set.
 */
import { stringify } from 'csv-stringify/sync';
import type { ParagraphRow } from '../query/export.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Guard one cell against formula injection. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const COLUMNS = ['document', 'file', 'title', 'date', 'paragraph', 'line', 'text'];

export function renderCsv(rows: readonly ParagraphRow[], raw = false, header = true): string {
  const g = raw ? (s: string) => s : guardCell;
  return stringify(
    rows.map((r) => [g(r.document), g(r.file), g(r.title), r.date, r.paragraph, r.line, g(r.text)]),
    { header, columns: COLUMNS, record_delimiter: '\n' },
  );
}

/** CSV of row groups (one per document), the header once: for output written in chunks. */
export function* csvChunks(groups: Iterable<readonly ParagraphRow[]>, raw = false): Generator<string> {
  let header = true;
  for (const rows of groups) {
    if (!rows.length && !header) continue;
    yield renderCsv(rows, raw, header);
    header = false;
  }
  if (header) yield renderCsv([], raw, true);
}
