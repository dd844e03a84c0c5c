/**
 * `warta export [PATH...]`: the cleaned corpus as JSON, JSONL or CSV, to stdout or
 * atomically to `-o FILE`.
 */
import path from 'node:path';
import { UsageError } from '../usage-error.js';
import { keptDocuments } from '../../search-index/kept-documents.js';
import type { NewsDocument } from '../../model.js';
import { documentRows } from '../../query/export.js';
import { renderJson } from '../../render/format.js';
import { chunked, jsonDocuments, jsonlDocuments } from '../../render/export.js';
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
    const { esMapping } = await import('../../render/elasticsearch.js');
    return write(session, flags, [renderJson(esMapping({ index: flags.index }))], 'an index template');
  }
  const dates = session.dates;
  const corpus = await session.open(paths, { exclude: flags.output ? [path.resolve(flags.output)] : [] });
  const index = await corpus.index();
  // Documents keep their number in the corpus: es-bulk names each paragraph's entities by it.
  const all = await corpus.documents();
  const skipDocs = await session.skipDocs(corpus);
  const keep = keptDocuments(index, dates, skipDocs);
  const kept = keep ? all.map((_, i) => i).filter(keep) : null;
  const docs = kept ? kept.map((i) => all[i]) : all;
  let pieces: Iterable<string>;
  if (format === 'es-bulk') {
    const { esBulk } = await import('../../render/elasticsearch.js');
    const { entitiesByParagraph } = await import('../../query/entity-groups.js');
    const entitiesOf = entitiesByParagraph(await corpus.entities(), index);
    pieces = esBulk(docs, kept ? (di, pi) => entitiesOf(kept[di], pi) : entitiesOf, { index: flags.index });
  } else if (format === 'csv') {
    const { csvChunks } = await import('../../render/csv.js');
    pieces = csvChunks(
      (function* () {
        for (const d of docs) yield documentRows(d);
      })(),
      !!flags.csvRaw,
    );
  } else {
    // Every copy says which article it duplicates, with or without --dedupe (which leaves it
    // out): the JSON formats only, so only they look for copies.
    const { duplicateOf } = await session.folded(corpus);
    const copies = new Map<NewsDocument, string>();
    duplicateOf.forEach((c, d) => c >= 0 && copies.set(all[d], all[c].file));
    const options = { withRemoved: flags.withRemoved, duplicateOf: (d: NewsDocument) => copies.get(d) };
    pieces = format === 'jsonl' ? jsonlDocuments(docs, options) : jsonDocuments(docs, options);
  }
  return write(session, flags, chunked(pieces), `${docs.length} documents`);
}

/** Write the output in chunks (a big corpus is more than one string can hold). */
function write(session: Session, flags: ExportFlags, chunks: Iterable<string>, what: string): number {
  if (flags.output) {
    writeFileAtomic(flags.output, chunks);
    session.io.err(`warta: wrote ${what} to ${flags.output}\n`);
  } else {
    for (const c of chunks) session.io.out(c);
  }
  return session.exitCode();
}
