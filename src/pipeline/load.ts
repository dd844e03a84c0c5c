/**
 * Load a corpus: discover -> read -> decode -> normalise -> classify -> segment.
 *
 * Each file has its own error boundary (`loadOne`): a file that cannot be read or
 * decoded, or whose cleaning throws, becomes a diagnostic on that file and the others
 * go on (unified-engine style).
 * Reads run with bounded concurrency so thousands of files never exhaust descriptors.
 */
import { withDefaults } from '../options.js';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../diagnostics.js';
import type { Diagnostic, DocId, NewsDocument, Paragraph } from '../model.js';
import type { TableRow } from './tables.js';
import { normalizeText } from '../text/normalize.js';
import { classifyLines, type ClassifyOptions } from './classify/classify.js';
import type { DiscoveredFile, DiscoverOptions } from './discover.js';
import { recordSourceUrl, segmentDocument } from './segment.js';
import { readTextLines, type FileSystem } from './read-text.js';
import { RULE } from './classify/rule-ids.js';
import { type DateFrom, dateDocument } from '../dates/article-date.js';

export type { FileSystem };

export const NODE_FS: FileSystem = {
  size: async (p) => (await stat(p)).size,
  readFile: (p) => readFile(p),
  head: async (p, n) => {
    const fh = await open(p, 'r');
    try {
      const buf = new Uint8Array(n);
      const { bytesRead } = await fh.read(buf, 0, n, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  },
};

export interface ProcessOptions extends ClassifyOptions {
  /** Where publication dates come from (default: `auto`; see dates/article-date.ts). */
  dateFrom?: DateFrom;
}

export interface LoadOptions extends ProcessOptions, DiscoverOptions {
  /** Force the text encoding of every file (default: sniffed per file). */
  encoding?: string;
  /** Skip files larger than this many bytes (default: 50 MiB). */
  maxFileSize?: number;
  fileSystem?: FileSystem;
  /** Files above this many bytes are decoded in chunks (default: 128 MiB). */
  chunkedReadBytes?: number;
  /** Maximum files read at once (default: `32`). */
  concurrency?: number;
  /** Called with (done, total) as files finish. */
  onProgress?: (done: number, total: number) => void;
}

/** Files above 128 MiB are decoded in chunks, never as one string. */
export const DEFAULT_LOAD = { concurrency: 32, maxFileSize: 50 * 1024 * 1024, fileSystem: NODE_FS, chunkedReadBytes: 128 * 1024 * 1024 };

/** What happened to one input file. */
export interface FileReport {
  readonly file: string;
  readonly status: 'ok' | 'skipped' | 'error';
  readonly encoding?: string;
  readonly lines?: number;
  readonly removedLines?: number;
  readonly safetyNet?: boolean;
  /** SHA-1 of the bytes read (hex), when the file was read whole. */
  readonly sha1?: string;
}

export interface Corpus {
  readonly documents: readonly NewsDocument[];
  readonly files: readonly FileReport[];
}

/** Make short, unique, stable document ids from display paths. */
export function documentIds(files: readonly DiscoveredFile[]): DocId[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    // A table row is named by its table and row number: "data#12".
    const base = f.row
      ? `${path.basename(f.absolute).replace(/\.[^.]+$/, '')}#${f.row.row}`
      : path.basename(f.display).replace(/\.[^.]+$/, '');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return (n === 1 ? base : `${base}~${n}`) as DocId;
  });
}

/** Process one file's text into a document (exported for tests and `inspect`). */
export function processText(
  id: DocId,
  file: string,
  text: string,
  options: ProcessOptions = {},
  encoding?: string,
): NewsDocument & { safetyNet: boolean } {
  return processLines(id, file, normalizeText(text).split('\n'), options, encoding);
}

