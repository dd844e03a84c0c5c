/**
 * Read a corpus from its files: discover, then ingest on every core (or on this thread
 * for small corpora, rules as code, or an injected file system).
 */
import type { Report } from '../diagnostics.js';
import type { DiscoveredFile } from '../pipeline/discover.js';
import type { Ingested, IngestOptions } from '../pipeline/ingest.js';
import type { DocId } from '../model.js';
import type { CorpusOptions } from './options.js';
import { isTableFile } from '../pipeline/tables.js';

/** The files under roots, with their document ids. */
export async function discoverCorpus(
  roots: readonly string[],
  options: CorpusOptions,
  report: Report,
): Promise<{ files: DiscoveredFile[]; ids: DocId[] }> {
  const { discoverFiles } = await import('../pipeline/discover.js');
  const { documentIds } = await import('../pipeline/load.js');
  const found = discoverFiles(roots, options, report);
  const files = found.some((f) => isTableFile(f.absolute)) ? await expandTables(found, options, report) : found;
  return { files, ids: documentIds(files) };
}

/** Table files (named as paths) as one corpus file per row. */
async function expandTables(found: readonly DiscoveredFile[], options: CorpusOptions, report: Report): Promise<DiscoveredFile[]> {
  const { readTable, parseFieldMap } = await import('../pipeline/tables.js');
  const fields = parseFieldMap(options.fields);
  return found.flatMap((f) =>
    isTableFile(f.absolute)
      ? readTable(f.absolute, f.display, fields, report).map((row) => ({ ...f, display: `${f.display}#${row.row}`, row }))
      : [f],
  );
}

/** The ingest options for these corpus options (user rules parsed here for this thread). */
export async function ingestOptions(options: CorpusOptions): Promise<IngestOptions> {
  const { parseUserRules } = await import('../pipeline/classify/user-rules.js');
  const fromFile = options.rules ? parseUserRules(options.rules.text, options.rules.file) : [];
  return {
    noClean: options.noClean,
    disabledRules: options.disabledRules,
    extraRules: [...fromFile, ...(options.extraRules ?? [])],
    rules: options.rules ?? null,
    encoding: options.encoding,
    dateFrom: options.dateFrom,
    followLinks: options.followLinks,
    maxFileSize: options.maxFileSize,
    chunkedReadBytes: options.chunkedReadBytes,
    exclude: options.exclude,
    fileSystem: options.fileSystem,
    onProgress: options.onProgress,
    // Rules as code cannot cross threads: read on this one.
    threads: options.extraRules?.length ? 1 : options.threads,
  };
}

/** Ingest the given files (documents, reports and token batches, in file order). */
export async function ingestCorpusFiles(
  files: readonly DiscoveredFile[],
  ids: readonly DocId[],
  report: Report,
  options: IngestOptions,
): Promise<Ingested> {
  const { ingestFiles } = await import('../pipeline/ingest.js');
  return ingestFiles(files, ids, report, options);
}
