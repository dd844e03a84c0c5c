/**
 * Load a corpus: discover -> read -> decode -> normalise -> classify -> segment.
 *
 * The single error boundary of the pipeline: a file that cannot be read or decoded
 * becomes a diagnostic on that file and the others go on (unified-engine style).
 * Reads run with bounded concurrency so thousands of files never exhaust descriptors.
 */
import { withDefaults } from '../options.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../diagnostics.js';
import type { DocId, NewsDocument } from '../model.js';
import { normalizeText } from '../text/normalize.js';
import { classifyLines, type ClassifyOptions } from './classify/classify.js';
import { decodeBytes } from './decode.js';
import { discoverFiles, type DiscoveredFile, type DiscoverOptions } from './discover.js';
import { segmentDocument } from './segment.js';

export interface LoadOptions extends ClassifyOptions, DiscoverOptions {
  /** Force the text encoding of every file (default: sniffed per file). */
  encoding?: string;
  /** Maximum files read at once (default: `32`). */
  concurrency?: number;
  /** Called with (done, total) as files finish. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_LOAD = { concurrency: 32 } as const;

/** What happened to one input file. */
export interface FileReport {
  readonly file: string;
  readonly status: 'ok' | 'skipped' | 'error';
  readonly encoding?: string;
  readonly lines?: number;
  readonly removedLines?: number;
  readonly safetyNet?: boolean;
}

export interface Corpus {
  readonly documents: readonly NewsDocument[];
  readonly files: readonly FileReport[];
}

/** Make short, unique, stable document ids from display paths. */
function documentIds(files: readonly DiscoveredFile[]): DocId[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const base = path.basename(f.display).replace(/\.[^.]+$/, '');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return (n === 1 ? base : `${base}~${n}`) as DocId;
  });
}

/** Process one file's text into a document (exported for tests and `inspect`). */
export function processText(id: DocId, file: string, text: string, options: ClassifyOptions = {}, encoding?: string): NewsDocument & { safetyNet: boolean } {
  const lines = normalizeText(text).split('\n');
  const classified = classifyLines(lines, options);
  const doc = segmentDocument(id, file, classified.lines, encoding ? { encoding } : {});
  if (classified.safetyNet) doc.meta.safetyNet = true;
  return { ...doc, safetyNet: classified.safetyNet };
}

/** Load every file under `roots` into documents; problems go to `report`. */
export async function loadCorpus(roots: readonly string[], report: Report, options: LoadOptions = {}): Promise<Corpus> {
  const opts = withDefaults(DEFAULT_LOAD, options);
  const files = discoverFiles(roots, options);
  const ids = documentIds(files);
  const documents: (NewsDocument | null)[] = new Array(files.length).fill(null);
  const reports: FileReport[] = new Array(files.length);
  let next = 0;
  let done = 0;

  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const f = files[i];
      let bytes: Uint8Array;
      try {
        bytes = await readFile(f.absolute);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
        report({ severity: 'error', ruleId: 'read/failed', message: `cannot read (${code})`, path: f.display });
        reports[i] = { file: f.display, status: 'error' };
        opts.onProgress?.(++done, files.length);
        continue;
      }
      const decoded = decodeBytes(bytes, f.display, { encoding: opts.encoding });
      if (!decoded.ok) {
        report(decoded.diagnostic);
        reports[i] = { file: f.display, status: decoded.diagnostic.severity === 'error' ? 'error' : 'skipped' };
      } else {
        if (decoded.diagnostic) report(decoded.diagnostic);
        const doc = processText(ids[i], f.display, decoded.text, opts, decoded.encoding);
        const { safetyNet, ...record } = doc;
        documents[i] = record;
        if (safetyNet) {
          report({ severity: 'info', ruleId: 'clean/safety-net', message: 'rules would remove most of the file; prose lines kept', path: f.display });
        }
        reports[i] = {
          file: f.display,
          status: 'ok',
          encoding: decoded.encoding,
          lines: record.paragraphs.length + record.removed.length + (record.title ? 1 : 0),
          removedLines: record.removed.length,
          safetyNet,
        };
      }
      opts.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency, files.length) }, worker));
  return { documents: documents.filter((d): d is NewsDocument => d !== null), files: reports };
}