/** Process one file's normalised lines into a document. */
export function processLines(
  id: DocId,
  file: string,
  lines: readonly string[],
  options: ProcessOptions = {},
  encoding?: string,
  mtimeMs?: number,
  /** The cells of a table row (title, date, url, outlet) when the text is one. */
  row?: TableRow,
): NewsDocument & { safetyNet: boolean } {
  const classified = classifyLines(lines, options);
  const segmented = segmentDocument(id, file, classified.lines, encoding ? { encoding } : {}, classified.layout);
  // A row's title cell is its title; a title the cleaner found in the text then opens it.
  const doc =
    row?.title && row.title !== segmented.title
      ? {
          ...segmented,
          title: row.title,
          titleLine: null,
          paragraphs: segmented.title
            ? [{ line: segmented.titleLine ?? 1, text: segmented.title }, ...segmented.paragraphs].map(
                ({ line, text }, index): Paragraph => ({ id: `${id}:${index}` as Paragraph['id'], index, line, text }),
              )
            : segmented.paragraphs,
        }
      : segmented;
  if (classified.safetyNet) doc.meta.safetyNet = true;
  if (row?.outlet) doc.meta.outlet = row.outlet;
  if (row?.url) recordSourceUrl(doc.meta, row.url);
  Object.assign(doc.meta, dateDocument(doc, options.dateFrom, mtimeMs, row?.date, false));
  return { ...doc, safetyNet: classified.safetyNet };
}

/** Documents read from `files` (null where a file was skipped or failed) and a report per file. */
export interface LoadedFiles {
  readonly documents: (NewsDocument | null)[];
  readonly reports: FileReport[];
}

/** Read and clean one file into a document (or null), reporting what happened. */
export async function loadOne(
  f: DiscoveredFile,
  id: DocId,
  report: Report,
  opts: LoadOptions & typeof DEFAULT_LOAD,
): Promise<{ document: NewsDocument | null; report: FileReport }> {
  try {
    return await readAndClean(f, id, report, opts);
  } catch (err) {
    // The error boundary of one file: a rule, decoder or segmenter that throws fails
    // this file alone, as an error diagnostic on it; the other files go on.
    report(fileFailed(f.display, err));
    return { document: null, report: { file: f.display, status: 'error' } };
  }
}

/** The diagnostic for a file whose processing threw (a bug in warta, not in the file). */
export function fileFailed(file: string, err: unknown): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  return {
    severity: 'error',
    ruleId: 'internal/file-failed',
    message: `internal error while processing this file: ${message} (please report it)`,
    path: file,
  };
}

async function readAndClean(
  f: DiscoveredFile,
  id: DocId,
  report: Report,
  opts: LoadOptions & typeof DEFAULT_LOAD,
): Promise<{ document: NewsDocument | null; report: FileReport }> {
  const read = f.row
    ? { status: 'ok' as const, lines: normalizeText(f.row.text).split('\n'), encoding: 'utf-8', sha1: undefined }
    : await readTextLines(f.absolute, f.display, opts, report);
  if (read.status !== 'ok') return { document: null, report: { file: f.display, status: read.status } };
  const { lines, encoding, sha1 } = read;
  // The modification time is read only when it is asked to date the articles.
  const mtimeMs = opts.dateFrom === 'mtime' ? (await stat(f.absolute)).mtimeMs : undefined;
  const { safetyNet, ...record } = processLines(id, f.display, lines, opts, encoding, mtimeMs, f.row);
  if (safetyNet)
    report({ severity: 'info', ruleId: RULE.safetyNet, message: 'rules would remove most of the file; prose lines kept', path: f.display });
  if (record.paragraphs.length === 0 && !record.title)
    report({ severity: 'info', ruleId: RULE.empty, message: 'no article text (empty, blank or only boilerplate)', path: f.display });
  return {
    document: record,
    report: {
      file: f.display,
      status: 'ok',
      encoding,
      lines: record.paragraphs.length + record.removed.length + (record.title ? 1 : 0),
      removedLines: record.removed.length,
      safetyNet,
      ...(sha1 ? { sha1 } : {}),
    },
  };
}

/** Load the given files on this thread, with bounded concurrency. */
export async function loadFiles(
  files: readonly DiscoveredFile[],
  ids: readonly DocId[],
  report: Report,
  options: LoadOptions = {},
): Promise<LoadedFiles> {
  const opts = withDefaults(DEFAULT_LOAD, options);
  const documents: (NewsDocument | null)[] = new Array(files.length).fill(null);
  const reports: FileReport[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const r = await loadOne(files[i], ids[i], report, opts);
      documents[i] = r.document;
      reports[i] = r.report;
      opts.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency, files.length) }, worker));
  return { documents, reports };
}
