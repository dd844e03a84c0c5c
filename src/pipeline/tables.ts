/**
 * Corpora that are tables: a .csv, .tsv or .jsonl (.ndjson) file with one article per row,
 * as scrapers and data sets write them. The delimiter is sniffed (comma, semicolon, tab,
 * pipe, tilde), the first row is the header, quoted cells may span lines (csv-parse).
 * Columns are found by their usual names, or named with `--fields text=main,title=judul`.
 * Each row becomes a file of the corpus ("data.csv#12", the row's number after the
 * header), cleaned as a .txt file is; its title, date, url and outlet cells go to the
 * document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Report } from '../diagnostics.js';
import { CorpusPathError, OptionError } from '../errors.js';

/** The cells of one row that a document takes. */
export interface TableRow {
  /** 1-based row number after the header (line number in a JSONL file). */
  readonly row: number;
  readonly text: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly outlet?: string;
}

export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.jsonl', '.ndjson'];
export const isTableFile = (file: string) => TABLE_EXTENSIONS.includes(path.extname(file).toLowerCase());

export const FIELD_NAMES = ['text', 'title', 'date', 'url', 'outlet'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FieldMap = Partial<Record<FieldName, string>>;

/** Usual column names of each field, tried in order (case-insensitive). */
const USUAL: Record<FieldName, readonly string[]> = {
  text: ['text', 'content', 'body', 'isi', 'isi_berita', 'article', 'artikel', 'berita', 'konten', 'main', 'clean_text', 'full_text'],
  title: ['title', 'judul', 'headline', 'judul_berita'],
  date: ['date', 'tanggal', 'published', 'published_at', 'publish_date', 'pubdate', 'datetime', 'date_published', 'waktu', 'time'],
  url: ['url', 'link', 'source_url', 'tautan'],
  outlet: ['outlet', 'source', 'media', 'site', 'publisher', 'portal', 'sumber', 'domain'],
};

/** Parse `--fields text=main,title=title,...`. */
export function parseFieldMap(spec: string | undefined): FieldMap {
  const map: FieldMap = {};
  if (!spec) return map;
  for (const part of spec.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*(.+?)\s*$/i.exec(part);
    if (!m || !(FIELD_NAMES as readonly string[]).includes(m[1].toLowerCase()))
      throw new OptionError(`--fields takes FIELD=COLUMN pairs with FIELD one of ${FIELD_NAMES.join(', ')}, got "${part.trim()}"`);
    map[m[1].toLowerCase() as FieldName] = m[2];
  }
  return map;
}

const DELIMITERS = [',', ';', '\t', '|', '~'];

/** The delimiter that splits the header and the next lines into the same, largest number of cells. */
export function sniffDelimiter(text: string): string {
  const lines = text.split('\n', 6).filter((l) => l.trim());
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length);
    const head = counts[0] ?? 1;
    // The header's cell count, when the other lines agree (a quoted cell may hold one).
    const agree = counts.filter((c) => c === head).length;
    const score = head > 1 ? head * agree : 0;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** The column of each field: named by the user, else the first usual name in the header. */
function columnsOf(header: readonly string[], fields: FieldMap, file: string): Record<FieldName, string | undefined> {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const out = {} as Record<FieldName, string | undefined>;
  for (const f of FIELD_NAMES) {
    const named = fields[f];
    if (named !== undefined) {
      const col = lower.get(named.trim().toLowerCase());
      if (!col) throw new CorpusPathError(`${file}: no column "${named}" for ${f} (columns: ${header.join(', ')})`);
      out[f] = col;
    } else {
      out[f] = USUAL[f].map((n) => lower.get(n)).find((c) => c !== undefined);
    }
  }
  if (!out.text)
    throw new CorpusPathError(`${file}: no text column (columns: ${header.slice(0, 12).join(', ')}); name it with --fields text=COLUMN`);
  return out;
}

/** A cell as text: strings as they are, lists of paragraphs joined by blank lines, lists of tokens by spaces. */
function cellText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? x.map(cellText).join(' ') : cellText(x))).join('\n\n');
  return JSON.stringify(v);
}

function rowOf(record: Record<string, unknown>, cols: Record<FieldName, string | undefined>, row: number): TableRow {
  const get = (f: FieldName) => {
    const c = cols[f];
    const v = c === undefined ? undefined : cellText(record[c])?.trim();
    return v ? v : undefined;
  };
  return { row, text: get('text') ?? '', title: get('title'), date: get('date'), url: get('url'), outlet: get('outlet') };
}

/** Read a table file into rows. A JSONL line that is not a JSON object is reported and skipped. */
export function readTable(absolute: string, display: string, fields: FieldMap, report: Report): TableRow[] {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new CorpusPathError(`cannot read ${display} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const ext = path.extname(absolute).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    const records: { line: number; value: Record<string, unknown> }[] = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const value = JSON.parse(line);
        if (value && typeof value === 'object' && !Array.isArray(value)) records.push({ line: i + 1, value });
        else throw new Error('not an object');
      } catch {
        report({ severity: 'warning', ruleId: 'table/bad-row', message: `line ${i + 1} is not a JSON object, skipped`, path: display });
      }
    });
    if (!records.length) return [];
    const cols = columnsOf([...new Set(records.flatMap((r) => Object.keys(r.value)))], fields, display);
    return records.map((r) => rowOf(r.value, cols, r.line));
  }
  let records: Record<string, unknown>[];
  try {
    records = parse(text, {
      delimiter: ext === '.tsv' ? '\t' : sniffDelimiter(text),
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
    });
  } catch (err) {
    throw new CorpusPathError(`${display} is not a readable table: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!records.length) return [];
  const cols = columnsOf(Object.keys(records[0]), fields, display);
  return records.map((r, i) => rowOf(r, cols, i + 1));
}
