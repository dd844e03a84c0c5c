/**
 * The cleaned corpus as JSON or JSON Lines, generated one document at a time and handed
 * out in chunks: a big corpus is more than one string can hold.
 */
import type { NewsDocument } from '../model.js';
import { exportDocument, type ExportOptions } from '../query/export.js';

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
    yield '    ' +
      JSON.stringify(exportDocument(documents[i], options), null, 2).replace(/\n/g, '\n    ') +
      (i + 1 < documents.length ? ',\n' : '\n');
  }
  yield '  ]\n}\n';
}

/** One JSON document per line. */
export function* jsonlDocuments(documents: readonly NewsDocument[], options: ExportOptions = {}): Generator<string> {
  for (const d of documents) yield JSON.stringify(exportDocument(d, options)) + '\n';
}
