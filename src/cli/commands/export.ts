/**
 * `warta export [PATH...]`: the cleaned corpus as JSON, JSONL or CSV, to stdout or
 * atomically to `-o FILE`.
 */
import path from 'node:path';
import { UsageError } from '../../diagnostics.js';
import { exportDocuments, paragraphRows } from '../../query/export.js';
import { checkOutputPath, writeFileAtomic } from '../output-file.js';
import type { Session } from '../session.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv'] as const;

export interface ExportFlags {
  format: string;
  output?: string;
  force?: boolean;
  withRemoved?: boolean;
  csvRaw?: boolean;
}

export async function runExport(session: Session, paths: string[], flags: ExportFlags): Promise<number> {
  const format = flags.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format ${flags.format} (use ${EXPORT_FORMATS.join(', ')})`);
  }
  if (flags.output) checkOutputPath(flags.output, !!flags.force);
  const corpus = await session.load(paths, { exclude: flags.output ? [path.resolve(flags.output)] : [] });
  let data: string;
  if (format === 'csv') {
    const { renderCsv } = await import('../../render/csv.js');
    data = renderCsv(paragraphRows(corpus.documents), !!flags.csvRaw);
  } else {
    const docs = exportDocuments(corpus.documents, { withRemoved: flags.withRemoved });
    data = format === 'jsonl' ? docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '') : JSON.stringify({ documents: docs }, null, 2) + '\n';
  }
  if (flags.output) {
    writeFileAtomic(flags.output, data);
    session.io.err(`warta: wrote ${corpus.documents.length} documents to ${flags.output}\n`);
  } else {
    session.io.out(data);
  }
  return session.exitCode();
}
