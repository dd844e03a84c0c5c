/**
 * `warta export [PATH...]`: the cleaned corpus as JSON, JSONL or CSV, to stdout or
 * atomically to `-o FILE`.
 */
import path from 'node:path';
import { UsageError } from '../../diagnostics.js';
import { exportDocuments, paragraphRows } from '../../query/export.js';
import { checkOutputPath, writeFileAtomic } from '../output-file.js';
import type { Session } from '../session.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'es-bulk', 'es-mapping'] as const;

export interface ExportFlags {
  format: string;
  output?: string;
  force?: boolean;
  withRemoved?: boolean;
  csvRaw?: boolean;
  index?: string;
}

export async function runExport(session: Session, paths: string[], flags: ExportFlags): Promise<number> {
  const format = flags.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format ${flags.format} (use ${EXPORT_FORMATS.join(', ')})`);
  }
  if (flags.output) checkOutputPath(flags.output, !!flags.force);
  if (format === 'es-mapping') {
    const { esMapping } = await import('../../query/elasticsearch.js');
    return write(session, flags, JSON.stringify(esMapping({ index: flags.index }), null, 2) + '\n', 'an index template');
  }
  const corpus = await session.load(paths, { exclude: flags.output ? [path.resolve(flags.output)] : [] });
  await session.complete(paths);
  let data: string;
  if (format === 'es-bulk') {
    const { esBulkLines } = await import('../../query/elasticsearch.js');
    const table = await session.entities(paths);
    const index = await session.indexOf(paths);
    const byPara = new Map<string, Set<string>>();
    for (const o of table.occurrences) {
      const k = `${o.document}\u0000${o.paragraph}`;
      if (!byPara.has(k)) byPara.set(k, new Set());
      byPara.get(k)!.add(o.entity);
    }
    const lines = esBulkLines(corpus.documents, (di, pi) => [...(byPara.get(`${index.documents[di].id}\u0000${pi}`) ?? [])], { index: flags.index });
    data = lines.join('\n') + (lines.length ? '\n' : '');
  } else if (format === 'csv') {
    const { renderCsv } = await import('../../render/csv.js');
    data = renderCsv(paragraphRows(corpus.documents), !!flags.csvRaw);
  } else {
    const docs = exportDocuments(corpus.documents, { withRemoved: flags.withRemoved });
    data = format === 'jsonl' ? docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '') : JSON.stringify({ documents: docs }, null, 2) + '\n';
  }
  return write(session, flags, data, `${corpus.documents.length} documents`);
}

function write(session: Session, flags: ExportFlags, data: string, what: string): number {
  if (flags.output) {
    writeFileAtomic(flags.output, data);
    session.io.err(`warta: wrote ${what} to ${flags.output}\n`);
  } else {
    session.io.out(data);
  }
  return session.exitCode();
}
