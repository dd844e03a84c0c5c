/**
 * What `stats` needs of the documents (removed lines by rule, documents without text),
 * computed in one pass; a snapshot keeps it in its manifest.
 */
import type { NewsDocument } from '../model.js';

/** What stats needs of the documents, computed once (and kept in a snapshot's manifest). */
export interface DocumentSummary {
  readonly documents: number;
  /** Documents with no article text (empty, blank or boilerplate-only files). */
  readonly emptyDocuments: number;
  readonly removedLines: number;
  readonly removedByRule: Record<string, number>;
}

/** Summarise documents for stats. */
export function summarizeDocuments(documents: readonly NewsDocument[]): DocumentSummary {
  const removedByRule: Record<string, number> = {};
  let removedLines = 0;
  let emptyDocuments = 0;
  for (const d of documents) {
    if (d.paragraphs.length === 0 && !d.title) emptyDocuments++;
    for (const r of d.removed) {
      removedByRule[r.rule] = (removedByRule[r.rule] ?? 0) + 1;
      removedLines++;
    }
  }
  return { documents: documents.length, emptyDocuments, removedLines, removedByRule };
}
