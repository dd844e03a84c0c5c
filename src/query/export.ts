/**
 * `export`: documents -> the export records (JSON shape of the foundation issue).
 * `removed` is included only when asked for.
 */
import type { NewsDocument } from '../model.js';

export interface ExportOptions {
  /** Include every removed line with its rule (default: `false`). */
  withRemoved?: boolean;
}

export interface ExportDocument {
  readonly id: string;
  readonly file: string;
  readonly title: string | null;
  readonly meta: NewsDocument['meta'];
  readonly paragraphs: readonly { id: string; index: number; line: number; text: string }[];
  readonly removed?: readonly { line: number; text: string; rule: string }[];
}

/** Map one document to its export record. */
export function exportDocument(d: NewsDocument, options: ExportOptions = {}): ExportDocument {
  const rec: ExportDocument = {
    id: d.id,
    file: d.file,
    title: d.title,
    meta: d.meta,
    paragraphs: d.paragraphs.map((p) => ({ id: p.id, index: p.index, line: p.line, text: p.text })),
  };
  return options.withRemoved ? { ...rec, removed: d.removed } : rec;
}

/** Map documents to export records. */
export function exportDocuments(documents: readonly NewsDocument[], options: ExportOptions = {}): ExportDocument[] {
  return documents.map((d) => exportDocument(d, options));
}

/** Strings of about `size` characters from a stream of pieces (output is written in chunks: a big corpus is more than one string can hold). */
export function* chunked(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let parts: string[] = [];
  let n = 0;
  for (const p of pieces) {
    parts.push(p);
    n += p.length;
    if (n >= size) {
      yield parts.join('');
      parts = [];
      n = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** `{"documents": [...]}` exactly as JSON.stringify(…, null, 2) writes it, one document at a time. */
export function* jsonDocuments(documents: readonly NewsDocument[], options: ExportOptions = {}): Generator<string> {
  if (documents.length === 0) {
    yield '{\n  "documents": []\n}\n';
    return;
  }
  yield '{\n  "documents": [\n';
  for (let i = 0; i < documents.length; i++) {
    yield '    ' + JSON.stringify(exportDocument(documents[i], options), null, 2).replace(/\n/g, '\n    ') + (i + 1 < documents.length ? ',\n' : '\n');
  }
  yield '  ]\n}\n';
}

/** One JSON document per line. */
export function* jsonlDocuments(documents: readonly NewsDocument[], options: ExportOptions = {}): Generator<string> {
  for (const d of documents) yield JSON.stringify(exportDocument(d, options)) + '\n';
}

/** One row per paragraph, for CSV. */
export interface ParagraphRow {
  readonly document: string;
  readonly file: string;
  readonly title: string;
  readonly paragraph: number;
  readonly line: number;
  readonly text: string;
}

export function documentRows(d: NewsDocument): ParagraphRow[] {
  return d.paragraphs.map((p) => ({ document: d.id, file: d.file, title: d.title ?? '', paragraph: p.index, line: p.line, text: p.text }));
}
