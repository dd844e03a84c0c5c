/**
 * `export`: documents -> the export records (JSON shape of the foundation issue).
 * `removed` is included only when asked for.
 */
import type { NewsDocument } from '../model.js';
import { mentionedDates } from '../dates/article-date.js';

export interface ExportOptions {
  /** Include every removed line with its rule (default: `false`). */
  withRemoved?: boolean;
  /** The file of the article a document duplicates (warta dupes), if it is a copy. */
  duplicateOf?: (d: NewsDocument) => string | undefined;
}

export interface ExportDocument {
  readonly id: string;
  readonly file: string;
  readonly title: string | null;
  readonly meta: NewsDocument['meta'];
  readonly paragraphs: readonly { id: string; index: number; line: number; text: string }[];
  readonly removed?: readonly { line: number; text: string; rule: string }[];
  /** For a near-duplicate copy: the file of the article kept of its cluster. */
  readonly duplicateOf?: string;
}

/** Map one document to its export record. */
export function exportDocument(d: NewsDocument, options: ExportOptions = {}): ExportDocument {
  // Dated articles (not with --date-from none) list the dates they mention.
  const dated = d.meta.date !== undefined || d.meta.dateMissing !== undefined;
  const mentioned = dated ? mentionedDates(d) : [];
  const rec: ExportDocument = {
    id: d.id,
    file: d.file,
    title: d.title,
    meta: mentioned.length ? { ...d.meta, datesMentioned: mentioned } : d.meta,
    paragraphs: d.paragraphs.map((p) => ({ id: p.id, index: p.index, line: p.line, text: p.text })),
  };
  const copy = options.duplicateOf?.(d);
  const withCopy = copy ? { ...rec, duplicateOf: copy } : rec;
  return options.withRemoved ? { ...withCopy, removed: d.removed } : withCopy;
}

/** Map documents to export records. */
export function exportDocuments(documents: readonly NewsDocument[], options: ExportOptions = {}): ExportDocument[] {
  return documents.map((d) => exportDocument(d, options));
}

/** One row per paragraph, for CSV. */
export interface ParagraphRow {
  readonly document: string;
  readonly file: string;
  readonly title: string;
  /** Publication date (ISO), empty when the article has none. */
  readonly date: string;
  readonly paragraph: number;
  readonly line: number;
  readonly text: string;
}

export function documentRows(d: NewsDocument): ParagraphRow[] {
  const date = d.meta.date ?? '';
  return d.paragraphs.map((p) => ({
    document: d.id,
    file: d.file,
    title: d.title ?? '',
    date,
    paragraph: p.index,
    line: p.line,
    text: p.text,
  }));
}
