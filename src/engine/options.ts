/**
 * The options of a corpus, merged with their defaults in one place, and the key of the
 * options that change what a snapshot holds (a snapshot made with another key is not used).
 */
import type { LineRule } from '../pipeline/classify/rules.js';
import type { FileSystem } from '../pipeline/read-text.js';
import { wartaVersion } from '../paths.js';
import type { DateFrom } from '../dates/article-date.js';

/** How to read a corpus: cleaning, decoding, discovery, threads and the snapshot. All optional. */
export interface CorpusOptions {
  /** Keep every line: skip boilerplate removal (default: `false`). */
  noClean?: boolean;
  /** Built-in cleaning rule ids to turn off (default: none). */
  disabledRules?: readonly string[];
  /** A user rules file's name and text (tab-separated KIND PATTERN [ID [DESCRIPTION]]); worker threads parse it too. */
  rules?: { readonly file: string; readonly text: string } | null;
  /**
   * Extra rules as code (for a library caller). Functions cannot cross threads, so with
   * these the corpus is read on this thread, and no snapshot is read or written.
   */
  extraRules?: readonly LineRule[];
  /** Force the text encoding of every file (default: sniffed per file). */
  encoding?: string;
  /** Columns of a table corpus (.csv, .tsv, .jsonl): "text=main,title=judul,date=tanggal,url=link,outlet=sumber" (default: usual names). */
  fields?: string;
  /** Where publication dates come from: auto (header, dateline, path, body), text, path, mtime, none (default: `auto`). */
  dateFrom?: DateFrom;
  /** Follow symbolic links inside folders (default: `false`). */
  followLinks?: boolean;
  /** Skip files larger than this many bytes (default: 50 MiB). */
  maxFileSize?: number;
  /** Absolute paths never to take as input (such as an output file). */
  exclude?: readonly string[];
  /** Worker threads (default: the number of cores; 0 or 1 reads on this thread). */
  threads?: number;
  /** Where the snapshot lives (default: `.warta` in the corpus folder); `false` ignores snapshots. */
  cache?: string | false;
  /** Read the files even when the snapshot is fresh (default: `false`), as `warta index --force` does. */
  rebuild?: boolean;
  /** Compare file contents (SHA-1) with the snapshot, not only size and mtime (default: `false`). */
  verify?: boolean;
  /**
   * Trust a snapshot when no file was added, removed or renamed (folder mtimes), without
   * checking each file's size and mtime (default: `false`): for read-only archives, where
   * files are never edited in place. Saves a stat per file on every command.
   */
  assumeUnchanged?: boolean;
  /** Files above this many bytes are decoded in chunks, never as one string (default: 128 MiB). */
  chunkedReadBytes?: number;
  /** Replace file reading (fault injection in tests); reads on this thread, no snapshot. */
  fileSystem?: FileSystem;
  /** Called with (done, total) as files are read. */
  onProgress?: (done: number, total: number) => void;
}

/** The key of the options that change a snapshot's contents, with warta's version. */
export function snapshotKeyOf(options: CorpusOptions): string {
  return JSON.stringify([
    wartaVersion(),
    !!options.noClean,
    [...(options.disabledRules ?? [])].sort(),
    options.rules?.text ?? null,
    options.encoding ?? null,
    !!options.followLinks,
    options.maxFileSize ?? null,
    options.dateFrom ?? 'auto',
    options.fields ?? null,
  ]);
}

/** True when the options hold something a snapshot cannot stand for (rules as code, an injected file system). */
export function snapshotUnsafe(options: CorpusOptions): boolean {
  return !!options.extraRules?.length || !!options.fileSystem;
}
